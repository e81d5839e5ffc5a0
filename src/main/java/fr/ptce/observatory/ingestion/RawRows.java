package fr.ptce.observatory.ingestion;

import java.util.List;
import java.util.Map;

import fr.ptce.observatory.database.CopyRows;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the files as they were read, cells as received (JSON, in column order): written by COPY, read back in
 * file and row order by normalisation, deleted when a file is read again.
 */
@Repository
public class RawRows {

	private static final TypeReference<Map<String, String>> CELLS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final JsonMapper json;

	RawRows(JdbcTemplate jdbcTemplate, JsonMapper json) {
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = JdbcClient.create(jdbcTemplate);
		this.json = json;
	}

	/** Stores raw rows with COPY, on the connection of the chunk's transaction. */
	public void insert(List<? extends FileRow> rows) {
		try (CopyRows copy = CopyRows.into(this.jdbcTemplate, "raw_row (file_id, kind, sheet, row_number, cells)")) {
			for (FileRow item : rows) {
				copy.add(item.fileId()).add(item.row().kind().name()).add(item.row().sheet()).add(item.row().rowNumber())
					.addJson(item.row().cells()).endRow();
			}
			copy.finish();
		}
	}

	public void deleteOfFile(long fileId) {
		this.jdbc.sql("delete from raw_row where file_id = :id").param("id", fileId).update();
	}

	/** How many raw rows of the files read wait to be normalised. */
	public long countToNormalise() {
		return this.jdbc.sql("select count(*) from (" + TO_NORMALISE + ") as pending").query(Long.class).single();
	}

	/** The cells of a raw row as stored (JSON, in column order). */
	public Map<String, String> cells(String json) {
		return this.json.readValue(json, CELLS);
	}

	/** Raw rows of the files read and not yet normalised, in file then row order. */
	public static final String TO_NORMALISE = """
			select r.id, r.file_id, f.name, f.profile, f.observation_year, r.kind, r.sheet, r.row_number,
			       r.cells::text as cells
			from raw_row r join source_file f on f.id = r.file_id
			where f.status = 'READ'
			  and not exists (select 1 from pole_record p where p.raw_row_id = r.id)
			  and not exists (select 1 from member_record m where m.raw_row_id = r.id)
			order by r.file_id, r.id""";

	public RowMapper<StoredRawRow> storedRawRowMapper() {
		return (rs, n) -> new StoredRawRow(rs.getLong("id"), rs.getLong("file_id"), rs.getString("name"),
				rs.getString("profile"), rs.getInt("observation_year"), new RawRow(RowKind.valueOf(rs.getString("kind")),
						rs.getString("sheet"), rs.getInt("row_number"), cells(rs.getString("cells"))));
	}

}
