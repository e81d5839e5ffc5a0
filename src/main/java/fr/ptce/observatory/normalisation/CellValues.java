package fr.ptce.observatory.normalisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Folding;

/**
 * Cell values in French conventions: booleans ({@code oui}, {@code Non}, {@code X}, {@code 1}, {@code vrai}),
 * multi-valued cells, websites and e-mail addresses.
 */
public final class CellValues {

	private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:[;\\n\\r|]|\\s/\\s|\\s+et\\s+)\\s*");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$");

	private static final Pattern HOST = Pattern.compile("^([a-z0-9-]+\\.)+[a-z]{2,}(:\\d+)?(/.*)?$");

	private CellValues() {
	}

	/** A yes/no cell; empty when it is neither. */
	public static Optional<Boolean> bool(String value) {
		return switch (Folding.fold(value)) {
			case "oui", "o", "x", "1", "vrai", "yes", "true", "y" -> Optional.of(true);
			case "non", "n", "0", "faux", "no", "false" -> Optional.of(false);
			default -> Optional.empty();
		};
	}

	/**
	 * The values of a multi-valued cell, split on {@code ;}, line breaks, {@code |}, {@code  / } and
	 * {@code  et }; a part that the vocabulary does not know whole is split again on commas.
	 */
	public static List<String> split(String value, Vocabulary vocabulary) {
		List<String> parts = new ArrayList<>();
		if (value == null || value.isBlank()) {
			return parts;
		}
		for (String part : SEPARATORS.split(value.strip())) {
			if (part.isBlank()) {
				continue;
			}
			if (vocabulary.knows(part) || !part.contains(",")) {
				parts.add(part.strip());
			}
			else {
				for (String piece : part.split(",")) {
					if (!piece.isBlank()) {
						parts.add(piece.strip());
					}
				}
			}
		}
		return parts;
	}

	/** A website with its scheme ({@code https://} added when missing); empty when it is not one. */
	public static Optional<String> website(String value) {
		String url = value.strip();
		String lower = url.toLowerCase(Locale.ROOT);
		String withoutScheme = lower.replaceFirst("^https?://", "");
		if (!HOST.matcher(withoutScheme).matches()) {
			return Optional.empty();
		}
		return Optional.of(lower.startsWith("http://") || lower.startsWith("https://") ? url : "https://" + url);
	}

	public static boolean isEmail(String value) {
		return EMAIL.matcher(value.strip()).matches();
	}

}
