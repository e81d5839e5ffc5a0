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

	/**
	 * For the poles of the array parameter: each field's best value and its raw row, from the records of files
	 * not superseded; the poles updated (a field no record gives keeps its value), and the provenance written.
	 */
	private static final String GOLDEN_RECORDS_AND_PROVENANCE = """
			with best as materialized (
			    select r.pole_id, %s, %s
			    from (select distinct unnest(?::text[])) as t(pole_id) join pole_record r on r.pole_id = t.pole_id
			    join source_file f on f.id = r.file_id
			    where f.status <> 'SUPERSEDED' group by r.pole_id),
			golden as ( -- runs to its end although nothing reads it, as every data-modifying WITH does
			    update pole p set updated_at = now(), %s, %s
			    from best g where p.id = g.pole_id)
			insert into pole_field_source (pole_id, field, raw_row_id, rule)
			select b.pole_id, s.field, s.raw_row_id,
			       'meilleure source : ' || coalesce(f.network, 'réseau inconnu') || ' (priorité ' || f.priority
			       || '), fichier ' || f.name || ' reçu le ' || to_char(f.received_at, 'YYYY-MM-DD')
			from best b
			cross join lateral (values %s) s(field, raw_row_id)
			join raw_row w on w.id = s.raw_row_id join source_file f on f.id = w.file_id""".formatted(
			FIELDS.stream().map(field -> BestValue.of(field) + " as " + field).collect(Collectors.joining(", ")),
			FIELDS.stream().map(field -> BestValue.sourceOf(field) + " as source_" + field).collect(Collectors.joining(", ")),
			FIELDS.stream().map(field -> field + " = coalesce(g." + field + ", p." + field + ")").collect(Collectors.joining(", ")),
			ARRAY_FIELDS.stream().map(field -> field + " = " + BestValue.ofArray(field, "p.id", "f.status <> 'SUPERSEDED'"))
				.collect(Collectors.joining(", ")),
			FIELDS.stream().map(field -> "('" + field + "', b.source_" + field + ")").collect(Collectors.joining(", ")));

	private final JdbcTemplate jdbc;

	GoldenRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates the poles founded by records: each pair is a new pole's id and its founding raw row. */
	void create(List<Object[]> founders) {
		this.jdbc.update("""
				insert into pole (id, name, name_key)
				select u.id, r.name, r.name_key from unnest(?::text[], ?::bigint[]) as u(id, raw_row_id)
				join pole_record r on r.raw_row_id = u.raw_row_id""",
				founders.stream().map(founder -> (String) founder[0]).toArray(String[]::new),
				founders.stream().map(founder -> (Long) founder[1]).toArray(Long[]::new));
	}

	/** Recomputes the golden record of the poles that have records in the given files. */
	public void refreshPolesOfFiles(Collection<Long> fileIds) {
		refresh(this.jdbc.queryForList("select distinct pole_id from pole_record where file_id = any(?) and pole_id is not null",
				String.class, (Object) fileIds.toArray(Long[]::new)));
	}

	/**
	 * Recomputes the golden record of the given poles from all their records, and its provenance: the best value
	 * of each field and the raw row it came from are found in one pass over the poles' records.
	 */
	void refresh(Collection<String> poleIds) {
		if (poleIds.isEmpty()) {
			return;
		}
		String[] ids = poleIds.toArray(String[]::new);
		this.jdbc.update("delete from pole_field_source where pole_id = any(?)", (Object) ids);
		this.jdbc.update(GOLDEN_RECORDS_AND_PROVENANCE, (Object) ids);
		applyOverrides(ids);
		this.jdbc.update("""
				insert into pole_field_source (pole_id, field, raw_row_id, rule)
				select pole_id, field, null, 'valeur fixée par ' || decided_by || ' le ' || to_char(decided_at, 'YYYY-MM-DD')
				from pole_override where pole_id = any(?)
				on conflict (pole_id, field) do update set raw_row_id = null, rule = excluded.rule""", (Object) ids);
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

}
