package fr.ptce.observatory.normalisation;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Folding;

/**
 * Pole names: the matching form compares names as a person would ("Pôle territorial de coopération
 * économique du Pays de Bray" is "PTCE Pays de Bray"), and an acronym written in the name is recognised.
 */
public final class Names {

	private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("^(.+?)\\s*\\(([\\p{Lu}0-9'&\\- ]{2,15})\\)$");

	private static final Pattern DEPARTEMENT_NUMBER = Pattern.compile("\\d{2,3}|2[AB]");

	private static final Pattern ACRONYM_FIRST = Pattern.compile("^([\\p{Lu}0-9'&]{2,12})\\s+[-–—:]\\s+(.+)$");

	private static final Set<String> SMALL_WORDS = Set.of("le", "la", "les", "l", "de", "du", "des", "d", "en", "et",
			"a", "au", "aux");

	private Names() {
	}

	/**
	 * The form names are matched on: folded, PTCE's long form and "PTCE" itself left out (every pole is one),
	 * {@code st}, {@code asso} written out, small words left out. "Pôle territorial de coopération économique du
	 * Pays de Bray" and "PTCE Pays de Bray" are both {@code pays bray}.
	 */
	public static String matchingKey(String name) {
		String folded = " " + Folding.fold(name) + " ";
		folded = folded.replace(" pole territorial de cooperation economique ", " ptce ")
			.replace(" poles territoriaux de cooperation economique ", " ptce ")
			.replace(" st ", " saint ")
			.replace(" ste ", " sainte ")
			.replace(" asso ", " association ");
		List<String> words = Arrays.stream(folded.trim().split(" "))
			.filter(word -> !word.isEmpty() && !SMALL_WORDS.contains(word))
			.toList();
		List<String> significant = words.stream().filter(word -> !word.equals("ptce")).toList();
		return String.join(" ", significant.isEmpty() ? words : significant);
	}

	/** A name without the acronym written after it in parentheses ({@code Name (ACR)} is {@code Name}). */
	public static String withoutAcronym(String name) {
		return splitAcronym(name)[0];
	}

	/**
	 * The name and the acronym of a cell written {@code Name (ACR)} or {@code ACR - Name}; {@code null} acronym
	 * otherwise.
	 */
	static String[] splitAcronym(String name) {
		Matcher matcher = ACRONYM_IN_PARENTHESES.matcher(name);
		if (matcher.matches()) {
			String written = matcher.group(2).strip();
			// a département's number after a place (« … à Remennecourt (55) », « … (2A) ») is no acronym
			boolean departement = DEPARTEMENT_NUMBER.matcher(written).matches();
			return new String[] { matcher.group(1).strip(), departement ? null : written };
		}
		matcher = ACRONYM_FIRST.matcher(name);
		if (matcher.matches() && matcher.group(1).chars().anyMatch(Character::isLetter)
				&& !Folding.fold(matcher.group(1)).equals("ptce")) {
			return new String[] { matcher.group(2).strip(), matcher.group(1).strip() };
		}
		return new String[] { name, null };
	}

}
