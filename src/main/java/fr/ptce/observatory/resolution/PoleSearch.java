package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.List;

import fr.ptce.observatory.normalisation.Names;
import fr.ptce.observatory.normalisation.Territory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.util.Assert;

/**
 * The poles found by an analyst's search, a page at a time: by words of the name, acronym, SIREN or SIRET,
 * identifier, region, département, status, network or observation year; and the values to filter on. Reads only.
 */
@Repository
public class PoleSearch {

	private final JdbcTemplate jdbc;

	PoleSearch(JdbcTemplate jdbc) {
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
					rs.getString("status"), PoleDirectory.texts(rs.getArray("networks")));
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

}
