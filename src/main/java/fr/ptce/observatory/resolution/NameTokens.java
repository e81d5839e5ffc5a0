package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.normalisation.Names;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;

/**
 * The words of a pole's name as matching compares them: the name's matching form (PTCE's long form
 * understood, small words left out), each word reduced by Lucene's French light stemmer so that
 * "solidaires" is "solidaire" (« St » and « Ste » are read « Saint » and « Sainte » by the matching form); its initials;
 * the acronyms it shows.
 */
final class NameTokens {

	private static final Set<String> SMALL_WORDS = Set.of("le", "la", "les", "l", "de", "du", "des", "d", "en", "et",
			"a", "au", "aux", "pour", "sur", "par");

	/** The small words an acronym often keeps (« CLO » for « Collectif L'Ouvroir »). */
	private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l");

	/** An acronym written as a word of the name: "EVR", "CISDT 52". */
	private static final Pattern ACRONYM_WORD = Pattern.compile("\\p{Lu}[\\p{Lu}0-9&]{1,9}");

	private NameTokens() {
	}

	/**
	 * A given name written as its initial, before a name: « L. Michel », « É. Zola »; not the last letter of a dotted
	 * acronym (« S.A.R.L. », « P.T.C.E. du … ») nor a letter ending the name.
	 */
	private static final Pattern INITIAL = Pattern.compile("(?<![\\p{L}\\p{N}'’.])(\\p{Lu})\\.(?=[\\s\\u00A0]+\\p{Lu})");

	/** What an initial is written as while the name is folded, so that « L. » is not taken for the article « l' ». */
	private static final String INITIAL_MARK = "initialemarquee";

	/**
	 * The stemmed words of a name's matching form, in order, without repeats; an initial is kept as its letter and
	 * a period ({@code l.}), which matches a word of the other name starting with that letter.
	 */
	static List<String> of(String name) {
		if (name == null || name.isBlank()) {
			return List.of();
		}
		String marked = INITIAL.matcher(name).replaceAll(initial -> INITIAL_MARK + initial.group(1));
		Set<String> tokens = new LinkedHashSet<>();
		for (String word : Names.matchingKey(marked).split(" ")) {
			if (word.length() == INITIAL_MARK.length() + 1 && word.startsWith(INITIAL_MARK)) {
				tokens.add(word.charAt(INITIAL_MARK.length()) + ".");
			}
			// « … à Lyon (69) »: a département's number added to a name says where, not which pole
			else if (!word.isEmpty() && !DEPARTEMENT_NUMBER.matcher(word).matches()) {
				tokens.add(stem(word));
			}
		}
		return List.copyOf(tokens);
	}

	/** Whether a name as written ends on a small word (« Coopération territoriale du Pays de »): a name cut short. */
	static boolean endsWithSmallWord(String name) {
		if (name == null || name.isBlank()) {
			return false;
		}
		String[] words = Folding.fold(name).strip().split(" ");
		return SMALL_WORDS.contains(words[words.length - 1]);
	}

	/** Whether a word is an initial ({@code l.}). */
	static boolean isInitial(String token) {
		return token.length() == 2 && token.charAt(1) == '.';
	}

	/** A folded word reduced to its stem ("solidaires" → "solidair"). */
	static String stem(String word) {
		if (word.length() < 4 || !word.chars().allMatch(Character::isLetter)) {
			return word;
		}
		char[] chars = word.toCharArray();
		int length = new FrenchLightStemmer().stem(chars, chars.length);
		return new String(chars, 0, length);
	}

	/**
	 * The initials of a name's words, small words and the word PTCE left out: "Coopérative d'Initiatives
	 * Solidaires et de Développement Territorial" is {@code cisdt}; {@code null} for fewer than two words.
	 */
	static String initials(String name) {
		if (name == null) {
			return null;
		}
		String plain = initialsOf(words(name), false, false);
		return (plain.length() >= 2) ? plain : null;
	}

