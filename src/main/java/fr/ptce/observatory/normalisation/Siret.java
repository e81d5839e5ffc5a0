package fr.ptce.observatory.normalisation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SIRET and SIREN checks: 14 (or 9) digits passing the Luhn check, except La Poste (SIREN 356000000),
 * whose SIRETs have digits summing to a multiple of 5.
 */
public final class Siret {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\u00a0\u202f]");

	static final String LA_POSTE_SIREN = "356000000";

	private Siret() {
	}

	/** The digits of a value as typed, with spaces, dots and dashes removed; empty when anything else is in it. */
	public static Optional<String> digits(String value) {
		if (value == null) {
			return Optional.empty();
		}
		String compact = SEPARATORS.matcher(value).replaceAll("");
		return (!compact.isEmpty() && allDigits(compact)) ? Optional.of(compact) : Optional.empty();
	}

	public static boolean isValidSiret(String digits) {
		if (digits == null || digits.length() != 14 || !allDigits(digits)) {
			return false;
		}
		if (digits.startsWith(LA_POSTE_SIREN)) {
			return digits.chars().map(c -> c - '0').sum() % 5 == 0;
		}
		return luhn(digits);
	}

	public static boolean isValidSiren(String digits) {
		return digits != null && digits.length() == 9 && allDigits(digits) && luhn(digits);
	}

	private static boolean allDigits(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	static boolean luhn(String digits) {
		int sum = 0;
		boolean doubled = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int digit = digits.charAt(i) - '0';
			if (doubled) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			doubled = !doubled;
		}
		return sum % 10 == 0;
	}

}
