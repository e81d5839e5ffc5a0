package fr.ptce.observatory.indicators;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of each pole in an observation year ({@code pole_year}), as the networks reported it that year:
 * a pole is observed in a year when at least one accepted or merged record of that year, from a file that
 * is imported and not superseded by a corrected one, resolves to it; its status is the latest one reported
 * that year.
 */
@Repository
public class YearlyFacts {

	private final JdbcTemplate jdbc;

	YearlyFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Rebuilds the facts of one year from the records; returns how many poles were observed. */
	@Transactional
	public int rebuild(int year) {
		this.jdbc.update("delete from pole_year where year = ?", year);
		return this.jdbc.update("""
				insert into pole_year (pole_id, year, status, legal_form, region, departement)
				select r.pole_id, ?,
				       (array_agg(r.status order by f.received_at desc, f.id desc, r.raw_row_id)
				            filter (where r.status is not null))[1],
				       p.legal_form, p.region, p.departement
				from pole_record r
				join source_file f on f.id = r.file_id
				join pole p on p.id = r.pole_id
				where r.observation_year = ? and r.outcome in ('ACCEPTED', 'MERGED') and f.status = 'IMPORTED'
				group by r.pole_id, p.legal_form, p.region, p.departement""", year, year);
	}

	/** The observation years with at least one resolved record, latest first. */
	public java.util.List<Integer> observedYears() {
		return this.jdbc.queryForList("""
				select distinct observation_year from pole_record
				where outcome in ('ACCEPTED', 'MERGED') and observation_year is not null
				order by observation_year desc""", Integer.class);
	}

}
