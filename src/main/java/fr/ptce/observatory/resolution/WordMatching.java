package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How two words, or two names in matching form, may be the same as people type them: a typo (one letter swapped,
 * missing, added or wrong), an initial for a given name, a word cut short by a column or a form (whole names cut short:
 * {@link CutNames}). Used by {@link PairScorer}, which weighs what they find.
 */
final class WordMatching {

	private static final double TYPO_SIMILARITY = 0.93;

	private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

	private WordMatching() {
	}

	/**
	 * Whether one name is the other with words added, typos aside (« Cévennes Solidaires », « Coopérative Cévennes
	 * Solidaires »):
	 * names of one place made of different generic words are two poles of that place (« Talence Solidaire »,
	 * « Entreprendre à Talence »).
	 */
	static boolean oneHoldsTheOther(List<String> left, List<String> right) {
		return holds(right, left) || holds(left, right);
	}

	/** Whether each word of {@code words} is, or is a typo of, a word of {@code name}. */
	private static boolean holds(List<String> name, List<String> words) {
		return words.stream().allMatch(word -> name.stream().anyMatch(other -> alike(word, other)));
	}

	/**
	 * Whether a word of one name is in the other: the same; a typo of it (one letter swapped, missing, added or
	 * wrong in a word of four letters or more, or Jaro–Winkler close in longer words); or, for the last word of a
	 * name cut short by a spreadsheet or a form (« … La Trave »), the start of a word of the other.
	 */
	static boolean hasMatch(String token, List<String> others, boolean last) {
		for (int j = 0; j < others.size(); j++) {
			if (matches(token, last, others.get(j), j == others.size() - 1)) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(String word, boolean last, String other, boolean otherLast) {
		return alike(word, other) || truncated(word, last, other, otherLast);
	}

	/**
	 * The same word, a typo of it, or an initial and a word it may stand for (« L. » and « Louise »): the same
	 * answer whichever is given first.
	 */
	static boolean alike(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		int lengthA = a.length();
		int lengthB = b.length();
		if (lengthA == 2 || lengthB == 2) {
			boolean initialA = NameTokens.isInitial(a);
			boolean initialB = NameTokens.isInitial(b);
			if (initialA != initialB) {
				return a.charAt(0) == b.charAt(0);
			}
		}
		int difference = Math.abs(lengthA - lengthB);
		if (Math.min(lengthA, lengthB) >= 4 && difference <= 1 && withinOneEdit(a, b)) {
			return true;
		}
		return lengthA >= 5 && lengthB >= 5 && a.charAt(0) == b.charAt(0) && difference <= 2
				&& JARO_WINKLER.apply(a, b) >= TYPO_SIMILARITY;
	}

	/**
	 * A name cut short: the word, last of its name, starts the other (« La Trave » met from « La Traverse »); or
	 * the other, last of its name and of four letters at least, starts the word.
	 */
	static boolean truncated(String word, boolean last, String other, boolean otherLast) {
		return (last && word.length() >= 3 && other.length() > word.length() && other.startsWith(word))
				|| (otherLast && other.length() >= 4 && word.length() > other.length() && word.startsWith(other));
	}

	/**
	 * Whether a name, in matching form, is another with one typo: two neighbours swapped, a letter missing or
	 * doubled (« La Hlale », « La Haalle » for « La Halle »); in names of ten letters or more, a letter wrong too.
	 * Names are compared whole because the stems of a word and of its typo may differ by more than the typo
	 * (« halle » is « hale », « hlale » is « hlal »). A letter wrong in a short name makes another name
	 * (« La Salle »).
	 */
	static boolean oneTypoApart(String key, Set<String> others) {
		if (key == null || key.length() < 5) {
			return false;
		}
		for (String other : others) {
			if (other.length() < 5 || other.equals(key) || !withinOneEdit(key, other)) {
				continue;
			}
			if (key.length() != other.length() || Math.min(key.length(), other.length()) >= 10 || swapped(key, other)) {
				return true;
			}
		}
		return false;
	}

	/** Whether two words of the same length differ by two neighbours swapped. */
	private static boolean swapped(String a, String b) {
		return swappedAt(a, b, commonPrefix(a, b));
	}

	/** Whether two words of the same length, equal before {@code i}, differ by the letters at i and i + 1 swapped. */
	private static boolean swappedAt(String a, String b, int i) {
		return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
				&& sameFrom(a, i + 2, b, i + 2);
	}

	private static int commonPrefix(String a, String b) {
		int i = 0;
		while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
			i++;
		}
		return i;
	}

	/** At most one letter inserted, deleted, replaced, or two neighbours swapped (Damerau–Levenshtein ≤ 1). */
	static boolean withinOneEdit(String a, String b) {
		int lengthA = a.length();
		int lengthB = b.length();
		if (Math.abs(lengthA - lengthB) > 1) {
			return false;
		}
		int i = commonPrefix(a, b);
		if (i == lengthA && i == lengthB) {
			return true;
		}
		if (lengthA == lengthB) {
			// one letter replaced, or two neighbours swapped
			return sameFrom(a, i + 1, b, i + 1) || swappedAt(a, b, i);
		}
		// one letter missing from the shorter
		return (lengthA > lengthB) ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
	}

	private static boolean sameFrom(String a, int fromA, String b, int fromB) {
		if (a.length() - fromA != b.length() - fromB) {
			return false;
		}
		for (int i = 0; fromA + i < a.length(); i++) {
			if (a.charAt(fromA + i) != b.charAt(fromB + i)) {
				return false;
			}
		}
		return true;
	}

}
