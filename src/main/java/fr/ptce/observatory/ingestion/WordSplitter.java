package fr.ptce.observatory.ingestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Splits a header written as one word in capitals, as databases name their columns (« NUMSIRETPORTEUR »,
 * « NBMEMBRESESS »), into the words of {@code reference/header-words.csv} it is made of: the split that covers the
 * most letters with known words (each maybe in the plural), kept when it covers most of the word with two words or
 * more. A word that is known, or starts with a known word, is left whole.
 */
final class WordSplitter {

	/** Shorter words are left whole; in capitals, from five letters on. */
	private static final int SHORTEST = 9;

	private static final int SHORTEST_IN_CAPITALS = 5;

	/** The share of a word's letters its known words must cover. */
	private static final double COVERED = 0.7;

	/** Known words, folded (verbs aside), and small words a column name is made of. */
	private static final Set<String> WORDS = read();

	private WordSplitter() {
	}

	/** The words a folded token is made of, or the token alone. */
	static List<String> split(String token) {
		return split(token, false);
	}

	/**
	 * The words a folded token is made of, or the token alone; a token written in capitals is split from five
	 * letters on (« NBESS »).
	 */
	static List<String> split(String token, boolean capitals) {
		// the same words come back in every sheet's first rows: each is worked out once (up to a bound)
		Map<String, List<String>> known = capitals ? SPLIT_IN_CAPITALS : SPLIT;
		List<String> words = known.get(token);
		if (words == null) {
			words = splitAnew(token, capitals);
			if (known.size() < REMEMBERED) {
				known.put(token, words);
			}
		}
		return words;
	}

	/** How many tokens the splits remember, each way. */
	private static final int REMEMBERED = 100_000;

	private static final Map<String, List<String>> SPLIT = new ConcurrentHashMap<>();

	private static final Map<String, List<String>> SPLIT_IN_CAPITALS = new ConcurrentHashMap<>();

	private static List<String> splitAnew(String token, boolean capitals) {
		if (token.length() < (capitals ? SHORTEST_IN_CAPITALS : SHORTEST) || !token.chars().allMatch(Character::isLetter)
				|| startsWithAWord(token)) {
			return List.of(respelt(token));
		}
		int length = token.length();
		// covered[i]: the most letters of token[0, i) that known words cover; from[i]: where the last word starts
		int[] covered = new int[length + 1];
		int[] from = new int[length + 1];
		boolean[] word = new boolean[length + 1];
		for (int end = 1; end <= length; end++) {
			covered[end] = covered[end - 1];
			from[end] = end - 1;
			for (int start = Math.max(0, end - 20); start <= end - 2; start++) {
				String piece = token.substring(start, end);
				boolean known = WORDS.contains(piece) || (piece.length() > 3 && (piece.endsWith("s") || piece.endsWith("x"))
						&& WORDS.contains(piece.substring(0, piece.length() - 1)));
				if (known && covered[start] + piece.length() > covered[end]) {
					covered[end] = covered[start] + piece.length();
					from[end] = start;
					word[end] = true;
				}
			}
		}
		List<String> words = new ArrayList<>();
		for (int end = length; end > 0; end = from[end]) {
			if (word[end]) {
				words.add(0, token.substring(from[end], end));
			}
		}
		return (words.size() >= 2 && covered[length] >= COVERED * length) ? words : List.of(respelt(token));
	}

	/**
	 * A word that no known word matches but one known word of seven letters or more is one letter away from (a letter
	 * left out or added inside it, or two swapped: « departemnt », « commnue »): that word; else the word as it is. A
	 * letter typed for another is not corrected (« contrat » is no « contact »), nor one more or less at the end
	 * (« interne » is no « internet »).
	 */
	static String respelt(String token) {
		if (token.length() < 6 || WORDS.stream().anyMatch(word -> HeaderWords.matches(token, word))) {
			return token;
		}
		String found = null;
		for (String word : WORDS) {
			if (word.length() >= 7 && oneLetterAway(token, word)) {
				if (found != null && !found.equals(word)) {
					return token;
				}
				found = word;
			}
		}
		return (found != null) ? found : token;
	}

	/** Whether two words differ by one letter left out, one added, or two neighbours swapped. */
	private static boolean oneLetterAway(String a, String b) {
		if (a.length() == b.length()) {
			int first = 0;
			while (first < a.length() && a.charAt(first) == b.charAt(first)) {
				first++;
			}
			return first < a.length() - 1 && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
					&& a.substring(first + 2).equals(b.substring(first + 2));
		}
		String longer = (a.length() > b.length()) ? a : b;
		String shorter = (longer == a) ? b : a;
		if (longer.length() - shorter.length() != 1) {
			return false;
		}
		int i = 0;
		while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
			i++;
		}
		// a letter more or less at the end makes another word or form (« interne », « internet »)
		return i < shorter.length() && shorter.substring(i).equals(longer.substring(i + 1));
	}

	private static boolean startsWithAWord(String token) {
		for (int end = token.length(); end >= 4; end--) {
			if (WORDS.contains(token.substring(0, end)) && token.length() - end <= 4) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> read() {
		Set<String> words = new HashSet<>(Set.of("nb", "nbre", "num", "no", "de", "du", "des", "la", "le", "les", "en",
				"et", "au", "aux", "par", "pour", "sur"));
		HeaderWord.standardWords().stream().filter(word -> word.length() >= 2).forEach(words::add);
		return Set.copyOf(words);
	}

}
