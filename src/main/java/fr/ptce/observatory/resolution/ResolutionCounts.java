package fr.ptce.observatory.resolution;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.shared.French;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What resolution did, counted as the report's methodology states it: the pole rows of the files in force by the
 * rule that settled them, and the review queue's pairs by state.
 */
@Repository
public class ResolutionCounts {

	/** The rules that settle a row, in the order the methodology lists them, with their French wording. */
	private static final Map<String, List<String>> RULES = rules();

	private final JdbcTemplate jdbc;

	ResolutionCounts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The counts.
	 *
	 * @param rowsByRule pole rows of the files in force resolved to a pole, by the rule that settled them (as
	 * stored: {@code nouveau}, {@code siren}, {@code score}…), in the order the methodology lists them
	 * @param pendingPairs pairs waiting for an analyst
	 * @param samePairs pairs an analyst said were one pole
	 * @param differentPairs pairs an analyst said were two poles
	 */
	public record Counts(Map<String, Long> rowsByRule, long pendingPairs, long samePairs, long differentPairs) {
	}

	public Counts now() {
		Map<String, Long> byRule = new LinkedHashMap<>();
		RULES.keySet().forEach(rule -> byRule.put(rule, 0L));
		this.jdbc.query("""
				select coalesce(r.match_rule, '') as rule, count(*) as rows from pole_record r
				join source_file f on f.id = r.file_id
				where r.pole_id is not null and f.superseded_by is null group by 1""",
				rs -> { byRule.merge(rs.getString("rule"), rs.getLong("rows"), Long::sum); });
		byRule.values().removeIf(rows -> rows == 0);
		Map<String, Long> pairs = new LinkedHashMap<>();
		this.jdbc.query("select status, count(*) as pairs from review_pair group by status",
				rs -> { pairs.put(rs.getString("status"), rs.getLong("pairs")); });
		return new Counts(byRule, pairs.getOrDefault("PENDING", 0L),
				pairs.getOrDefault(ReviewQueue.Decision.SAME.name(), 0L),
				pairs.getOrDefault(ReviewQueue.Decision.DIFFERENT.name(), 0L));
	}

	/** What {@code rows} rows settled by {@code rule} did, in French, agreed: « 12 ont créé un pôle ». */
	public static String wording(String rule, long rows) {
		List<String> wording = RULES.getOrDefault(rule,
				List.of("a été rattachée par une autre règle (" + rule + ")", "ont été rattachées par une autre règle ("
						+ rule + ")"));
		return French.count(rows, wording.get(0), wording.get(1));
	}

	private static Map<String, List<String>> rules() {
		Map<String, List<String>> rules = new LinkedHashMap<>();
		rules.put("nouveau", List.of("a créé un pôle", "ont créé un pôle"));
		rules.put("siren", List.of("a rejoint un pôle par le SIREN déclaré propre au pôle",
				"ont rejoint un pôle par le SIREN déclaré propre au pôle"));
		rules.put("rna", List.of("a rejoint un pôle par son numéro RNA", "ont rejoint un pôle par leur numéro RNA"));
		rules.put("score", List.of("a rejoint un pôle par un score au moins égal au seuil de fusion",
				"ont rejoint un pôle par un score au moins égal au seuil de fusion"));
		rules.put("doublon", List.of("était le doublon d'une ligne du même fichier",
				"étaient le doublon d'une ligne du même fichier"));
		rules.put("decision", List.of("a été rattachée par la décision d'un analyste",
				"ont été rattachées par la décision d'un analyste"));
		rules.put("lien", List.of("a gardé le pôle d'un import précédent du même fichier",
				"ont gardé le pôle d'un import précédent du même fichier"));
		return Collections.unmodifiableMap(rules);
	}

}
