package fr.ptce.observatory.shared;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * French agreement of the words that follow a number, for every text people read (report, verdicts, pages): « 0
 * pôle », « 1 pôle », « 2 pôles » (zero and one take the singular in French), never « pôle(s) ».
 */
public final class French {

	private French() {
	}

	/** The number, written the French way (« 1 234 »), and the words that follow it, agreed. */
	public static String count(long number, String singular, String plural) {
		return NumberFormat.getIntegerInstance(Locale.FRANCE).format(number) + " " + agreed(number, singular, plural);
	}

	/**
	 * « de » before a name, elided before a vowel: « de Coorace », « d'ESS France » (an h is left alone: « de
	 * Hauts-de-France »). The article of a name that has one (« du Labo ») is the caller's.
	 */
	public static String of(String name) {
		String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		boolean vowel = !folded.isEmpty() && "aeiouyAEIOUY".indexOf(folded.charAt(0)) >= 0;
		return (vowel ? "d'" : "de ") + name;
	}

	/** The words that follow a number, agreed with it: singular for zero and one. */
	public static String agreed(long number, String singular, String plural) {
		return (Math.abs(number) <= 1) ? singular : plural;
	}

}
