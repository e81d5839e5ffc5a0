package fr.ptce.observatory.ingestion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises a header that no synonym lists word for word by its words ({@code reference/header-words.csv}):
 * « Intitulé du projet », « Dépt. d'implantation », « Ville du siège social ». The header is folded, its stop
 * words dropped, and each word compared with the words of each field; the field whose words weigh most wins.
 */
final class HeaderWords {

	/** Below this score a header is not recognised by its words. */
	static final double MINIMUM_SCORE = 2.0;

	/** The word that heads a header asking for a name. */
	private static final String NAME_WORD = "nom";

	private static final Set<String> STOP_WORDS = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "a", "au",
			"aux", "en", "et", "ou", "par", "pour", "sur", "n", "no", "num", "numero", "un", "une", "son", "sa", "ses",
			"si", "y", "dans", "avec", "the", "of");

	/** A header recognised by its words: the field, its score and the words that gave it. */
	record Guess(Field field, double score, List<String> words) {
	}

	private final List<HeaderWord> words;

	/** The fields' words as written. */
	private final Set<String> known;

	private HeaderWords(List<HeaderWord> words) {
		this.words = List.copyOf(words);
		this.known = words.stream().map(HeaderWord::word).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	static HeaderWords standard() {
		return new HeaderWords(HeaderWord.STANDARD);
	}

	/** The field a header's words point to on a sheet of the given kind, when one scores enough. */
	Optional<Guess> guess(String header, RowKind kind) {
		List<String> tokens = tokens(header);
		if (tokens.isEmpty() || CommentHeaders.isComment(header)) {
			return Optional.empty();
		}
		Set<String> abbreviated = abbreviated(header);
		Map<Field, Double> scores = new EnumMap<>(Field.class);
		Map<Field, List<String>> matched = new EnumMap<>(Field.class);
		List<Found> found = new ArrayList<>();
		// a word matches a token only if it starts with the token's letter (equal, or one starts the other): the
		// others are passed over at once, in the same order (a sheet's first rows are recognised cell by cell)
		String firstLetters = tokens.stream().map(token -> token.substring(0, 1)).collect(Collectors.joining());
		for (HeaderWord word : this.words) {
			if (word.kind() != kind || word.word().isEmpty() || firstLetters.indexOf(word.word().charAt(0)) < 0) {
				continue;
			}
			for (String token : tokens) {
				// a word of a field's own is no abbreviation of a longer one (« appel » is not « appellation »)
				boolean ownWord = this.known.contains(token) && token.length() < word.word().length();
				if (!ownWord && (matches(token, word.word())
						|| (abbreviated.contains(token) && abbreviates(token, word.word())))) {
					scores.merge(word.field(), word.weight(), Double::sum);
					matched.computeIfAbsent(word.field(), field -> new ArrayList<>()).add(token);
					found.add(new Found(word.field(), token, word.weight()));
					break;
				}
			}
		}
		ownerGivesWay(scores, found, kind);
		Field best = null;
		double bestScore = 0;
		double second = 0;
		for (Map.Entry<Field, Double> score : scores.entrySet()) {
			if (score.getValue() > bestScore) {
				second = bestScore;
				best = score.getKey();
				bestScore = score.getValue();
			}
			else if (score.getValue() > second) {
				second = score.getValue();
			}
		}
		if ((best == null || bestScore < MINIMUM_SCORE) && tokens.get(0).equals(NAME_WORD)
				&& scores.keySet().equals(Set.of(Field.NAME))) {
			// a header that starts with « nom » and names nothing else asks for the name (« Nom usuel », « Nom courant »)
			return Optional.of(new Guess(Field.NAME, bestScore, List.of(NAME_WORD)));
		}
		if (best == null || bestScore < MINIMUM_SCORE || bestScore == second) {
			return Optional.empty();
		}
		return Optional.of(new Guess(best, bestScore - second, List.copyOf(matched.get(best))));
	}

	/**
	 * Words that say whose value a column holds (« porteur » on the sheet of poles, « membre », « structure » on the
	 * sheet of members) name the owner's field only when the header names no other: « Commune siège porteur » is a
	 * commune, « Commune de la structure membre » too; « Nom de la structure porteuse » is the carrier's name (a
	 * name of the owner is the owner's field).
	 */
	private static void ownerGivesWay(Map<Field, Double> scores, List<Found> found, RowKind kind) {
		Field owner = (kind == RowKind.MEMBER) ? Field.NAME : Field.CARRIER_NAME;
		if (!scores.containsKey(owner)) {
			return;
		}
		// another field counts by its own words: « Entité juridique porteuse » is the carrier, whose words hold
		// « juridique » too
		Set<String> ownerTokens = new java.util.HashSet<>();
		found.stream().filter(each -> each.field() == owner).forEach(each -> ownerTokens.add(each.token()));
		Map<Field, Double> own = new EnumMap<>(Field.class);
		found.stream()
			.filter(each -> each.field() != owner && each.field() != Field.NAME && !ownerTokens.contains(each.token()))
			.forEach(each -> own.merge(each.field(), each.weight(), Double::sum));
		if (own.values().stream().anyMatch(score -> score >= MINIMUM_SCORE)) {
			scores.remove(owner);
		}
	}

	/** A word of a field found in a header. */
	private record Found(Field field, String token, double weight) {
	}

	/**
	 * A header's words, folded, without stop words and digits, plural marks dropped. A word after a reflexive pronoun
	 * (« s' », « se ») is a verb, marked {@link #VERB}: a survey's question « Comment s'appelle votre pôle ? » asks
	 * for a name, not for a call for projects (« appel »), and only the header words written as verbs match it. A
	 * column name in capitals is split into its words ({@link WordSplitter}: « NUMSIRETPORTEUR »).
	 */
	static List<String> tokens(String header) {
		List<String> tokens = new ArrayList<>();
		boolean reflexive = false;
		Set<String> capitals = CAPITALS.matcher(header).find() ? wordsInCapitals(header) : Set.of();
		String marked = (header.indexOf('(') >= 0) ? PLURAL_MARK.matcher(header).replaceAll("") : header;
		marked = (marked.indexOf('·') >= 0) ? INCLUSIVE_ENDING.matcher(marked).replaceAll("") : marked;
		marked = SUCH_AS.matcher(marked).replaceAll(" ");
		marked = MAYBE_REFLEXIVE.matcher(marked).find()
				? REFLEXIVE_PRONOUN.matcher(marked).replaceAll(" " + REFLEXIVE + " ") : marked;
		for (String token : LongForms.abbreviate(Folding.fold(marked)).split(" ")) {
			if (token.isEmpty()) {
				continue;
			}
			if (token.equals(REFLEXIVE)) {
				reflexive = true;
				continue;
			}
			boolean verb = reflexive;
			reflexive = false;
			if (STOP_WORDS.contains(token) || token.chars().allMatch(Character::isDigit)) {
				continue;
			}
			if (verb) {
				tokens.add(VERB + token);
				continue;
			}
			for (String word : WordSplitter.split(token, capitals.contains(token))) {
				tokens.add((word.length() > 3 && (word.endsWith("s") || word.endsWith("x")))
						? word.substring(0, word.length() - 1) : word);
			}
		}
		return tokens;
	}

	/** The mark of a verb among a header's words, and of a header word that is a verb's stem (« ~appel »). */
	static final String VERB = "~";

	/** The words of a header written in capitals, folded. */
	private static Set<String> wordsInCapitals(String header) {
		return java.util.Arrays.stream(header.split("[^\\p{L}]+"))
			.filter(written -> written.length() >= 2 && written.chars().noneMatch(Character::isLowerCase))
			.map(Folding::fold)
			.collect(java.util.stream.Collectors.toSet());
	}

	/** Two capitals in a row, and what may be a reflexive pronoun: cheap tests before the full ones. */
	private static final java.util.regex.Pattern CAPITALS = java.util.regex.Pattern.compile("\\p{Lu}\\p{Lu}");

	private static final java.util.regex.Pattern MAYBE_REFLEXIVE = java.util.regex.Pattern.compile("(?i)s['’]|se\\s");

	/** What a reflexive pronoun becomes among a header's words (told before folding makes « s' » a lone « s »). */
	private static final String REFLEXIVE = "pronomreflechi";

	/** A reflexive pronoun before a verb: « s'appelle », « s’intitule », « se situe » (not « pole's », « n°s »). */
	private static final java.util.regex.Pattern REFLEXIVE_PRONOUN = java.util.regex.Pattern
		.compile("(?iU)(?<!\\p{L})(?:s['’]\\s*|se\\s+)(?=\\p{L})");

	/** A plural or feminine mark in parentheses (« Adresse(s) mail », « Référent(e) »), no word. */
	private static final java.util.regex.Pattern PLURAL_MARK = java.util.regex.Pattern
		.compile("(?i)\\((?:s|x|es|e|rice|trice|euse)\\)");

	/** « tel que », « telle qu' »: such as, no telephone (« Nom tel que déclaré »). */
	private static final java.util.regex.Pattern SUCH_AS = java.util.regex.Pattern
		.compile("(?iU)(?<!\\p{L})tel(?:le)?s?\\s+qu(?:e(?!\\p{L})|['’])");

	/** A feminine ending written inclusively after a middle dot (« Coordinateur·rice », « Référent·e·s »), no word. */
	private static final java.util.regex.Pattern INCLUSIVE_ENDING = java.util.regex.Pattern
		.compile("(?<=\\p{L})(?:·\\p{Ll}{1,5})+(?!\\p{L})");

	/**
	 * The words of a header written as abbreviations, as tokens: with a period (« Départ. », « Coord. »), or any
	 * word of a column name as databases write them, words joined by underscores with no space (« NB_COLLECT_TERR »),
	 * whose words are cut short with no mark.
	 */
	static Set<String> abbreviated(String header) {
		Set<String> words = new java.util.HashSet<>();
		if (header.indexOf('_') >= 0 && header.strip().chars().noneMatch(Character::isWhitespace)) {
			words.addAll(tokens(header));
		}
		java.util.regex.Matcher matcher = ABBREVIATION.matcher(header);
		while (matcher.find()) {
			words.addAll(tokens(matcher.group(1)));
		}
		return words;
	}

	/** A word followed by a period and then a space, a closing mark or the end (not « S.I.R.E.T » nor « 1.5 »). */
	private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern
		.compile("(?<![\\p{L}.])(\\p{L}{4,})\\.(?=$|[\\s)\\]/:;,-])");

	/** A word written as an abbreviation (with a period) stands for any longer word it starts. */
	static boolean abbreviates(String token, String word) {
		return token.length() >= 4 && token.length() < word.length() && word.startsWith(token);
	}

	/**
	 * Equal (a final s or x dropped as a plural mark given back); or the header's word an abbreviation of the
	 * field's (four or five letters that start it: « coord », « adres »); or the field's word the stem of the
	 * header's, give or take an ending of up to four letters (« départementale », « postale »).
	 */
	static boolean matches(String token, String word) {
		// a final s taken for a plural mark may belong to the word itself (« hors », « sous »)
		if (token.equals(word) || word.equals(token + "s") || word.equals(token + "x")) {
			return true;
		}
		if (token.length() < word.length()) {
			return token.length() >= 4 && token.length() <= 5 && word.startsWith(token);
		}
		return word.length() >= 4 && token.length() - word.length() <= 4 && token.startsWith(word);
	}

}
