package fr.ptce.observatory.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.normalisation.Territory;

import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One pole as pages and the API show it: its golden record with the source of each field, the rows it was made
 * from, the identifiers it absorbed, its years and its members. Reads only; resolution writes the poles.
 * {@link PoleSearch} finds them.
 */
@Repository
public class PoleDirectory {

	private static final ColumnMapRowMapper COLUMNS = new ColumnMapRowMapper();

	private final JdbcTemplate jdbc;

	PoleDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A text array as a list; {@code null} stays {@code null}. */
	static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : null;
	}

	private static String instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		java.time.OffsetDateTime instant = rs.getObject(column, java.time.OffsetDateTime.class);
		return (instant != null) ? instant.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString() : null;
	}

	private static List<String> sorted(List<String> texts) {
		return (texts != null) ? texts.stream().sorted().toList() : null;
	}

	private static List<Integer> integers(java.sql.Array array) throws java.sql.SQLException {
		return (array != null) ? List.of((Integer[]) array.getArray()) : List.of();
	}

	public boolean exists(String id) {
		return !this.jdbc.queryForList("select id from pole where id = ?", String.class, id).isEmpty();
	}

	/** A year the networks described a pole: who did, the status they declared last, its rows and members. */
	public record YearLine(int year, List<String> networks, String status, int rows, int members) {
	}

	/** An organisation a network declared a member of the pole, with the networks and years that declared it. */
	public record MemberLine(String id, String name, String category, boolean siae, String departement,
			String departementName, Integer yearJoined, List<String> networks, List<Integer> years) {
	}

	/**
	 * The pole year by year, latest first, as the files still in force describe it (a corrected file replaces its
	 * earlier version): the networks, the status declared last that year, the rows, and the members listed by the
	 * files that describe it that year.
	 */
	public List<YearLine> years(String id) {
		return this.jdbc.query("""
				select r.observation_year as year,
				       array_agg(distinct coalesce(f.network, ?)) as networks,
				       (array_agg(r.status order by f.received_at desc, r.raw_row_id desc)
				            filter (where r.status is not null))[1] as status,
				       count(*) as rows,
				       (select count(distinct m.member_id) from member_record m join pole_record p
				               on p.file_id = m.file_id and p.pole_id = m.pole_id
				               join source_file mf on mf.id = m.file_id and mf.superseded_by is null
				        where m.pole_id = r.pole_id and p.observation_year = r.observation_year) as members
				from pole_record r join source_file f on f.id = r.file_id
				where r.pole_id = ? and r.observation_year is not null and f.superseded_by is null
				group by r.pole_id, r.observation_year order by r.observation_year desc""",
				(rs, n) -> new YearLine(rs.getInt("year"), sorted(texts(rs.getArray("networks"))), rs.getString("status"),
						rs.getInt("rows"), rs.getInt("members")),
				NO_NETWORK, id);
	}

	/** The pole's member organisations, by name, as the files still in force list them. */
	public List<MemberLine> members(String id) {
		Territory territory = Territory.official();
		return this.jdbc.query("""
				select o.id, o.name, o.category, o.departement, bool_or(m.siae) as siae, min(m.year_joined) as year_joined,
				       array_agg(distinct coalesce(f.network, ?)) as networks,
				       array_remove(array_agg(distinct p.observation_year order by p.observation_year), null) as years
				from member_record m join member o on o.id = m.member_id join source_file f on f.id = m.file_id
				left join lateral (select max(r.observation_year) as observation_year from pole_record r
				                   where r.file_id = m.file_id and r.pole_id = m.pole_id) p on true
				where m.pole_id = ? and f.superseded_by is null
				group by o.id, o.name, o.category, o.departement order by o.name, o.id""", (rs, n) -> new MemberLine(rs.getString("id"), rs.getString("name"),
					rs.getString("category"), rs.getBoolean("siae"), rs.getString("departement"),
					Optional.ofNullable(rs.getString("departement")).flatMap(territory::departement)
						.map(Territory.Departement::name).orElse(null),
					(Integer) rs.getObject("year_joined"), sorted(texts(rs.getArray("networks"))),
					integers(rs.getArray("years"))),
				NO_NETWORK, id);
	}

	/** How a file whose network is not known is named in the pole's history. */
	static final String NO_NETWORK = "Réseau non identifié";

	/**
	 * A pole's sheet: its golden record, {@code sources} (the file, sheet and row each field was taken from, and by
	 * which rule), {@code rows} (the rows resolved to it, with their outcome) and {@code absorbed} (the identifiers
	 * it absorbed); empty when no pole has that identifier.
	 */
	public Optional<Map<String, Object>> sheet(String id) {
		// text arrays as lists ({@code null}: not known, as the networks' files did not say)
		List<Map<String, Object>> poles = this.jdbc.query("""
				select id, name, acronym, carrier_name, siret, siret_role, rna, legal_form, postal_code, commune, departement,
				       region, creation_year, status, website, laureates, sectors, created_at, updated_at
				from pole where id = ?""", (rs, n) -> {
			Map<String, Object> row = new LinkedHashMap<>(COLUMNS.mapRow(rs, n));
			row.put("laureates", texts(rs.getArray("laureates")));
			row.put("sectors", texts(rs.getArray("sectors")));
			// names beside the codes, and instants in ISO 8601 (2026-12-01T02:48:38Z)
			Territory territory = Territory.official();
			row.put("departement_name", Optional.ofNullable(rs.getString("departement")).flatMap(territory::departement)
				.map(Territory.Departement::name).orElse(null));
			row.put("region_name", Optional.ofNullable(rs.getString("region")).flatMap(territory::region)
				.map(Territory.Region::name).orElse(null));
			row.put("created_at", instant(rs, "created_at"));
			row.put("updated_at", instant(rs, "updated_at"));
			return row;
		}, id);
		if (poles.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> pole = poles.get(0);
		pole.put("sources", this.jdbc.queryForList("""
				select s.field, f.name as file, w.sheet, w.row_number as row, s.rule from pole_field_source s
				left join raw_row w on w.id = s.raw_row_id left join source_file f on f.id = w.file_id
				where s.pole_id = ? order by s.field""", id));
		pole.put("rows", this.jdbc.queryForList("""
				select r.raw_row_id as id, f.name as file, w.sheet, w.row_number as row, r.outcome::text as outcome,
				       r.match_rule::text as match_rule, r.match_score
				from pole_record r join raw_row w on w.id = r.raw_row_id join source_file f on f.id = r.file_id
				where r.pole_id = ? order by r.raw_row_id""", id));
		pole.put("absorbed", this.jdbc.queryForList("select from_id from pole_redirect where to_id = ? order by from_id",
				String.class, id));
		pole.put("years", years(id));
		pole.put("members", members(id));
		return Optional.of(pole);
	}

}
