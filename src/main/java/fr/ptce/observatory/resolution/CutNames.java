package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Set;

/**
 * Whether one name is another cut short by a spreadsheet's column or a form's field, in matching form or word by
 * word: where the cut falls tells a cut from another pole's name that starts alike (« Lycée Jean », « Lycée Jean
 * Moulin »). Used by {@link NameComparison}.
 */
final class CutNames {

	/** The shortest name, in matching form, that may be taken for another cut short: 20 characters (and three words). */
	private static final int CUT_SHORT_MINIMUM = 20;

	/** The same, counted on stems. */
	private static final int CUT_SHORT_STEMS_MINIMUM = 16;

	private CutNames() {
	}

	/**
	 * Whether one name, in matching form, is the start of the other up to a whole word, and long enough (three words,
	 * 20 letters) not to be the start of any name.
	 */
	static boolean startsTheOther(String key, Set<String> others) {
		if (key == null) {
			return false;
		}
		for (String other : others) {
			String shorter = (key.length() < other.length()) ? key : other;
			String longer = (key.length() < other.length()) ? other : key;
			if (shorter.length() >= CUT_SHORT_MINIMUM && longer.length() > shorter.length() && longer.startsWith(shorter)
					&& longer.charAt(shorter.length()) == ' ' && hasThreeWords(shorter)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one name is the other cut short by a column or a form, in matching form: the longer starts with the
	 * shorter, which is long enough (three words, 20 letters) not to be the start of any name, and shows the cut: it
	 * ends in the middle of a word of the other (« … du Pays Ba », « … du Pays Basque »), or, when the record's is the
	 * shorter, its name as written ends on a small word (« … du Pays de »). A shorter name that ends on a whole word
	 * may be another pole's (« Lycée Jean », « Lycée Jean Moulin »).
	 */
	static boolean cutShort(ResolvableRecord record, Set<String> others) {
		String key = record.nameKey();
		if (key == null) {
			return false;
		}
		for (String other : others) {
			boolean recordShorter = key.length() < other.length();
			String shorter = recordShorter ? key : other;
			String longer = recordShorter ? other : key;
			if (shorter.length() < CUT_SHORT_MINIMUM || shorter.length() >= longer.length() || !longer.startsWith(shorter)
					|| !hasThreeWords(shorter)) {
				continue;
			}
			// cut in the middle of a word: three letters of it at least lost (« Loire » is no cut « Loiret », nor « Jardin »
			// of « Jardins de Cocagne »)
			int wordEnd = longer.indexOf(' ', shorter.length());
			boolean midWord = longer.charAt(shorter.length()) != ' '
					&& ((wordEnd < 0) ? longer.length() : wordEnd) - shorter.length() >= 3;
			if (midWord || (recordShorter && NameTokens.endsWithSmallWord(record.name()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one name is the other cut short with one typo before the cut, word by word: each word of the shorter but
	 * the last is the longer's word at its place, but one, which may be a typo of it in a word of five letters or more;
	 * the last starts the longer's word at its place, cut in the middle with three letters of its stem lost at least
	 * (« Coopérative d'Abbéville-la-Riv », « Coopértaive d'Abbéville-la-Rivière »; « Pole territorial Synergies de
	 * M », « Pôle terriorial Synergies de Meyrignac-l'Église »). As for {@link #cutShort}, the shorter is long enough
	 * not to be the start of any name: three words, 16 letters of stems (« coopération » is {@code cop}).
	 */
	static boolean cutShortWithTypos(List<String> tokens, List<List<String>> others) {
		for (List<String> other : others) {
			if (cutWithTypos(tokens, other) || cutWithTypos(other, tokens)) {
				return true;
			}
		}
		return false;
	}

	private static boolean cutWithTypos(List<String> shorter, List<String> longer) {
		int last = shorter.size() - 1;
		if (last < 2 || longer.size() < shorter.size()) {
			return false;
		}
		// most pairs differ at their first words: the words are compared before anything is counted
		int typos = 0;
		int letters = last;
		for (int i = 0; i < last; i++) {
			String word = shorter.get(i);
			String other = longer.get(i);
			letters += word.length();
			if (word.equals(other)) {
				continue;
			}
			// a letter wrong in a short word makes another word (« Cour », « Tour »)
			if (++typos > 1 || Math.min(word.length(), other.length()) < 5 || !WordMatching.alike(word, other)) {
				return false;
			}
		}
		String cut = shorter.get(last);
		String whole = longer.get(last);
		return letters + cut.length() >= CUT_SHORT_STEMS_MINIMUM && whole.length() - cut.length() >= 3
				&& whole.startsWith(cut);
	}

	/** Whether a name in matching form has three words at least (two spaces). */
	private static boolean hasThreeWords(String key) {
		int first = key.indexOf(' ');
		return first >= 0 && key.indexOf(' ', first + 1) >= 0;
	}

}
