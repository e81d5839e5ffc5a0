package fr.ptce.observatory.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import fr.ptce.observatory.normalisation.Names;
import org.postgresql.PGConnection;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Loads synthetic normalised records straight into the tables resolution reads (a source file, its raw rows
 * and their records waiting to be resolved), with PostgreSQL's COPY.
 */
final class SyntheticLoad {

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	SyntheticLoad(JdbcTemplate jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
	}

	/** Writes the records as one network file of the given name; returns the file's id. */
	long file(String name, List<SyntheticPoles.Record> records) throws Exception {
		Long fileId = this.jdbc.queryForObject("""
				insert into source_file (sha256, name, location, size_bytes, network, import_execution_id, status,
				    observation_year, priority)
				values (md5(?) || md5(? || 'x'), ?, ?, 0, ?, 0, 'READ', 2025, 50) returning id""", Long.class, name, name,
				name, "/bench/" + name, name.substring(0, name.indexOf('/')));
		long firstRow = this.jdbc.queryForObject("select coalesce(max(id), 0) + 1 from raw_row", Long.class);
		StringBuilder rows = new StringBuilder();
		StringBuilder poleRecords = new StringBuilder();
		for (int i = 0; i < records.size(); i++) {
			SyntheticPoles.Record record = records.get(i);
			long id = firstRow + i;
			rows.append(id).append('\t').append(fileId).append("\tPôles\t").append(i + 2).append("\t{}\tPOLE\n");
			poleRecords.append(String.join("\t", String.valueOf(id), String.valueOf(fileId), "NORMALISED",
					text(record.name()), text(Names.matchingKey(record.name())), text(record.acronym()),
					text(record.siren()), text(record.siretRole()), text(record.postalCode()), text(record.commune()),
					text(record.departement()), text(record.region()), text(record.website()), text(record.carrier()),
					"2025")).append('\n');
		}
		try (Connection connection = this.dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn("copy raw_row (id, file_id, sheet, row_number, cells, kind) from stdin",
					new StringReader(rows.toString()));
			copy.copyIn("""
					copy pole_record (raw_row_id, file_id, outcome, name, name_key, acronym, siren, siret_role, postal_code,
					    commune, departement, region, website, carrier_name, observation_year) from stdin""",
					new StringReader(poleRecords.toString()));
		}
		this.jdbc.execute("select setval('raw_row_id_seq', (select max(id) from raw_row))");
		return fileId;
	}

	private static String text(String value) {
		return (value == null) ? "\\N" : value.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
	}

}
