package fr.ptce.observatory.normalisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.ingestion.RawRow;

/**
 * Rows of a sheet that hold no record, for poles and members alike: totals and subtotals (« Total », « Sous-total
 * Rhône », « 34 pôles ») and the header row repeated among the data.
 */
final class NonDataRows {

	private NonDataRows() {
	}

	/** A total or subtotal: « Total », « TOTAL GÉNÉRAL », « Sous-total Rhône », « Ensemble », « Nombre de pôles : 34 ». */
	static boolean isTotal(String value) {
		// « sous tot. (2) »: a word cut short with a period stands for the total it starts (« Tôt ou tard » is a name)
		String folded = Folding.fold(TOTAL_CUT_SHORT.matcher(value).replaceAll("total"));
		for (String total : TOTALS) {
			if (folded.equals(total) || folded.startsWith(total + " ")) {
				return true;
			}
		}
		// « Ensemble Autrement », « TotalEnergies » are names: these words make a total alone or before a number
		if (TOTAL_WORD.matcher(folded).matches()) {
			return true;
		}
		// a word of a total among words that only count (« 72 pôles au total », « Ensemble des pôles du réseau »)
		String[] words = folded.split(" ");
		return Arrays.stream(words).anyMatch(TOTAL_WORDS::contains) && Arrays.stream(words)
			.allMatch(word -> TOTAL_WORDS.contains(word) || COUNTING_WORDS.contains(word) || isNumber(word));
	}

	private static boolean isNumber(String word) {
		return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
	}

	/** « tot. », « Tot. »: « total » cut short. */
	private static final Pattern TOTAL_CUT_SHORT = Pattern.compile("(?i)(?<!\\p{L})tot\\.");

	private static final Set<String> TOTAL_WORDS = Set.of("total", "totaux", "ensemble", "somme", "cumul");

	/** Words that say what is counted and where, and nothing of a name. */
	private static final Set<String> COUNTING_WORDS = Set.of("pole", "poles", "ptce", "structure", "structures", "reseau",
			"nombre", "nb", "general", "generale", "de", "du", "des", "d", "la", "le", "les", "l", "au", "en", "a", "dans",
			"sur", "pour", "tout", "departement", "region", "territoire");

	/** The first filled cell of a row, where a total row says it is one. */
	static Optional<String> firstCell(RawRow row) {
		return row.cells().values().stream().filter(value -> value != null && !value.isBlank()).findFirst();
	}

	private static final Pattern TOTAL_WORD = Pattern.compile("(ensemble|somme|cumul)( \\d.*)?"
			+ "|(total|totaux|soustotal|s total|ss total|st total)( .*)?|(recapitulatif|recap|synthese)( \\d.*)?"
			// « 34 pôles », « 12 PTCE recensés »: a count of poles stands where a name would
			+ "|\\d+ (poles?|ptce|structures?)( recense.*)?");

	/** The « (2) » a reader adds to the second column of the same header. */
	private static final Pattern REPEATED_HEADER_NUMBER = Pattern.compile(" \\(\\d+\\)$");

	private static final List<String> TOTALS = List.of("sous total", "nombre de poles", "nombre total", "nb de poles",
			"nombre de ptce", "nb ptce", "nombre de structures", "nb de structures", "nb total", "effectif total",
			"somme des");

	/** A header row repeated among the data (a list pasted twice, a printed page's header). */
	static boolean repeatsItsHeader(RawRow row) {
		int repeated = 0;
		int filled = 0;
		for (Map.Entry<String, String> cell : row.cells().entrySet()) {
			if (cell.getValue() == null || cell.getValue().isBlank()) {
				continue;
			}
			filled++;
			String header = REPEATED_HEADER_NUMBER.matcher(cell.getKey()).replaceFirst("");
			String value = cell.getValue();
			// folding keeps a text's length within a few letters (œ, æ): only a value that long can be its header
			if (Math.abs(value.strip().length() - header.length()) <= 3 + header.length() / 2) {
				repeated += Folding.fold(value).equals(Folding.fold(header)) ? 1 : 0;
			}
		}
		return repeated >= 2 || (filled == 1 && repeated == 1);
	}

}