	/**
	 * The other forms an acronym of the name may take, of three letters or more: with the articles kept
	 * ("Collectif L'Ouvroir" is {@code clo}, "Réseau Les Semeurs" {@code rls}), with PTCE's letter kept ("PTCE La
	 * Luciole" is {@code pll}), or both; an immutable set, small in memory (every record holds one). They are compared
	 * only with an acronym that is all a name says (« CLO »): beside a name of its own, a three-letter acronym would
	 * meet them too often.
	 */
	static Set<String> acronymForms(String name) {
		if (name == null) {
			return Set.of();
		}
		List<String> words = words(name);
		String plain = initialsOf(words, false, false);
		Set<String> forms = new LinkedHashSet<>();
		for (String form : List.of(initialsOf(words, true, false), initialsOf(words, false, true),
				initialsOf(words, true, true))) {
			if (form.length() >= 3 && !form.equals(plain)) {
				forms.add(form);
			}
		}
		return Set.copyOf(forms);
	}

	private static List<String> words(String name) {
		return Arrays.stream(Folding.fold(Names.withoutAcronym(name)).split(" "))
			.filter(word -> !word.isEmpty() && Character.isLetter(word.charAt(0)))
			.toList();
	}

	private static String initialsOf(List<String> words, boolean articles, boolean ptce) {
		StringBuilder initials = new StringBuilder();
		for (String word : words) {
			boolean kept = word.equals("ptce") ? ptce : !SMALL_WORDS.contains(word) || (articles && ARTICLES.contains(word));
			if (kept) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	/** The acronyms a record shows: the declared one, and words of its name written as acronyms (folded). */
	static Set<String> acronyms(String declared, String name) {
		Set<String> acronyms = new LinkedHashSet<>();
		if (declared != null && !declared.isBlank()) {
			acronyms.add(Folding.fold(declared).replace(" ", ""));
		}
		if (name != null) {
			String stripped = name.strip();
			for (String word : acronymCandidates(stripped)) {
				String folded = Folding.fold(word);
				// a small word in capitals is an article (« LE RELAIS »), unless its place says it is an acronym: the
				// whole name, or in parentheses (« LES », « L'Escale Solidaire (LES) »)
				boolean placedAsAcronym = stripped.equals(word) || stripped.contains("(" + word + ")");
				if (ACRONYM_WORD.matcher(word).matches() && !folded.equals("ptce")
						&& (!SMALL_WORDS.contains(folded) || placedAsAcronym)
						&& word.chars().filter(Character::isLetter).count() >= 2) {
					acronyms.add(folded);
				}
			}
		}
		return acronyms;
	}

	/**
	 * The words of a name that may be acronyms. In a name typed in capitals, case says nothing: only a word in
	 * parentheses, or a lone word set apart by a dash or a colon at either end (« CCT - COOP'COTENTIN »), is one.
	 */
	private static List<String> acronymCandidates(String name) {
		long letters = name.chars().filter(Character::isLetter).count();
		long capitals = name.chars().filter(Character::isUpperCase).count();
		if (letters < 8 || capitals < letters * 0.8) {
			return Arrays.asList(SPACES_AND_PARENTHESES.split(name));
		}
		List<String> candidates = new ArrayList<>();
		Matcher parenthesised = PARENTHESISED.matcher(name);
		while (parenthesised.find()) {
			candidates.add(parenthesised.group(1).strip());
		}
		String[] parts = SET_APART.split(name);
		if (parts.length > 1) {
			for (String end : new String[] { parts[0].strip(), parts[parts.length - 1].strip() }) {
				if (!end.contains(" ")) {
					candidates.add(end);
				}
			}
		}
		return candidates;
	}

	private static final Pattern PARENTHESISED = Pattern.compile("\\(([^()\\s]+)\\)");

	private static final Pattern DEPARTEMENT_NUMBER = Pattern.compile("\\d{1,3}");

	private static final Pattern SPACES_AND_PARENTHESES = Pattern.compile("[\\s()]+");

	/** A dash or a colon between spaces. */
	private static final Pattern SET_APART = Pattern.compile("\\s+[-–—:]\\s+");

}
