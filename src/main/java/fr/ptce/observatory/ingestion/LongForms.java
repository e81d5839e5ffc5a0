package fr.ptce.observatory.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The long forms of the abbreviations that header words know ({@code reference/long-forms.csv}): a header that
 * spells one out (« Nombre de membres de l'économie sociale et solidaire ») is read as if it wrote the
 * abbreviation (« … ess »).
 */
final class LongForms {

	/** Long forms and their abbreviations, folded and padded with spaces, longest first. */
	private static final List<Map.Entry<String, String>> FORMS = read();

	private LongForms() {
	}

	/** A folded header with the long forms it spells out abbreviated. */
	static String abbreviate(String folded) {
		String padded = " " + folded + " ";
		for (Map.Entry<String, String> form : FORMS) {
			if (padded.contains(form.getKey())) {
				padded = padded.replace(form.getKey(), form.getValue());
			}
		}
		return padded.strip();
	}

	private static List<Map.Entry<String, String>> read() {
		try (InputStream in = LongForms.class.getResourceAsStream("/reference/long-forms.csv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("long form;"))
				.map(line -> line.split(";"))
				.map(row -> Map.entry(" " + Folding.fold(row[0]) + " ", " " + Folding.fold(row[1]) + " "))
				.sorted(Comparator.comparingInt((Map.Entry<String, String> form) -> form.getKey().length()).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
