package fr.ptce.observatory.provenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.FileColumns;
import fr.ptce.observatory.ingestion.FileStatus;
import fr.ptce.observatory.ingestion.SourceFile;
import fr.ptce.observatory.ingestion.SourceFiles;
import fr.ptce.observatory.ingestion.Supersession;
import fr.ptce.observatory.resolution.GoldenRecords;
import fr.ptce.observatory.shared.French;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last step of an import: each file read and resolved gets its verdict for the network, from what became of
 * its rows, and replaces the earlier files its profile says it corrects. Fails loudly when a file's rows do not add
 * up (read = accepted + merged + quarantined + ignored).
 */
@Component
public class ImportVerdicts {

	/** What closing the files did. */
	public record Closing(List<Long> closed, List<Long> superseded) {
	}

	private final JdbcClient jdbc;

	private final SourceFiles sourceFiles;

	private final FileColumns columns;

	private final Supersession supersession;

	private final GoldenRecords goldenRecords;

	ImportVerdicts(JdbcTemplate jdbc, SourceFiles sourceFiles, FileColumns columns, Supersession supersession,
			GoldenRecords goldenRecords) {
		this.jdbc = JdbcClient.create(jdbc);
		this.sourceFiles = sourceFiles;
		this.columns = columns;
		this.supersession = supersession;
		this.goldenRecords = goldenRecords;
	}

	/**
	 * Gives each file read and resolved its verdict, supersedes the files they replace and rebuilds the golden
	 * records of the poles those described.
	 */
	public Closing giveVerdicts() {
		List<Long> closed = new ArrayList<>();
		List<Long> superseded = new ArrayList<>();
		for (SourceFile file : this.sourceFiles.withStatus(FileStatus.READ)) {
			Map<String, Object> counts = this.jdbc.sql("""
					select (select count(*) from raw_row where file_id = :id) as read,
					       count(*) filter (where outcome = 'ACCEPTED') as accepted,
					       count(*) filter (where outcome = 'MERGED') as merged,
					       count(*) filter (where outcome = 'QUARANTINED') as quarantined,
					       count(*) filter (where outcome = 'IGNORED') as ignored,
					       count(*) filter (where outcome = 'NORMALISED') as unresolved,
					       count(*) filter (where kind = 'MEMBER' and outcome = 'ACCEPTED') as members,
					       count(*) filter (where rule = 'doublon') as duplicates
					from (select 'POLE' as kind, outcome, match_rule as rule from pole_record where file_id = :id
					      union all
					      select 'MEMBER', outcome, null from member_record where file_id = :id) as records""")
				.param("id", file.id())
				.query()
				.singleRow();
			SourceFiles.ImportedRows rows = new SourceFiles.ImportedRows(number(counts, "read"),
					number(counts, "accepted"), number(counts, "merged"), number(counts, "quarantined"),
					number(counts, "ignored"));
			if (number(counts, "unresolved") > 0
					|| rows.read() != rows.accepted() + rows.merged() + rows.quarantined() + rows.ignored()) {
				throw new IllegalStateException("Row accounting of file " + file.name() + " does not add up: " + counts);
			}
			String verdict = verdict(rows, number(counts, "members"), number(counts, "duplicates"))
					+ unknownColumns(file.id());
			this.sourceFiles.markImported(file.id(), rows, verdict);
			closed.add(file.id());
			superseded.addAll(this.supersession.supersedeEarlierFiles(file));
		}
		this.goldenRecords.refreshPolesOfFiles(superseded);
		return new Closing(closed, superseded);
	}

	/** « Importé : 12 lignes lues : 3 nouveaux pôles, 2 fusionnées avec un pôle connu, … », agreed in French. */
	static String verdict(SourceFiles.ImportedRows rows, long members, long duplicates) {
		return "Importé : " + French.count(rows.read(), "ligne lue", "lignes lues") + " : "
				+ French.count(rows.accepted() - members, "nouveau pôle", "nouveaux pôles") + ", "
				+ French.count(rows.merged(), "fusionnée", "fusionnées") + " avec un pôle connu"
				+ ((duplicates > 0) ? " (dont " + French.count(duplicates, "pôle listé", "pôles listés")
						+ " deux fois dans le fichier, " + French.agreed(duplicates, "compté", "comptés") + " une fois)"
						: "")
				+ ", " + ((members > 0) ? French.count(members, "membre rattaché", "membres rattachés") + " à leur pôle, "
						: "")
				+ rows.quarantined() + " en quarantaine, " + French.count(rows.ignored(), "ignorée", "ignorées") + ".";
	}

	private String unknownColumns(long fileId) {
		List<String> unknown = this.columns.fieldsByHeader(fileId).entrySet().stream()
			.filter(entry -> entry.getValue() == null)
			.map(entry -> "« " + entry.getKey() + " »")
			.toList();
		return unknown.isEmpty() ? ""
				: " Colonnes non reconnues (conservées, non interprétées) : " + String.join(", ", unknown) + ".";
	}

	private static long number(Map<String, Object> row, String column) {
		return ((Number) row.get(column)).longValue();
	}

}
