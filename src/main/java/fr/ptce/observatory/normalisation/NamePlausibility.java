package fr.ptce.observatory.normalisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Folding;

/**
 * Whether the text in a name column can be the name of a pole or of an organisation, and why not: a placeholder
 * (« à compléter », « voir fichier joint », « idem », kept as data in the placeholders vocabulary), a formula or a
 * formula's error left as text, a footnote, a run of one letter (« xxx ») or of neighbouring keys (« qsdf »), two
 * letters or fewer, a territory alone (« Rhône », « Lyon » where the row is in Lyon, « Montdidier / Moselle »), a
 * legal form alone (« Association », « SCIC »), or a note rather than a name (a colour legend among them). A
 * placeholder may be set between brackets (« <à compléter> »).
 * <p>
 * Over 250 lines because the reasons a text is not a name (a placeholder, an instruction, a note, a territory or a
 * legal form alone) are tried in one order against the same folded words and stems, and the first that holds is the
 * reason given.
 */
final class NamePlausibility {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]");

	/** More words than this is a note, not a name (official names run to twenty words). */
	private static final int NOTE_WORDS = 25;

	/** A note's first words, then a colon or a date: « Source : enquête », « Mise à jour le 3/12/2025 ». */
	private static final Pattern NOTE_START = Pattern
		.compile("^[\\p{L}.'’ ]{1,30}(\\s*[:：]|\\s+(le|au|du)\\s+\\d|\\s+\\d{1,2}/\\d{1,2}/\\d{2,4})");

	/** A footnote: « (1) … », « (*) … », « * … ». */
	/** What a spreadsheet shows for a formula that failed: « #REF! », « #N/A », « #DIV/0! », « #NOM? ». */
	private static final Pattern FORMULA_ERROR = Pattern.compile("#[A-ZÉ0-9/]+[!?]?");

	private static final Pattern FOOTNOTE = Pattern.compile("^(\\(\\s*(\\d{1,2}|\\*+)\\s*\\)|\\*).*");

	/** What may follow « voir » in a reference to elsewhere: « voir onglet 2 », « voir ci-dessus ». */
	private static final Set<String> REFERENCE_WORDS = Set.of("onglet", "feuille", "fichier", "ligne", "lignes",
			"annexe", "ci", "tableau", "document", "piece", "pj", "mail", "courriel", "plus", "dessus", "dessous", "liste");

	/** Words of a sentence that names do not hold (« les pôles en italique sont à confirmer »). */
	private static final Set<String> SENTENCE_WORDS = Set.of("sont", "sera", "seront", "etait", "etaient", "doit",
			"doivent", "merci", "indiquer", "confirmer", "completer", "veuillez", "peut", "peuvent", "ont",
			"avons", "avez", "figurent", "apparaissent", "correspondent", "concernent", "italique", "gras", "surligne",
			"surlignes", "surlignees", "grise", "grises", "grisees", "recenses", "recensees", "identifies",
			"identifiees", "indiques", "indiquees", "signales", "signalees", "transmises", "fournies", "etablie",
			"arretee", "arretees");

	/** A month and a year: « liste arrêtée en mars 2025 » is dated, as a note is and a name is not. */
	private static final Pattern MONTH_AND_YEAR = Pattern.compile("\\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout"
			+ "|septembre|octobre|novembre|decembre) (19|20)\\d\\d\\b");

	/** Small words, left aside when a value is judged by its words. */
	private static final Set<String> SMALL_WORDS = Set.of("a", "au", "aux", "de", "du", "des", "d", "l", "la", "le",
			"les", "en", "et", "ou", "par", "pour", "sur", "dans", "un", "une", "ce", "cette", "ces", "y", "ne", "plus",
			"etre", "sont", "est", "s", "n", "the", "of", "to", "be");

	/** Words that, with legal forms, make a value that only says what kind of organisation it is. */
	private static final Set<String> ORGANISATION_WORDS = Set.of("societe", "cooperative", "cooperatif", "entreprise",
			"mutuelle", "sem", "spl", "regie", "syndicat", "federation", "groupement", "collectif", "etablissement",
			"public", "publique", "prive", "privee", "loi", "simplifiee", "actions", "responsabilite", "limitee",
			"anonyme", "interet", "economique", "general", "organisme", "structure", "juridique", "forme");

	/** A département's code before or after a name: « 69 - Lyon », « Lyon (69) », « Lyon - 69 ». */
	private static final Pattern DEPARTEMENT_CODE = Pattern
		.compile("^\\s*(2[ab]|97[1-6]|\\d{1,2})\\s*[-–:]\\s*(.+)$|^(.+?)\\s*(?:\\(\\s*(2[ab]|97[1-6]|\\d{1,2})\\s*\\)"
				+ "|[-–]\\s*(2[ab]|97[1-6]|\\d{1,2}))\\s*$",
				Pattern.CASE_INSENSITIVE);

	/** « Communauté de communes du … », « Pays de … », « Ville de … »: a territory's own name follows. */
	private static final Pattern TERRITORIAL_PREFIX = Pattern.compile("^(communaute (de communes|d agglomeration|urbaine)"
			+ "|metropole|pays|agglomeration|agglo|ville|commune|canton|territoire|bassin|departement|dpt|dept|dep"
			+ "|region|secteur|zone|arrondissement|intercommunalite|conseil (departemental|regional))"
			+ "( (du|de la|de l|des|de|d))? ");

	/** The words of the placeholders vocabulary, by their stem, with the reason each gives. */
	private final java.util.Map<String, String> placeholderStems = new java.util.HashMap<>();

	/** The reason of neutral words (« nom », « pôle »): they make no placeholder by themselves. */
	private static final String NEUTRAL = "";

	private final Territory territory;

	private final Vocabularies vocabularies;

	NamePlausibility(Territory territory, Vocabularies vocabularies) {
		this.territory = territory;
		this.vocabularies = vocabularies;
		vocabularies.placeholderWords().synonyms().forEach((word, reason) -> {
			for (String each : word.split(" ")) {
				this.placeholderStems.putIfAbsent(stem(each), "neutre".equals(Folding.fold(reason)) ? NEUTRAL : reason);
			}
		});
	}

	/**
	 * Why a value is not a pole's name, in French; empty when it can be one.
	 *
	 * @param name the name column's value
	 * @param departement the code of the row's département as its other columns give it, {@code null} when unknown:
	 * a name that is a commune's is a territory alone only where that commune is
	 */
	Optional<String> whyNot(String name, String departement) {
		String value = name.strip();
		Optional<String> common = whyNotAName(value);
		if (common.isPresent()) {
			return common;
		}
		String folded = Folding.fold(value);
		String letters = NOT_A_LETTER.matcher(folded).replaceAll("");
		// two characters say nothing (« LP », « H3 »); three make an acronym as companies have them (« S2B », « 3IE »)
		int characters = folded.replace(" ", "").length();
		boolean oneLetterRepeated = letters.length() == characters && letters.chars().distinct().count() == 1;
		if (characters <= 2 || oneLetterRepeated) {
			return Optional.of("« " + value + " » n'est pas un nom (trop court ou une seule lettre répétée).");
		}
		if (isKeyboardRun(folded)) {
			return Optional.of("« " + value + " » n'est pas un nom (des touches voisines du clavier tapées à la suite).");
		}
		String place = TERRITORIAL_PREFIX.matcher(folded).replaceFirst("");
		// « Communauté de communes de Lodève » names its territory wherever the row is; « Dpt 69 » too
		if (isTerritory(value, departement) || (!place.equals(folded) && (isTerritory(place, null)
				|| this.territory.findDepartement(place).isPresent())) || isTerritories(value)) {
			return Optional.of("« " + value + " » est un nom de territoire seul, pas le nom d'un pôle.");
		}
		if (this.vocabularies.legalForms().knows(value) || isOrganisationKindOnly(folded)) {
			return Optional.of("« " + value + " » est une forme juridique seule, pas un nom.");
		}
		String[] words = folded.split(" ");
		if (words.length > NOTE_WORDS || (words.length >= 5 && isSentence(words, sentenceWords(value)))
				|| (words.length >= 4 && MONTH_AND_YEAR.matcher(folded).find())
				|| LEGEND.matcher(value).find()) {
			return Optional.of("« " + abbreviated(value) + " » est une note, pas un nom.");
		}
		return Optional.empty();
	}

	/**
	 * Why a value is not a member's name: only placeholders, formulas and notes, since « CD 35 » or a commune may
	 * well be a member.
	 */
	Optional<String> whyNotAMember(String name) {
		return whyNotAName(name.strip());
	}

	private Optional<String> whyNotAName(String value) {
		if (value.startsWith("=") && value.length() > 1) {
			return Optional.of("« " + value + " » est une formule, pas un nom.");
		}
		if (!LETTER.matcher(value).find()) {
			return Optional.of("« " + value + " » ne contient aucune lettre.");
		}
		// a placeholder set between brackets, as forms and templates mark them (« <à remplir> », « [nom du pôle] »)
		Matcher wrapped = WRAPPED.matcher(value.strip());
		Optional<String> placeholder = placeholder(wrapped.matches() ? wrapped.group(1).strip() : value);
		if (placeholder.isPresent()) {
			return Optional.of("« " + abbreviated(value) + " » n'est pas un nom (" + placeholder.get() + ").");
		}
		if (FORMULA_ERROR.matcher(value).matches()) {
			return Optional.of("« " + value + " » est une erreur de formule, pas un nom.");
		}
		if (FOOTNOTE.matcher(value).matches()) {
			return Optional.of("« " + abbreviated(value) + " » est un renvoi ou une note, pas un nom.");
		}
		// a remark set wholly between parentheses (« (nom en cours de choix) ») qualifies a name that is not there; a
		// word alone between them may be the acronym that is all a list gives (« (ANAFE) »)
		Matcher parenthesised = PARENTHESISED.matcher(value.strip());
		if (parenthesised.matches() && WORDS.split(parenthesised.group(1).strip()).length >= 2) {
			return Optional.of("« " + abbreviated(value) + " » est une remarque entre parenthèses, pas un nom.");
		}
		// a cell that sends to another row of the sheet (« Même que ligne 4 », « idem ligne 12 »)
		String folded = Folding.fold(value);
		if (ROW_REFERENCE.matcher(folded).find() && folded.split(" ").length <= 8) {
			return Optional.of("« " + abbreviated(value) + " » renvoie à une autre ligne, pas un nom.");
		}
		return Optional.empty();
	}

	/** A value wholly between parentheses. */
	private static final Pattern PARENTHESISED = Pattern.compile("^\\(([^()]+)\\)$");

	private static final Pattern WORDS = Pattern.compile("(?U)\\s+");

	/** A row of the sheet sent to (folded): « même que ligne 4 », « idem lignes 3 et 4 », « cf ligne n 12 ». */
	private static final Pattern ROW_REFERENCE = Pattern
		.compile("^(?:idem|meme|memes|comme|voir|cf|identique|pareil|pareille)\\b.*\\blignes? (?:n )?\\d+\\b");

	/**
	 * The placeholder a value is: exactly one; or one of several words, or a note, followed by other words
	 * (« à compléter par le réseau », « Source : enquête 2025 »); a reference word followed by what it refers to
	 * (« voir onglet 2 », « cf. ligne 12 »). A single word such as « vide » or « voir » is no placeholder in front
	 * of a name (« Vide-grenier solidaire », « Voir Ensemble »).
	 */
	private Optional<String> placeholder(String value) {
		Vocabulary placeholders = this.vocabularies.placeholders();
		if (placeholders.knows(value)) {
			return placeholders.canonical(value);
		}
		Optional<String> byWords = madeOfPlaceholderWords(Folding.fold(value));
		if (byWords.isPresent()) {
			return byWords;
		}
		if (isInstruction(Folding.fold(value))) {
			return Optional.of(INSTRUCTION);
		}
		Optional<String> leading = placeholders.leadingSynonym(value);
		Optional<String> kind = leading.flatMap(placeholders::canonical);
		if (leading.isEmpty() || kind.isEmpty()) {
			return Optional.empty();
		}
		if (kind.get().equals("note")) {
			return NOTE_START.matcher(value).find() ? kind : Optional.empty();
		}
		if (leading.get().contains(" ")) {
			return kind;
		}
		String rest = Folding.fold(value).substring(leading.get().length()).strip();
		String next = rest.split(" ")[0];
		boolean reference = leading.get().equals("cf") || leading.get().equals("idem")
				|| (leading.get().equals("voir") && REFERENCE_WORDS.contains(next));
		// « test 2 », « essai b »: a trial row numbered, not « Test and Learn Coop »
		boolean numberedTrial = kind.get().equals("ligne d'essai") && rest.matches("\\d{1,3}|[a-z]");
		return (reference || numberedTrial) ? kind : Optional.empty();
	}

	/**
	 * The reason a value made only of placeholder words gives (« nom non communiqué », « information à venir »):
	 * every word is one of them, a small word or a number, and one at least is not neutral.
	 */
	private Optional<String> madeOfPlaceholderWords(String folded) {
		String reason = null;
		for (String word : meaningfulWords(folded)) {
			String kind = this.placeholderStems.get(stem(word));
			if (kind == null) {
				return Optional.empty();
			}
			if (reason == null && !kind.equals(NEUTRAL)) {
				reason = kind;
			}
		}
		return Optional.ofNullable(reason);
	}

	/**
	 * Something left to do rather than a name: « à » and a verb in the infinitive, with only small, neutral or
	 * placeholder words around (« À supprimer », « à mettre à jour », « ligne à reprendre (doublon) »).
	 */
	private boolean isInstruction(String folded) {
		String[] words = folded.split(" ");
		StringBuilder rest = new StringBuilder();
		boolean instruction = false;
		for (int i = 0; i < words.length; i++) {
			if (!instruction && words[i].equals("a") && i + 1 < words.length && INFINITIVE.matcher(words[i + 1]).matches()) {
				instruction = true;
				i++;
			}
			else {
				rest.append(words[i]).append(' ');
			}
		}
		return instruction
				&& meaningfulWords(rest.toString()).stream().allMatch(word -> this.placeholderStems.containsKey(stem(word)));
	}

	/** A French verb in the infinitive, by its ending (« supprimer », « revoir », « reprendre »). */
	private static final Pattern INFINITIVE = Pattern.compile("[a-z]{2,}(er|ir|re)");

	/** The reason given for an instruction, as for the placeholders asking for the name to be filled in. */
	private static final String INSTRUCTION = "mention à compléter";

	/** The words of a folded value that say something: small words and numbers left aside. */
	private static List<String> meaningfulWords(String folded) {
		List<String> words = new ArrayList<>();
		for (String word : folded.split(" ")) {
			if (!word.isEmpty() && !SMALL_WORDS.contains(word) && !word.chars().allMatch(Character::isDigit)) {
				words.add(word);
			}
		}
		return words;
	}

	/**
	 * A folded word without the endings of its forms: « complétées », « compléter », « complété » → « complet »;
	 * « définition », « définir » → « defini ».
	 */
	static String stem(String word) {
		// the noun of an action shares its verb's stem: « vérification », « définition », « validation » are
		// « vérifier », « définir », « valider »
		if (word.length() > 8 && word.endsWith("ication")) {
			return word.substring(0, word.length() - 6);
		}
		if (word.length() > 7 && word.endsWith("ition")) {
			return word.substring(0, word.length() - 4);
		}
		if (word.length() > 7 && word.endsWith("ation")) {
			return word.substring(0, word.length() - 5);
		}
		String stem = word;
		// « cours » stays itself: without its s it would be « cour », a courtyard and a name (« La Cour »)
		if (stem.length() > 5 && stem.endsWith("s")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		for (int i = 0; i < 2 && stem.length() > 3 && stem.endsWith("e"); i++) {
			stem = stem.substring(0, stem.length() - 1);
		}
		if (stem.length() > 5 && (stem.endsWith("er") || stem.endsWith("ez"))) {
			stem = stem.substring(0, stem.length() - 2);
		}
		if (stem.length() > 4 && stem.endsWith("ir")) {
			stem = stem.substring(0, stem.length() - 1);
		}
		return stem;
	}

	/** « Société coopérative », « SCIC SAS », « Association loi 1901 »: only the kind of organisation, no name. */
	private boolean isOrganisationKindOnly(String folded) {
		List<String> words = meaningfulWords(folded);
		return !words.isEmpty() && words.stream()
			.allMatch(word -> ORGANISATION_WORDS.contains(word) || this.vocabularies.legalForms().knows(word));
	}

	/**
	 * A département or a région by its name; or a commune's name where the row is in that commune's département (or
	 * says nothing of its place): « La Forge » in the Cher is a name, in the Vosges a territory.
	 */
	private boolean isTerritory(String value, String departement) {
		var coded = DEPARTEMENT_CODE.matcher(value.strip());
		if (coded.matches()) {
			// « Lyon (69) », « 69 - Lyon »: a commune of that département, or the département itself
			String code = (coded.group(1) != null) ? coded.group(1) : (coded.group(4) != null) ? coded.group(4) : coded.group(5);
			String name = (coded.group(2) != null) ? coded.group(2) : coded.group(3);
			String normalised = (code.length() == 1) ? "0" + code : code.toUpperCase(Locale.ROOT);
			if (this.territory.findRegion(name).isPresent() || this.territory.findDepartement(name).isPresent()) {
				return true;
			}
			return this.territory.communesNamed(name).stream()
				.anyMatch(commune -> commune.departement().equals(normalised));
		}
		if (this.territory.findRegion(value).isPresent()) {
			return true;
		}
		if (this.territory.findDepartement(value).isPresent() && Folding.fold(value).chars().anyMatch(Character::isLetter)) {
			return true;
		}
		return this.territory.communesNamed(value).stream()
			.anyMatch(commune -> departement == null || commune.departement().equals(departement));
	}

	/**
	 * Whether a value is only places joined by slashes or dashes (« Montdidier / Moselle », « Calvados - Normandie », « Castillon (Canton de Lembeye) /
	 * Pyrénées-Atlantiques »): a commune and its département say where a row is, not which pole. Where a département
	 * is named beside it, a commune is read so only if it lies in that département: « Le Vivier – Alpes-Maritimes »
	 * names a pole (Le Vivier is a commune of the Pyrénées-Orientales). A name both a département's and a commune's
	 * (« Vienne ») names no département for this.
	 */
	private boolean isTerritories(String value) {
		String[] parts = PLACES_JOINED.split(value);
		if (parts.length < 2 || parts.length > 3) {
			return false;
		}
		List<String> written = new ArrayList<>();
		List<String> places = new ArrayList<>();
		String named = null;
		for (String part : parts) {
			String place = REMARK.matcher(part).replaceAll(" ").strip();
			if (place.isEmpty()) {
				return false;
			}
			Optional<Territory.Departement> asDepartement = this.territory.findDepartement(place);
			if (asDepartement.isPresent() && this.territory.communesNamed(place).isEmpty()) {
				named = asDepartement.get().code();
			}
			else {
				written.add(part.strip());
				places.add(place);
			}
		}
		for (int i = 0; i < places.size(); i++) {
			// a commune's official name may hold a remark of its own (« Castillon (Canton de Lembeye) »)
			String place = places.get(i);
			if (!isTerritory(written.get(i), named) && !isTerritory(place, named)
					&& this.territory.findDepartement(place).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/** The legend of a sheet's colours or fonts: « En rouge : informations à vérifier », « Cases en jaune = à compléter ». */
	private static final Pattern LEGEND = Pattern.compile("(?iu)^\\s*((cellules?|cases?|lignes?|texte)\\s+)?en\\s+"
			+ "(rouge|vert|verte|jaune|orange|bleu|bleue|gris|grise|violet|rose|noir|gras|italique)s?\\s*[:=]");

	/** A text between angle brackets, square brackets or braces. */
	private static final Pattern WRAPPED = Pattern.compile("[<\\[{](.+)[>\\]}]");

	/** A remark in parentheses. */
	private static final Pattern REMARK = Pattern.compile("\\([^()]*\\)");

	/** The rows of letters of French and English keyboards. */
	private static final List<String> KEYBOARD_ROWS = List.of("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop",
			"asdfghjkl", "zxcvbnm");

	/**
	 * Whether a word is four keys or more of one keyboard row typed in order (« qsdf », « azerty »), or a run of
	 * neighbouring keys typed again and again (« qsdqsd »): typing junk. A name of several words (« Azerty
	 * Solidaire ») is kept.
	 */
	private static boolean isKeyboardRun(String folded) {
		if (folded.length() < 4 || folded.indexOf(' ') >= 0) {
			return false;
		}
		for (String row : KEYBOARD_ROWS) {
			if (row.contains(folded)) {
				return true;
			}
			// typed again at least once, and long enough not to be an acronym (« ASAS », « ERTE »)
			for (int period = 2; period * 2 <= folded.length(); period++) {
				if ((period >= 3 || folded.length() >= 6) && row.contains(folded.substring(0, period))
						&& repeats(folded, period)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether a word is its first {@code period} letters over and over (the last time maybe cut short). */
	private static boolean repeats(String word, int period) {
		for (int i = period; i < word.length(); i++) {
			if (word.charAt(i) != word.charAt(i - period)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The words of a value that may tell a sentence: not the place a name ends with (« … Zéro Chômeur de Gras »), nor
	 * the parts of a compound word (« Saint-Pierre-Avez »), whose words may be a verb's forms.
	 */
	private String[] sentenceWords(String value) {
		String head = value;
		Matcher before = BEFORE_PLACE.matcher(value);
		while (before.find()) {
			String place = value.substring(before.end());
			if (Character.isUpperCase(place.charAt(0)) && this.territory.isCommuneName(place)) {
				head = value.substring(0, before.start());
				break;
			}
		}
		// a compound that names a commune (« Saint-Pierre-Avez ») is a place, whatever words it is made of
		Matcher compound = COMPOUND.matcher(head);
		StringBuilder words = new StringBuilder();
		while (compound.find()) {
			compound.appendReplacement(words,
					this.territory.isCommuneName(compound.group()) ? " " : Matcher.quoteReplacement(compound.group()));
		}
		compound.appendTail(words);
		return Folding.fold(words.toString()).split(" ");
	}

	/** What comes before a place ending a name, written with a capital: « de Gras », « à Saint-Pierre-Avez », « d'Oigny ». */
	private static final Pattern BEFORE_PLACE = Pattern.compile("(?i)\\s(?:de|du|des|à|a)\\s+(?=\\S)|\\sd[’']\\s*(?=\\S)");

	/** What joins places in one cell: a slash, or a dash between spaces (« Calvados - Normandie »). */
	private static final Pattern PLACES_JOINED = Pattern.compile("\\s*/\\s*|\\s+[-–—]\\s+");

	/** A compound word: parts joined by hyphens. */
	private static final Pattern COMPOUND = Pattern.compile("[\\p{L}'’]+(?:-[\\p{L}'’]+)+");

	/** Whether a value of five words or more holds a word of a sentence among {@code candidates}. */
	private static boolean isSentence(String[] words, String[] candidates) {
		if (words.length < 5) {
			return false;
		}
		for (String word : candidates) {
			if (SENTENCE_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static String abbreviated(String value) {
		return (value.length() > 60) ? value.substring(0, 57) + "…" : value;
	}

}
