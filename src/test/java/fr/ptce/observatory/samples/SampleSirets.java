package fr.ptce.observatory.samples;

/**
 * Makes fictitious SIRETs that pass the Luhn check, for samples and tests.
 */
public final class SampleSirets {

	private SampleSirets() {
	}

	/** The 14-digit SIRET whose first 13 digits are given, with the check digit that makes it valid. */
	public static String siret(String thirteenDigits) {
		for (int check = 0; check <= 9; check++) {
			String candidate = thirteenDigits + check;
			if (luhn(candidate)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException(thirteenDigits);
	}

	/** The 9-digit SIREN whose first 8 digits are given, with the check digit that makes it valid. */
	public static String siren(String eightDigits) {
		for (int check = 0; check <= 9; check++) {
			if (luhn(eightDigits + check)) {
				return eightDigits + check;
			}
		}
		throw new IllegalArgumentException(eightDigits);
	}

	private static boolean luhn(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				digit = (digit * 2 > 9) ? digit * 2 - 9 : digit * 2;
			}
			sum += digit;
		}
		return sum % 10 == 0;
	}

}
