package fr.ptce.observatory.ingestion;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparison: lower case, no accents, punctuation as single spaces.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String unmarked = text;
		if (!isAscii(text)) {
			String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae"),
					Normalizer.Form.NFD);
			unmarked = MARKS.matcher(decomposed).replaceAll("");
		}
		// lower case; every run of characters other than a-z and 0-9 becomes one space, none at the ends
		String lower = unmarked.toLowerCase(Locale.ROOT);
		StringBuilder folded = new StringBuilder(lower.length());
		boolean gap = false;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				if (gap && folded.length() > 0) {
					folded.append(' ');
				}
				gap = false;
				folded.append(c);
			}
			else {
				gap = true;
			}
		}
		return folded.toString();
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
