package fr.ptce.observatory.normalisation;

import java.util.Optional;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Folding;

/**
 * Whether the text in a name column can be the name of a pole or of an organisation, and why not: a placeholder
 * (« à compléter », « voir fichier joint », « idem », kept as data in the placeholders vocabulary), a formula
 * left as text, a run of one letter (« xxx »), two letters or fewer, a territory alone (« Rhône », « Lyon »), a
 * legal form alone (« Association », « SCIC »), or a long note rather than a name.
 */
final class NamePlausibility {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** What follows the first word of a note: a colon, or a date or a number. */
	private static final Pattern NOTE_END = Pattern.compile("[:：]|\\d");

	/** More words than this is a sentence, not a name. */
	private static final int NOTE_WORDS = 14;

	private final Territory territory;

	private final Vocabularies vocabularies;

	NamePlausibility(Territory territory, Vocabularies vocabularies) {
		this.territory = territory;
		this.vocabularies = vocabularies;
	}

	/** Why a value is not a pole's name, in French; empty when it can be one. */
	Optional<String> whyNot(String name) {
		return whyNot(name, true);
	}

	/** Why a value is not a member's name: a commune or a département may be a member, so only placeholders. */
	Optional<String> whyNotAMember(String name) {
		return whyNot(name, false);
	}

	private Optional<String> whyNot(String name, boolean pole) {
		String value = name.strip();
		if (value.startsWith("=") && value.length() > 1) {
			return Optional.of("« " + value + " » est une formule, pas un nom.");
		}
		if (!LETTER.matcher(value).find()) {
			return Optional.of("« " + value + " » ne contient aucune lettre.");
		}
		Optional<String> placeholder = placeholder(value);
		if (placeholder.isPresent()) {
			return Optional.of("« " + value + " » n'est pas un nom (" + placeholder.get() + ").");
		}
		if (value.startsWith("#") && value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
			return Optional.of("« " + value + " » est une erreur de formule, pas un nom.");
		}
		if (value.startsWith("*") || value.startsWith("(")) {
			return Optional.of("« " + abbreviated(value) + " » est un renvoi ou une note, pas un nom.");
		}
		String folded = Folding.fold(value);
		String letters = folded.replaceAll("[^a-z]", "");
		if (letters.length() <= 2 || letters.chars().distinct().count() == 1) {
			return Optional.of("« " + value + " » n'est pas un nom (trop court ou une seule lettre répétée).");
		}
		if (!pole) {
			return Optional.empty();
		}
		String place = TERRITORIAL_PREFIX.matcher(folded).replaceFirst("");
		if (isTerritory(value) || (!place.equals(folded) && isTerritory(place))) {
			return Optional.of("« " + value + " » est un nom de territoire seul, pas le nom d'un pôle.");
		}
		if (this.vocabularies.legalForms().knows(value)) {
			return Optional.of("« " + value + " » est une forme juridique seule, pas un nom.");
		}
		if (folded.split(" ").length > NOTE_WORDS || isSentence(folded)) {
			return Optional.of("« " + abbreviated(value) + " » est une note, pas un nom.");
		}
		return Optional.empty();
	}

	/**
	 * The placeholder a value is: exactly one; or one of several words, a reference or a note followed by other
	 * words (a single short word such as « id » or « vide » must be alone: « ID'ées 21 » is a name).
	 */
	private Optional<String> placeholder(String value) {
		Vocabulary placeholders = this.vocabularies.placeholders();
		if (placeholders.knows(value)) {
			return placeholders.canonical(value);
		}
		Optional<String> leading = placeholders.leadingSynonym(value);
		Optional<String> kind = leading.flatMap(placeholders::canonical);
		if (leading.isEmpty() || kind.isEmpty()) {
			return Optional.empty();
		}
		if (kind.get().equals("note")) {
			// « Source : enquête 2025 », « Mise à jour le 3 mars », not « Sources et Rivières »
			return NOTE_END.matcher(value).find() ? kind : Optional.empty();
		}
		return (leading.get().contains(" ") || !kind.get().startsWith("mention")) ? kind : Optional.empty();
	}

	private boolean isTerritory(String value) {
		return this.territory.isCommuneName(value) || this.territory.findDepartement(value).isPresent()
				|| this.territory.findRegion(value).isPresent();
	}

	/** « Communauté de communes du … », « Pays de … », « Ville de … »: a territory's own name follows. */
	private static final Pattern TERRITORIAL_PREFIX = Pattern.compile("^(communaute (de communes|d agglomeration|urbaine)"
			+ "|metropole|pays|agglomeration|ville|commune|canton|territoire|bassin|departement|region|conseil "
			+ "(departemental|regional))( (du|de la|de l|des|de|d))? ");

	/** A sentence of five words or more with a verb names rarely hold (« les pôles en italique sont à confirmer »). */
	private static boolean isSentence(String folded) {
		String[] words = folded.split(" ");
		if (words.length < 5) {
			return false;
		}
		for (String word : words) {
			if (SENTENCE_WORDS.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static final java.util.Set<String> SENTENCE_WORDS = java.util.Set.of("est", "sont", "sera", "seront", "ont",
			"etait", "etaient", "doit", "doivent", "merci", "voir", "indiquer", "confirmer", "completer", "veuillez",
			"attention", "nb", "peut", "peuvent", "ne");

	private static String abbreviated(String value) {
		return (value.length() > 60) ? value.substring(0, 57) + "…" : value;
	}

}
