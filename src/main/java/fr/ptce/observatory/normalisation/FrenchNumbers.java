package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as French spreadsheets write them: {@code 1 234,50 €}, {@code 12,5}, {@code 1.234,5}, or the plain
 * digits a spreadsheet stores.
 */
public final class FrenchNumbers {

	private FrenchNumbers() {
	}

	private static final Pattern NOISE = Pattern.compile("[\\s\u00a0\u202f€]|EUR|euros?");

	private static final Pattern THOUSANDS_WITH_DOTS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");

	public static Optional<BigDecimal> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String compact = NOISE.matcher(value).replaceAll("");
		if (compact.contains(",")) {
			compact = compact.replace(".", "").replace(',', '.');
		}
		else if (THOUSANDS_WITH_DOTS.matcher(compact).matches()) {
			compact = compact.replace(".", "");
		}
		try {
			return Optional.of(new BigDecimal(compact));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
