package fr.ptce.observatory.resolution;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The golden record of each pole ({@code pole}): each field from an analyst's override, else from the best
 * record ({@link BestValue}: network priority from the source profiles, recency, completeness); superseded
 * files no longer count. Where each value came from is kept in {@code pole_field_source}: the raw row and the
 * rule, or the analyst who set it.
 */
@Repository
public class GoldenRecords {

	/** The fields of a golden record taken from the records. */
	public static final List<String> FIELDS = List.of("name", "name_key", "acronym", "carrier_name", "siret",
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

	/** Recomputes the golden record of the given poles from all their records, and its provenance. */
	void refresh(Collection<String> poleIds) {
		if (poleIds.isEmpty()) {
			return;
		}
		String[] ids = poleIds.toArray(String[]::new);
		StringBuilder sql = new StringBuilder("update pole p set updated_at = now()");
		FIELDS.forEach(field -> sql.append(", ").append(field).append(" = coalesce(g.").append(field)
			.append(", p.").append(field).append(")"));
		ARRAY_FIELDS.forEach(field -> sql.append(", ").append(field).append(" = ")
			.append(BestValue.ofArray(field, "p.id", "f.status <> 'SUPERSEDED'")));
		sql.append(" from (select r.pole_id");
		FIELDS.forEach(field -> sql.append(", ").append(BestValue.of(field)).append(" as ").append(field));
		sql.append("""
				 from (select distinct unnest(?::text[])) as t(pole_id) join pole_record r on r.pole_id = t.pole_id
				 join source_file f on f.id = r.file_id
				 where f.status <> 'SUPERSEDED' group by r.pole_id) g
				where p.id = g.pole_id""");
		this.jdbc.update(sql.toString(), (Object) ids);
		applyOverrides(ids);
		keepProvenance(ids);
	}

	/**
	 * Sets a field of a pole's golden record on an analyst's word: it wins over every source, in this run and
	 * every later one.
	 */
	@Transactional
	public void override(String poleId, String field, String value, String analyst) {
		if (!FIELDS.contains(field) || field.equals("name_key")) {
			throw new IllegalArgumentException("Champ inconnu ou non modifiable : « " + field + " » (champs : "
					+ FIELDS.stream().filter(name -> !name.equals("name_key")).collect(Collectors.joining(", ")) + ").");
		}
		if (field.equals("creation_year") && !value.matches("\\d{4}")) {
			throw new IllegalArgumentException("L'année de création doit être une année, par exemple 2015.");
		}
		this.jdbc.update("""
				insert into pole_override (pole_id, field, value, decided_by) values (?, ?, ?, ?)
				on conflict (pole_id, field) do update set value = excluded.value, decided_by = excluded.decided_by,
				    decided_at = now()""", poleId, field, value, analyst);
		refresh(List.of(poleId));
	}

	private void applyOverrides(String[] ids) {
		this.jdbc.query("select pole_id, field, value from pole_override where pole_id = any(?)", rs -> {
			String field = rs.getString("field");
			if (FIELDS.contains(field)) {
				String cast = field.equals("creation_year") ? "::integer" : "";
				this.jdbc.update("update pole set " + field + " = ?" + cast + " where id = ?", rs.getString("value"),
						rs.getString("pole_id"));
			}
		}, (Object) ids);
	}

	private void keepProvenance(String[] ids) {
		this.jdbc.update("delete from pole_field_source where pole_id = any(?)", (Object) ids);
		String best = FIELDS.stream().map(field -> BestValue.sourceOf(field) + " as " + field)
			.collect(Collectors.joining(", "));
		String values = FIELDS.stream().map(field -> "('" + field + "', b." + field + ")")
			.collect(Collectors.joining(", "));
		this.jdbc.update("""
				insert into pole_field_source (pole_id, field, raw_row_id, rule)
				select b.pole_id, s.field, s.raw_row_id,
				       'meilleure source : ' || coalesce(f.network, 'réseau inconnu') || ' (priorité ' || f.priority
				       || '), fichier ' || f.name || ' reçu le ' || to_char(f.received_at, 'YYYY-MM-DD')
				from (select r.pole_id, %s
				      from (select distinct unnest(?::text[])) as t(pole_id) join pole_record r on r.pole_id = t.pole_id
				      join source_file f on f.id = r.file_id
				      where f.status <> 'SUPERSEDED' group by r.pole_id) b
				cross join lateral (values %s) s(field, raw_row_id)
				join raw_row w on w.id = s.raw_row_id join source_file f on f.id = w.file_id""".formatted(best, values),
				(Object) ids);
		this.jdbc.update("""
				insert into pole_field_source (pole_id, field, raw_row_id, rule)
				select pole_id, field, null, 'valeur fixée par ' || decided_by || ' le ' || to_char(decided_at, 'YYYY-MM-DD')
				from pole_override where pole_id = any(?)
				on conflict (pole_id, field) do update set raw_row_id = null, rule = excluded.rule""", (Object) ids);
	}

}
