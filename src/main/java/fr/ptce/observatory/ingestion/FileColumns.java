package fr.ptce.observatory.ingestion;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How a read file's columns were understood: which field each header was taken for, and why, as the reading stored
 * them; and the source profile proposed from them for a file no profile claims.
 */
@Repository
public class FileColumns {

	private static final TypeReference<Map<String, String>> TEXT_BY_HEADER = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FileColumns(JdbcTemplate jdbc, JsonMapper json) {
		this.jdbc = JdbcClient.create(jdbc);
		this.json = json;
	}

	/** What each header of a read file's sheet of poles means ({@code null} when unknown). */
	public Map<String, Field> fieldsByHeader(long fileId) {
		return fieldsByHeader(fileId, RowKind.POLE);
	}
	/** What each header of a read file's sheet of the given kind means; empty when the file has none. */
	public Map<String, Field> fieldsByHeader(long fileId, RowKind kind) {
		Map<String, Field> fields = new LinkedHashMap<>();
		jsonColumn(fileId, (kind == RowKind.MEMBER) ? "member_columns" : "columns")
			.forEach((header, field) -> fields.put(header, (field != null) ? Field.valueOf(field) : null));
		return fields;
	}
	/** Why each column of a read file's sheet of the given kind was taken for its field, in French. */
	public Map<String, String> evidenceByHeader(long fileId, RowKind kind) {
		return jsonColumn(fileId, (kind == RowKind.MEMBER) ? "member_column_evidence" : "column_evidence");
	}
	/** The profile proposed for a read file that no profile claims, from what its reading found. */
	public Optional<String> proposedProfile(long fileId) {
		record Read(String name, String sheet, Integer headerRow, boolean hasColumns) {
		}
		return this.jdbc.sql("select name, sheet, header_row, columns is not null as read from source_file where id = :id")
			.param("id", fileId)
			.query((rs, n) -> new Read(rs.getString("name"), rs.getString("sheet"), (Integer) rs.getObject("header_row"),
					rs.getBoolean("read")))
			.optional()
			.filter(Read::hasColumns)
			.map(read -> ProfileProposal.of(read.name(), read.sheet(), read.headerRow(), fieldsByHeader(fileId, RowKind.POLE),
					evidenceByHeader(fileId, RowKind.POLE)));
	}
	/** A JSON object column of a file (header → text), empty when the file has none. */
	private Map<String, String> jsonColumn(long fileId, String column) {
		String json = this.jdbc.sql("select " + column + "::text from source_file where id = :id")
			.param("id", fileId)
			.query(String.class)
			.optional()
			.orElse(null);
		return (json != null) ? this.json.readValue(json, TEXT_BY_HEADER) : new LinkedHashMap<>();
	}

}
