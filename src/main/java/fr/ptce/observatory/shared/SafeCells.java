package fr.ptce.observatory.shared;

/**
 * Neutralises text that a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @},
 * tab, carriage return at its start) by prefixing a quote, in CSV and XLSX exports.
 */
public final class SafeCells {

	private SafeCells() {
	}

	public static String text(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

}
