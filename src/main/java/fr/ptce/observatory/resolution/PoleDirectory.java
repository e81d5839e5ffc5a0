package fr.ptce.observatory.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The poles as pages and the API show them: a pole's golden record with the source of each field, the rows it was
 * made from and the identifiers it absorbed. Reads only; resolution writes the poles.
 */
@Repository
public class PoleDirectory {

	private final JdbcTemplate jdbc;

	PoleDirectory(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many poles are known (absorbed ones not counted: they are gone). */
	public long count() {
		Long count = this.jdbc.queryForObject("select count(*) from pole", Long.class);
		return (count != null) ? count : 0;
	}

	public boolean exists(String id) {
		return !this.jdbc.queryForList("select id from pole where id = ?", String.class, id).isEmpty();
	}

	/**
	 * A pole's sheet: its golden record, {@code sources} (the file, sheet and row each field was taken from, and by
	 * which rule), {@code rows} (the rows resolved to it, with their outcome) and {@code absorbed} (the identifiers
	 * it absorbed); empty when no pole has that identifier.
	 */
	public Optional<Map<String, Object>> sheet(String id) {
		List<Map<String, Object>> poles = this.jdbc.queryForList("""
				select id, name, acronym, carrier_name, siret, siret_role, rna, legal_form, postal_code, commune, departement,
				       region, creation_year, status, website, laureates::text as laureates, sectors::text as sectors,
				       created_at::text as created_at, updated_at::text as updated_at
				from pole where id = ?""", id);
		if (poles.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> pole = new LinkedHashMap<>(poles.get(0));
		pole.put("sources", this.jdbc.queryForList("""
				select s.field, f.name as file, w.sheet, w.row_number as row, s.rule from pole_field_source s
				left join raw_row w on w.id = s.raw_row_id left join source_file f on f.id = w.file_id
				where s.pole_id = ? order by s.field""", id));
		pole.put("rows", this.jdbc.queryForList("""
				select r.raw_row_id as id, f.name as file, w.sheet, w.row_number as row, r.outcome, r.match_rule, r.match_score
				from pole_record r join raw_row w on w.id = r.raw_row_id join source_file f on f.id = r.file_id
				where r.pole_id = ? order by r.raw_row_id""", id));
		pole.put("absorbed", this.jdbc.queryForList("select from_id from pole_redirect where to_id = ? order by from_id",
				String.class, id));
		return Optional.of(pole);
	}

}
