package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.normalisation.Names;
import fr.ptce.observatory.normalisation.Territory;

import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * The poles as pages and the API show them: a pole's golden record with the source of each field, the rows it was
 * made from and the identifiers it absorbed. Reads only; resolution writes the poles.
 */
@Repository
public class PoleDirectory {

	private static final ColumnMapRowMapper COLUMNS = new ColumnMapRowMapper();

	private final JdbcTemplate jdbc;

	PoleDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What an analyst looks for; every criterion is optional.
	 *
	 * @param text words of the name (accents and small words aside), an acronym, a SIREN or SIRET, an identifier
	 * @param region a region's code ({@code 84})
	 * @param departement a département's code ({@code 69})
	 * @param status a status as stored ({@code actif})
	 * @param network a network as its files name it
	 * @param year an observation year: poles described by a file of that year
	 */
	public record Query(String text, String region, String departement, String status, String network, Integer year) {

		public static Query everything() {
			return new Query(null, null, null, null, null, null);
		}

	}

	/** A pole in a list: where it is, with names for the codes, and the networks whose files describe it. */
	public record Summary(String id, String name, String acronym, String commune, String departement,
			String departementName, String region, String regionName, String status, List<String> networks) {
	}

	/** A page of poles found, by name, and how many were found in all. */
	public record Found(List<Summary> poles, long total, int page, int size) {

		public int pages() {
			return (int) ((this.total + this.size - 1) / this.size);
		}

	}

	/** The poles that answer a query, by name, a page at a time (pages from 0). */
	public Found search(Query query, int page, int size) {
		Assert.isTrue(page >= 0 && size > 0 && size <= 500, "Page à partir de 0, de 1 à 500 pôles");
		List<Object> parameters = new ArrayList<>();
		String where = where(query, parameters);
		Long total = this.jdbc.queryForObject("select count(*) from pole p" + where, Long.class, parameters.toArray());
		List<Object> paged = new ArrayList<>(parameters);
		paged.add(size);
		paged.add((long) page * size);
		Territory territory = Territory.official();
		List<Summary> poles = this.jdbc.query("""
				select p.id, p.name, p.acronym, p.commune, p.departement, p.region, p.status,
				       array(select distinct f.network from pole_record r join source_file f on f.id = r.file_id
				             where r.pole_id = p.id and f.network is not null order by 1) as networks
				from pole p""" + where + " order by p.name_key, p.id limit ? offset ?", (rs, n) -> {
			String departement = rs.getString("departement");
			String region = rs.getString("region");
			return new Summary(rs.getString("id"), rs.getString("name"), rs.getString("acronym"), rs.getString("commune"),
					departement,
					(departement != null) ? territory.departement(departement).map(Territory.Departement::name).orElse(null)
							: null,
					region, (region != null) ? territory.region(region).map(Territory.Region::name).orElse(null) : null,
					rs.getString("status"), texts(rs.getArray("networks")));
		}, paged.toArray());
		return new Found(poles, (total != null) ? total : 0, page, size);
	}

	private static String where(Query query, List<Object> parameters) {
		List<String> conditions = new ArrayList<>();
		if (query.text() != null && !query.text().isBlank()) {
			String text = query.text().strip();
			List<String> alternatives = new ArrayList<>();
			String key = Names.matchingKey(text);
			if (!key.isEmpty()) {
				List<String> words = List.of(key.split(" "));
				alternatives.add("(" + String.join(" and ", words.stream().map(word -> "(' ' || p.name_key || ' ') like ?")
					.toList()) + ")");
				words.forEach(word -> parameters.add("% " + word.replace("%", "").replace("_", "") + "%"));
			}
			alternatives.add("lower(p.acronym) = lower(?)");
			parameters.add(text);
			alternatives.add("p.id = upper(?)");
			parameters.add(text);
			String digits = text.replaceAll("[\\s.]", "");
			if (digits.matches("\\d{9}|\\d{14}")) {
				alternatives.add("exists (select 1 from pole_record r where r.pole_id = p.id and r.siren = ?)");
				parameters.add(digits.substring(0, 9));
			}
			conditions.add("(" + String.join(" or ", alternatives) + ")");
		}
		condition(conditions, parameters, "p.region = ?", query.region());
		condition(conditions, parameters, "p.departement = ?", query.departement());
		condition(conditions, parameters, "p.status = ?", query.status());
		condition(conditions, parameters, "exists (select 1 from pole_record r join source_file f on f.id = r.file_id "
				+ "where r.pole_id = p.id and f.network = ?)", query.network());
		if (query.year() != null) {
			conditions.add("exists (select 1 from pole_record r where r.pole_id = p.id and r.observation_year = ?)");
			parameters.add(query.year());
		}
		return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
	}

	private static void condition(List<String> conditions, List<Object> parameters, String condition, String value) {
		if (value != null && !value.isBlank()) {
			conditions.add(condition);
			parameters.add(value.strip());
		}
	}

	/** A text array as a list; {@code null} stays {@code null}. */
	private static List<String> texts(java.sql.Array array) throws java.sql.SQLException {
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

	/** The values to filter on, as found among the poles: statuses and networks, in order. */
	public List<String> statuses() {
		return this.jdbc.queryForList("select distinct status from pole where status is not null order by 1",
				String.class);
	}

	public List<String> networks() {
		return this.jdbc.queryForList("""
				select distinct f.network from pole_record r join source_file f on f.id = r.file_id
				where r.pole_id is not null and f.network is not null order by 1""", String.class);
	}

	/** How many poles are known (absorbed ones not counted: they are gone). */
	public long count() {
		Long count = this.jdbc.queryForObject("select count(*) from pole", Long.class);
		return (count != null) ? count : 0;
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
