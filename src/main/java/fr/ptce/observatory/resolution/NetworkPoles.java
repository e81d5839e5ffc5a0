package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The poles as one network sees them: those its files in force describe, and for each field of a pole's golden
 * record, its own latest value beside the value kept and the network it was taken from. Reads only.
 */
@Repository
public class NetworkPoles {

	/** The fields of the golden record a network's file can give, in the order a person reads them. */
	public static final List<String> FIELDS = List.of("name", "acronym", "carrier_name", "siret", "legal_form",
			"postal_code", "commune", "departement", "region", "creation_year", "status", "website");

	private final JdbcTemplate jdbc;

	NetworkPoles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A pole the network describes: where it is, its status, and the last year the network described it. */
	public record Described(String id, String name, String commune, String departement, String status,
			Integer lastYear) {
	}

	/**
	 * A field of the golden record beside the network's own value.
	 *
	 * @param kept the value kept ({@code null}: no network gave one)
	 * @param own the network's latest value ({@code null}: its files do not give it)
	 * @param keptFrom the network the kept value was taken from (« un fichier sans réseau identifié » when its
	 * file's network is not known), or {@code null} when an analyst set it
	 */
	public record Field(String field, String kept, String own, String keptFrom) {

		/** Whether the network's own value is the one kept (cases and spaces aside). */
		public boolean ownKept() {
			return this.own != null && this.kept != null && normal(this.own).equals(normal(this.kept));
		}

		private static String normal(String value) {
			return value.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** Whether one of the network's files in force describes the pole: what makes it the network's. */
	public boolean describes(String poleId, String network) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from pole_record r join source_file f on f.id = r.file_id
				               where r.pole_id = ? and f.network = ? and f.superseded_by is null)""", Boolean.class,
				poleId, network));
	}

	/** How many poles the network's files in force describe. */
	public int count(String network) {
		Integer count = this.jdbc.queryForObject("""
				select count(distinct r.pole_id) from pole_record r join source_file f on f.id = r.file_id
				where r.pole_id is not null and f.network = ? and f.superseded_by is null""", Integer.class, network);
		return (count != null) ? count : 0;
	}

	/** The poles the network's files in force describe, by name. */
	public List<Described> of(String network) {
		return this.jdbc.query("""
				select p.id, p.name, p.commune, p.departement, p.status, max(r.observation_year) as last_year
				from pole p join pole_record r on r.pole_id = p.id join source_file f on f.id = r.file_id
				where f.network = ? and f.superseded_by is null
				group by p.id, p.name, p.commune, p.departement, p.status order by p.name, p.id""",
				(rs, n) -> new Described(rs.getString("id"), rs.getString("name"), rs.getString("commune"),
						rs.getString("departement"), rs.getString("status"), (Integer) rs.getObject("last_year")),
				network);
	}

	/**
	 * The fields of a pole beside the network's own values; empty when none of the network's files in force
	 * describes the pole (to the network, such a pole does not exist).
	 */
	public Optional<List<Field>> fields(String poleId, String network) {
		String columns = String.join(", ", FIELDS);
		String recordColumns = String.join(", ", FIELDS.stream().map(field -> "r." + field).toList());
		List<Map<String, Object>> own = this.jdbc.queryForList("select " + recordColumns + """
				 from pole_record r join source_file f on f.id = r.file_id
				where r.pole_id = ? and f.network = ? and f.superseded_by is null
				order by f.received_at desc, r.raw_row_id desc limit 1""", poleId, network);
		if (own.isEmpty()) {
			return Optional.empty();
		}
		List<Map<String, Object>> kept = this.jdbc.queryForList("select " + columns + " from pole where id = ?", poleId);
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> sources = new HashMap<>();
		// the network a kept value came from; an analyst's value has no row, a row of a file no profile claimed has
		// no network
		this.jdbc.query("""
				select s.field, case when s.raw_row_id is null then null
				                     else coalesce(f.network, 'un fichier sans réseau identifié') end as network
				from pole_field_source s left join raw_row w on w.id = s.raw_row_id
				left join source_file f on f.id = w.file_id where s.pole_id = ?""", rs -> {
			sources.put(rs.getString("field"), rs.getString("network"));
		}, poleId);
		List<Field> fields = new ArrayList<>();
		for (String field : FIELDS) {
			fields.add(new Field(field, text(kept.get(0).get(field)), text(own.get(0).get(field)), sources.get(field)));
		}
		return Optional.of(fields);
	}

	private static String text(Object value) {
		return (value != null) ? Objects.toString(value) : null;
	}

}
