package fr.ptce.observatory.corpus;

import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.Field;

/**
 * What a corpus file holds, as a reader that generalised perfectly would see it.
 *
 * @param fileName the file's name in the corpus directory
 * @param expected whether the file lists poles (must be read) or only summarises them (must be refused)
 * @param poleSheet the name of the sheet of poles; {@code null} for a CSV file (its only sheet) and for a summary
 * @param headerRow the number of the header row of the sheet of poles as Excel shows it (1-based; for a CSV
 * file, its line number); 0 for a summary
 * @param columns every non-blank header cell of the sheet of poles, in column order: its text exactly as written
 * in the cell ({@link String#strip() stripped}; line breaks kept) → the field the column holds, {@code null} for a
 * column that means nothing to the observatory. Empty for a summary
 * @param rows every non-blank row below the header of the sheet of poles, in order. Empty for a summary
 * @param memberRows the number of rows of members (non-blank rows below the header of the sheet of members), 0
 * when the file has no sheet of members
 * @param memberSheet the name of the sheet of members, {@code null} when there is none
 * @param memberHeaderRow the number of the header row of the sheet of members (1-based), 0 when there is none
 * @param memberColumns the header cells of the sheet of members as for {@code columns} (NAME is the member's
 * name), empty when there is none
 */
public record FileTruth(String fileName, Expected expected, String poleSheet, int headerRow,
		Map<String, Field> columns, List<RowTruth> rows, int memberRows, String memberSheet, int memberHeaderRow,
		Map<String, Field> memberColumns) {

	/** What the observatory must do with a file. */
	public enum Expected {
		/** A list of poles: must be read. */
		LIST,
		/** A summary table (counts per département, totals): must be refused. */
		SUMMARY
	}

	/** The number of rows of the given kind. */
	public long count(RowTruth.RowKind kind) {
		return this.rows.stream().filter(row -> row.kind() == kind).count();
	}

}
