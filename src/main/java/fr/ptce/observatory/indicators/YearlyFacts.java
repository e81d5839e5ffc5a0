package fr.ptce.observatory.indicators;

import java.util.List;

import fr.ptce.observatory.resolution.BestValue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The state of each pole in an observation year ({@code pole_year}), as the networks reported it that year:
 * a pole is observed in a year when at least one accepted or merged record of that year, from a file that
 * is imported and not superseded by a corrected one, resolves to it; its status is the latest one reported
 * that year. Each yearly fact (status, creation year, jobs, budget, member counts, laureates, sectors) is the
 * value reported that year by the network of highest priority, then the most recent file; the legal form
 * and the territory come from the pole's golden record.
 */
@Repository
public class YearlyFacts {

	private final JdbcTemplate jdbc;

	YearlyFacts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The facts a network reports each year; the pole's golden record gives the rest. */
	private static final List<String> YEARLY = List.of("status", "creation_year", "jobs_created", "fte", "budget",
			"members_ess", "members_classic", "members_authorities", "members_research", "members_training",
			"members_siae", "members_other");

	private static final String COUNTED = "r.observation_year = %d and r.outcome in ('ACCEPTED', 'MERGED') and f.status = 'IMPORTED'";

	/** Rebuilds the facts of one year from the records; returns how many poles were observed. */
	@Transactional
	public int rebuild(int year) {
		this.jdbc.update("delete from pole_year where year = ?", year);
		String counted = COUNTED.formatted(year);
		String sql = "insert into pole_year (pole_id, year, legal_form, region, departement, laureates, sectors, "
				+ String.join(", ", YEARLY) + ") select r.pole_id, " + year
				+ ", p.legal_form, p.region, p.departement, "
				+ BestValue.ofArray("laureates", "p.id", counted) + ", "
				+ BestValue.ofArray("sectors", "p.id", counted) + ", "
				+ String.join(", ", YEARLY.stream().map(BestValue::of).toList())
				+ " from pole_record r join source_file f on f.id = r.file_id join pole p on p.id = r.pole_id where "
				+ counted + " group by r.pole_id, p.id";
		return this.jdbc.update(sql);
	}

	/** The observation years with at least one resolved record, latest first. */
	public List<Integer> observedYears() {
		return this.jdbc.queryForList("""
				select distinct observation_year from pole_record
				where outcome in ('ACCEPTED', 'MERGED') and observation_year is not null
				order by observation_year desc""", Integer.class);
	}

}
