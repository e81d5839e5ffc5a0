package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import fr.ptce.observatory.resolution.ReviewQueue;
import fr.ptce.observatory.shared.SafeCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.stereotype.Component;

/**
 * The pairs of poles waiting for an analyst's decision, as the one-shot run's {@code revue.csv}: both poles (public
 * fields only) and the explanation of their score, field by field, best score first.
 */
@Component
public class ReviewExport {

	/** The columns of {@code revue.csv}. */
	public static final String[] HEADERS = { "paire", "pole_a", "nom_a", "commune_a", "reseaux_a", "pole_b", "nom_b",
			"commune_b", "reseaux_b", "score", "explication" };

	private final ReviewQueue queue;

	ReviewExport(ReviewQueue queue) {
		this.queue = queue;
	}

	/**
	 * Writes the pairs waiting for a decision; the writer is flushed, not closed.
	 *
	 * @return how many pairs were written
	 */
	public int write(Writer out) {
		try {
			CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADERS).get().print(out);
			int written = 0;
			for (ReviewQueue.Pair pair : this.queue.pending(Integer.MAX_VALUE)) {
				csv.printRecord(pair.id(), pair.poleA().id(), SafeCells.text(pair.poleA().name()),
						SafeCells.text(pair.poleA().commune()), SafeCells.text(String.join(" ; ", pair.poleA().networks())),
						pair.poleB().id(), SafeCells.text(pair.poleB().name()), SafeCells.text(pair.poleB().commune()),
						SafeCells.text(String.join(" ; ", pair.poleB().networks())),
						String.format(Locale.ROOT, "%.2f", pair.score()), SafeCells.text(explanation(pair)));
				written++;
			}
			csv.flush();
			return written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** « nom : proche (+6,21) ; territoire : commune (+6,13) … ». */
	private static String explanation(ReviewQueue.Pair pair) {
		return pair.fields().stream().map(ReviewExport::field).collect(Collectors.joining(" ; "));
	}

	private static String field(Map<String, Object> field) {
		Object weight = field.get("weight");
		String signed = (weight instanceof Number number)
				? String.format(Locale.FRANCE, " (%+.2f)", number.doubleValue()) : "";
		return field.get("field") + " : " + field.get("level") + signed;
	}

}
