package fr.ptce.observatory.resolution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.normalisation.Territory;

/**
 * The place a network adds after a pole's name to say where it is, set aside for matching: « Dabodor à
 * Asnières-sur-Seine (92) », « Mitel – Aveyron », « La Rotonde (Sainte-Lucie-de-Tallano) », « Pôle Mitel / Aveyron »
 * and « Atelier Dabodor à Asnières-sur-Seine » are Dabodor, Mitel, La Rotonde, Pôle Mitel and Atelier Dabodor. Only an
 * official place name is set aside, and never the whole name. « À » a commune without its département's number is set
 * aside only from a row whose commune is not written (the network said where in the name), at the end of the name as
 * written (one place is added, not two), and after two words at least: « Vivre à Talence » is a name, and so may
 * « Services à domicile à Thenon » be.
 */
final class PlaceSuffixes {

	/** « … – Aveyron », « … - Rhône », « … / Aveyron ». */
	private static final Pattern DASHED = Pattern.compile("^(.*\\S)\\s+[–—/-]\\s+([^–—/()]+)$");

	/** « … (Sainte-Lucie-de-Tallano) », « … (69) ». */
	private static final Pattern PARENTHESISED = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

	/** « … à Asnières-sur-Seine (92) »: a commune and its département's number. */
	private static final Pattern AT_COMMUNE = Pattern.compile("^(.*\\S)\\s+(?:à|a)\\s+(.+?)\\s*\\((?:\\d{2,3}|2[AB])\\)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** « … à Asnières-sur-Seine »: a commune alone, after a name of two words at least. */
	private static final Pattern AT_BARE_COMMUNE = Pattern.compile("^(\\S+\\s+.*\\S)\\s+(?:à|a)\\s+([^()]+)$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private PlaceSuffixes() {
	}

	static String strip(String name, Territory territory) {
		return strip(name, territory, true);
	}

	/**
	 * The commune that ends a name after « à », without its département's number (« Atelier Dabodor à
	 * Asnières-sur-Seine »), after two words at least; {@code null} when there is none.
	 */
	static String bareCommune(String name, Territory territory) {
		if (name == null) {
			return null;
		}
		Matcher atBare = atBareCommune(name.strip(), territory);
		return (atBare != null) ? atBare.group(2).strip() : null;
	}

	/** The match of « … à <commune> » ending a name, the commune an official one; {@code null} when there is none. */
	private static Matcher atBareCommune(String name, Territory territory) {
		Matcher atBare = AT_BARE_COMMUNE.matcher(name);
		return (atBare.matches() && territory.isCommuneName(atBare.group(2).strip())) ? atBare : null;
	}

	/** @param communeWritten whether the row gives its commune apart from the name */
	static String strip(String name, Territory territory, boolean communeWritten) {
		if (name == null) {
			return null;
		}
		String current = name.strip();
		for (int pass = 0; pass < 2; pass++) {
			String before = current;
			Matcher at = AT_COMMUNE.matcher(current);
			if (at.matches() && territory.isCommuneName(at.group(2))) {
				current = at.group(1);
				continue;
			}
			Matcher atBare = (pass == 0 && !communeWritten) ? atBareCommune(current, territory) : null;
			if (atBare != null) {
				current = atBare.group(1);
				continue;
			}
			for (Pattern pattern : new Pattern[] { DASHED, PARENTHESISED }) {
				Matcher matcher = pattern.matcher(current);
				if (matcher.matches() && isPlace(matcher.group(2).strip(), territory)) {
					current = matcher.group(1);
					break;
				}
			}
			if (current.equals(before)) {
				break;
			}
		}
		return current.isBlank() ? name : current;
	}

	private static final Pattern DEPARTEMENT_CODE = Pattern.compile("\\d{2,3}|2[ABab]");

	private static boolean isPlace(String text, Territory territory) {
		return DEPARTEMENT_CODE.matcher(text).matches() || territory.isCommuneName(text)
				|| (territory.findDepartement(text).isPresent() && text.chars().anyMatch(Character::isLetter))
				|| territory.findRegion(text).isPresent();
	}

}
