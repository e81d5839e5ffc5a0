package fr.ptce.observatory.ingestion;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparison: lower case, no accents, punctuation as single spaces.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** The characters folded one by one from a table: ASCII, Latin-1 and Latin Extended-A and B. */
	private static final int TABLE_SIZE = 0x250;

	/**
	 * Each character of the table as the full fold turns it before keeping letters and digits (« é » → « e »,
	 * « œ » → « oe »): worked out once by {@link #unmarked}, so that folding a character from the table is what
	 * folding it in its text gives. A text with any other character (a combining accent among them) takes the full way.
	 */
	private static final String[] TABLE = new String[TABLE_SIZE];

	static {
		for (char c = 0; c < TABLE_SIZE; c++) {
			TABLE[c] = unmarked(String.valueOf(c)).toLowerCase(Locale.ROOT);
		}
	}

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(text.length());
		boolean gap = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= TABLE_SIZE) {
				return foldInFull(text);
			}
			if (c < 0x80) {
				gap = keep(Character.toLowerCase(c), gap, folded);
			}
			else {
				String lower = TABLE[c];
				for (int j = 0; j < lower.length(); j++) {
					gap = keep(lower.charAt(j), gap, folded);
				}
			}
		}
		return folded.toString();
	}

	/** The full way: decomposed, marks removed, lower case, then letters and digits kept. */
	static String foldInFull(String text) {
		String lower = unmarked(text).toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length(); i++) {
			gap = keep(lower.charAt(i), gap, folded);
		}
		return folded.toString();
	}

	/**
	 * Keeps a-z and 0-9; every run of other characters becomes one space, none at the ends. Returns whether a gap
	 * is open after this character.
	 */
	private static boolean keep(char c, boolean gap, StringBuilder folded) {
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (gap && folded.length() > 0) {
				folded.append(' ');
			}
			folded.append(c);
			return false;
		}
		return true;
	}

	private static String unmarked(String text) {
		if (isAscii(text)) {
			return text;
		}
		String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae"),
				Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("");
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}
