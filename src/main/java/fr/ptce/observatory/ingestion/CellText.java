package fr.ptce.observatory.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * How cell values of every format become text in a raw row: numbers in plain digits (a SIRET stored as a
 * number must not come back as 1.23457E+13), dates in ISO form, booleans in French as Excel shows them.
 */
final class CellText {

	private CellText() {
	}

	static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return String.valueOf(value);
		}
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	static String date(LocalDateTime value) {
		return (value.toLocalTime().toSecondOfDay() == 0) ? value.toLocalDate().toString() : value.toString();
	}

	static String bool(boolean value) {
		return value ? "VRAI" : "FAUX";
	}

	static String of(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Double number) {
			return number(number);
		}
		if (value instanceof Number number) {
			return number(number.doubleValue());
		}
		if (value instanceof Boolean bool) {
			return bool(bool);
		}
		if (value instanceof LocalDateTime dateTime) {
			return date(dateTime);
		}
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof TemporalAccessor temporal) {
			return temporal.toString();
		}
		return value.toString();
	}

}
