package fr.ptce.observatory.provenance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

import fr.ptce.observatory.normalisation.RecordOutcome;
import fr.ptce.observatory.shared.SafeCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The lineage of every source row read: the pole (and member) it was resolved to, or why it was quarantined
 * or ignored. One CSV line per raw row, in file and row order. Rows of a file rejected while it was read keep
 * the file's verdict as their reason. No personal data: names of files, sheets and poles only.
 */
@Repository
public class Lineage {

	/** The columns, as the one-shot run's {@code lineage.csv} and the API give them. */
	public static final String[] HEADERS = { "file", "sheet", "row", "kind", "pole_id", "member_id", "status",
			"reason", "rule", "score", "network", "file_status" };

	private final JdbcTemplate jdbc;

	Lineage(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Writes the lineage as CSV; the writer is flushed, not closed. */
	public void write(Writer out) {
		try {
			CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(HEADERS).get().print(out);
			this.jdbc.query("""
					select f.name as file, r.sheet, r.row_number, r.kind, coalesce(p.pole_id, m.pole_id) as pole_id,
					       m.member_id, coalesce(p.outcome, m.outcome) as outcome, coalesce(p.reason, m.reason) as reason,
					       p.match_rule, p.match_score, f.network, f.status as file_status, f.verdict
					from raw_row r join source_file f on f.id = r.file_id
					left join pole_record p on p.raw_row_id = r.id
					left join member_record m on m.raw_row_id = r.id
					order by f.name, f.id, r.kind desc, r.sheet, r.row_number""", rs -> {
				try {
					String outcome = rs.getString("outcome");
					String status = status(outcome);
					String reason = rs.getString("reason");
					if (outcome == null) {
						reason = rs.getString("verdict");
					}
					csv.printRecord(SafeCells.text(rs.getString("file")), SafeCells.text(rs.getString("sheet")),
							rs.getInt("row_number"), "MEMBER".equals(rs.getString("kind")) ? "membre" : "pole",
							rs.getString("pole_id"), rs.getString("member_id"), status, SafeCells.text(reason),
							rs.getString("match_rule"), rs.getBigDecimal("match_score"), SafeCells.text(rs.getString("network")),
							rs.getString("file_status").toLowerCase(Locale.ROOT));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A record's outcome as lineage names it; a row without a record is quarantined with its file's verdict. */
	private static String status(String outcome) {
		return (outcome == null) ? "quarantined" : RecordOutcome.valueOf(outcome).lineageName();
	}

}
