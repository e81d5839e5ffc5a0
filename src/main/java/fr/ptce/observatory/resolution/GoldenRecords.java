package fr.ptce.observatory.resolution;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The golden record of each pole ({@code pole}): each field from the file that gives it with the highest
 * network priority (source profiles), then the most recent; superseded files no longer count.
 */
@Repository
public class GoldenRecords {

	private static final List<String> FIELDS = List.of("name", "name_key", "acronym", "carrier_name", "siret",
			"siret_role", "rna", "legal_form", "postal_code", "commune", "departement", "region", "creation_year",
			"status", "website");

	private static final List<String> ARRAY_FIELDS = List.of("laureates", "sectors");

	private final JdbcTemplate jdbc;

	GoldenRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the poles founded by records: each pair is a new pole's id and its founding raw row. */
	void create(List<Object[]> founders) {
		this.jdbc.batchUpdate("""
				insert into pole (id, name, name_key)
				select ?, name, name_key from pole_record where raw_row_id = ?""", founders);
	}

	/** Recomputes the golden record of the poles that have records in the given files. */
	public void refreshPolesOfFiles(Collection<Long> fileIds) {
		refresh(this.jdbc.queryForList("select distinct pole_id from pole_record where file_id = any(?) and pole_id is not null",
				String.class, (Object) fileIds.toArray(Long[]::new)));
	}

	/** Recomputes the golden record of the given poles from all their records. */
	void refresh(Collection<String> poleIds) {
		if (poleIds.isEmpty()) {
			return;
		}
		StringBuilder sql = new StringBuilder("update pole p set updated_at = now()");
		FIELDS.forEach(field -> sql.append(", ").append(field).append(" = coalesce(g.").append(field)
			.append(", p.").append(field).append(")"));
		ARRAY_FIELDS.forEach(field -> sql.append(", ").append(field).append(" = ")
			.append(BestValue.ofArray(field, "p.id", "f.status <> 'SUPERSEDED'")));
		sql.append(" from (select r.pole_id");
		FIELDS.forEach(field -> sql.append(", ").append(BestValue.of(field)).append(" as ").append(field));
		sql.append("""
				 from pole_record r join source_file f on f.id = r.file_id
				 where r.pole_id = any(?) and f.status <> 'SUPERSEDED' group by r.pole_id) g
				where p.id = g.pole_id""");
		this.jdbc.update(sql.toString(), (Object) poleIds.toArray(String[]::new));
	}

}
