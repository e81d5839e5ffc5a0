package fr.ptce.observatory.ingestion;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for comparison: lower case, no accents, punctuation as single spaces.
 */
public final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private Folding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae"),
				Normalizer.Form.NFD);
		String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return NOT_ALPHANUMERIC.matcher(lower).replaceAll(" ").trim();
	}

}
