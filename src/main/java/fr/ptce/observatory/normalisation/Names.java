package fr.ptce.observatory.normalisation;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.ptce.observatory.ingestion.Folding;

/**
 * Pole names: the matching form compares names as a person would ("Pôle territorial de coopération
 * économique du Pays de Bray" is "PTCE Pays de Bray"), and an acronym written in the name is recognised.
 */
public final class Names {

	private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("^(.+?)\\s*\\(([\\p{Lu}0-9'&\\- ]{2,15})\\)$");

	private static final Set<String> SMALL_WORDS = Set.of("le", "la", "les", "l", "de", "du", "des", "d", "en", "et",
			"a", "au", "aux");

	private Names() {
	}

	/** The form names are matched on: folded, PTCE's long form abbreviated, small words left out. */
	public static String matchingKey(String name) {
		String folded = " " + Folding.fold(name) + " ";
		folded = folded.replace(" pole territorial de cooperation economique ", " ptce ")
			.replace(" poles territoriaux de cooperation economique ", " ptce ")
			.replace(" st ", " saint ")
			.replace(" ste ", " sainte ")
			.replace(" asso ", " association ");
		return Arrays.stream(folded.trim().split(" "))
			.filter(word -> !word.isEmpty() && !SMALL_WORDS.contains(word))
			.collect(Collectors.joining(" "));
	}

	/** A name without the acronym written after it in parentheses ({@code Name (ACR)} is {@code Name}). */
	public static String withoutAcronym(String name) {
		return splitAcronym(name)[0];
	}

	/** The name and the acronym of a cell written {@code Name (ACR)}; {@code null} acronym otherwise. */
	static String[] splitAcronym(String name) {
		Matcher matcher = ACRONYM_IN_PARENTHESES.matcher(name);
		return matcher.matches() ? new String[] { matcher.group(1).strip(), matcher.group(2).strip() }
				: new String[] { name, null };
	}

}
