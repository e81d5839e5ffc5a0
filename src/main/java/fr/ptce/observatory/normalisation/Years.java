package fr.ptce.observatory.normalisation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year as cells give it: a bare year, a date ({@code 15/03/2013}, {@code 2013-03-15}), a sentence with a year
 * in it; only years from {@link #FIRST_YEAR} to the current year are accepted.
 */
public final class Years {

	/** The first year a pole can have been created in. */
	public static final int FIRST_YEAR = 1990;

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)(?!\\d)");

	private Years() {
	}

	/** The observatory's clock: French time. */
	public static final java.time.Clock PARIS = java.time.Clock.system(java.time.ZoneId.of("Europe/Paris"));

	public static Optional<Integer> parse(String value, int currentYear) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher matcher = YEAR.matcher(value);
		if (matcher.find()) {
			int year = Integer.parseInt(matcher.group(1));
			if (year >= FIRST_YEAR && year <= currentYear) {
				return Optional.of(year);
			}
		}
		return Optional.empty();
	}

}
