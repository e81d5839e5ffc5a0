package fr.ptce.observatory.indicators;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
				+ BestValue.ofArrayOrUnknown("laureates", "p.id", counted) + ", "
				+ BestValue.ofArray("sectors", "p.id", counted) + ", "
				+ String.join(", ", YEARLY.stream().map(BestValue::of).toList())
				+ " from pole_record r join source_file f on f.id = r.file_id join pole p on p.id = r.pole_id where "
				+ counted + " group by r.pole_id, p.id";
		return this.jdbc.update(sql);
	}

	/** Rebuilds the facts of every observed year; returns how many pole-years were built. */
	@Transactional
	public int rebuildAll() {
		return observedYears().stream().mapToInt(this::rebuild).sum();
	}

	/** The facts of every pole observed in a year (built by {@link #rebuild(int)}), by pole identifier. */
	public List<PoleFacts> of(int year) {
		Map<String, PoleFacts.Composition> lists = new HashMap<>();
		this.jdbc.query("""
				select m.pole_id,
				       count(distinct m.organisation) filter (where m.category = 'entreprise ESS') as ess,
				       count(distinct m.organisation) filter (where m.category = 'entreprise classique') as classic,
				       count(distinct m.organisation) filter (where m.category = 'collectivité') as authorities,
				       count(distinct m.organisation) filter (where m.category = 'recherche / enseignement supérieur') as research,
				       count(distinct m.organisation) filter (where m.category = 'organisme de formation') as training,
				       count(distinct m.organisation) filter (where m.category is null or m.category not in ('entreprise ESS',
				           'entreprise classique', 'collectivité', 'recherche / enseignement supérieur',
				           'organisme de formation')) as other,
				       count(distinct m.organisation) filter (where m.siae) as siae
				from (select r.pole_id, r.category, r.siae, coalesce(r.member_id, 'ligne ' || r.raw_row_id) as organisation
				      from member_record r join source_file f on f.id = r.file_id
				      where r.outcome = 'ACCEPTED' and f.status = 'IMPORTED' and f.observation_year = ?) m
				group by m.pole_id""", rs -> {
			lists.put(rs.getString("pole_id"), new PoleFacts.Composition(rs.getInt("ess"), rs.getInt("classic"),
					rs.getInt("authorities"), rs.getInt("research"), rs.getInt("training"), rs.getInt("other"),
					rs.getInt("siae"), true));
		}, year);
		return this.jdbc.query("select * from pole_year where year = ? order by pole_id", (rs, n) -> {
			String poleId = rs.getString("pole_id");
			PoleFacts.Composition members = lists.get(poleId);
			if (members == null && hasCounts(rs)) {
				// SIAE are ESS enterprises: a network's SIAE count is part of its ESS count, never less
				members = new PoleFacts.Composition(Math.max(count(rs, "members_ess"), count(rs, "members_siae")),
						count(rs, "members_classic"), count(rs, "members_authorities"), count(rs, "members_research"),
						count(rs, "members_training"), count(rs, "members_other"), count(rs, "members_siae"), false);
			}
			return new PoleFacts(poleId, rs.getString("region"), rs.getString("departement"), rs.getString("legal_form"),
					rs.getString("status"), (Integer) rs.getObject("creation_year"), (rs.getArray("laureates") != null) ? strings(rs.getArray("laureates")) : null,
					strings(rs.getArray("sectors")), (Integer) rs.getObject("jobs_created"), rs.getBigDecimal("budget"),
					members);
		}, year);
	}

	private static boolean hasCounts(ResultSet rs) throws SQLException {
		for (String column : List.of("members_ess", "members_classic", "members_authorities", "members_research",
				"members_training", "members_siae", "members_other")) {
			if (rs.getObject(column) != null) {
				return true;
			}
		}
		return false;
	}

	private static int count(ResultSet rs, String column) throws SQLException {
		return rs.getInt(column);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	/** The observation years with at least one resolved record, latest first. */
	public List<Integer> observedYears() {
		return this.jdbc.queryForList("""
				select distinct observation_year from pole_record
				where outcome in ('ACCEPTED', 'MERGED') and observation_year is not null
				order by observation_year desc""", Integer.class);
	}

}
