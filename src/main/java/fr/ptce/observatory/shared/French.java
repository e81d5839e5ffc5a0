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

	/** The words that follow a number, agreed with it: singular for zero and one. */
	public static String agreed(long number, String singular, String plural) {
		return (Math.abs(number) <= 1) ? singular : plural;
	}

}
