package fr.ptce.observatory.resolution;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What resolution did, counted as the report's methodology states it: the pole rows of the files in force by the
 * rule that settled them, and the review queue's pairs by state.
 */
@Repository
public class ResolutionCounts {

	private final JdbcTemplate jdbc;

	ResolutionCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counts.
	 *
	 * @param rowsByRule pole rows of the files in force resolved to a pole, by the rule that settled them, in the
	 * rules' order (the methodology's)
	 * @param pendingPairs pairs waiting for an analyst
	 * @param samePairs pairs an analyst said were one pole
	 * @param differentPairs pairs an analyst said were two poles
	 */
	public record Counts(Map<MatchRule, Long> rowsByRule, long pendingPairs, long samePairs, long differentPairs) {
	}

	public Counts now() {
		Map<MatchRule, Long> byRule = new EnumMap<>(MatchRule.class);
		this.jdbc.query("""
				select r.match_rule, count(*) as rows from pole_record r
				join source_file f on f.id = r.file_id
				where r.pole_id is not null and r.match_rule is not null and f.superseded_by is null group by 1""",
				rs -> { byRule.put(MatchRule.ofCode(rs.getString("match_rule")), rs.getLong("rows")); });
		Map<String, Long> pairs = new LinkedHashMap<>();
		this.jdbc.query("select status, count(*) as pairs from review_pair group by status",
				rs -> { pairs.put(rs.getString("status"), rs.getLong("pairs")); });
		return new Counts(byRule, pairs.getOrDefault(ReviewQueue.PairStatus.PENDING.name(), 0L),
				pairs.getOrDefault(ReviewQueue.Decision.SAME.name(), 0L),
				pairs.getOrDefault(ReviewQueue.Decision.DIFFERENT.name(), 0L));
	}

}
