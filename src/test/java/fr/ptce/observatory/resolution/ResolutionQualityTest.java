package fr.ptce.observatory.resolution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.operations.ImportResults;
import fr.ptce.observatory.operations.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution measured on the gold set of {@code input-samples/gold-set.md}: the samples are imported as the
 * nightly run would, and the poles found are compared with the true poles. The figures are printed.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResolutionQualityTest {

	@Autowired
	Runs runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MatchingSettings settings;

	GoldSet gold;

	Map<String, String> predicted = new HashMap<>();

	Map<String, String> rules = new HashMap<>();

	JobExecution execution;

	@BeforeAll
	void importTheSamples() throws Exception {
		TestDatabase.empty(this.jdbc);
		this.gold = GoldSet.read(Path.of("input-samples/gold-set.md"));
		this.execution = this.runs.importInbox(Path.of("input-samples"));
		JobExecution execution = this.execution;
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.jdbc.query("""
				select f.name, w.sheet, w.row_number, r.pole_id, r.match_rule from pole_record r
				join raw_row w on w.id = r.raw_row_id join source_file f on f.id = r.file_id
				where r.pole_id is not null""", rs -> {
			String key = GoldSet.key(rs.getString(1), rs.getString(2), rs.getInt(3));
			this.predicted.put(key, rs.getString(4));
			this.rules.put(key, rs.getString(5));
		});
	}

	@Test
	void everyLabelledRowIsResolvedAndEveryResolvedRowIsLabelled() {
		assertThat(this.predicted.keySet()).containsExactlyInAnyOrderElementsOf(this.gold.labels().keySet());
	}

	@Test
	void clustersMatchTheGoldSet() {
		ClusterMetrics metrics = ClusterMetrics.of(this.gold.labels(), this.predicted);
		double autoMergePrecision = autoMergePrecision();
		System.out.printf("""
				Gold set: %d rows, %d true poles, %d poles found
				  pairwise  precision %.3f  recall %.3f  F1 %.3f
				  B-cubed   precision %.3f  recall %.3f  F1 %.3f
				  auto-merge precision %.3f (%d rows merged by score)
				  pairs left for review: %d%n""", this.gold.labels().size(),
				new HashSet<>(this.gold.labels().values()).size(), new HashSet<>(this.predicted.values()).size(),
				metrics.pairwisePrecision(), metrics.pairwiseRecall(), metrics.pairwiseF1(), metrics.bcubedPrecision(),
				metrics.bcubedRecall(), metrics.bcubedF1(), autoMergePrecision,
				this.rules.values().stream().filter("score"::equals).count(),
				this.jdbc.queryForObject("select count(*) from review_pair where status = 'PENDING'", Integer.class));
		assertThat(metrics.bcubedF1()).isGreaterThanOrEqualTo(0.97);
		assertThat(autoMergePrecision).isGreaterThanOrEqualTo(0.99);
	}

	@Test
	void blockingKeepsTheTruePairsAndSavesComparisons() {
		Evidence evidence = new Evidence(this.settings);
		Blocks blocks = new Blocks(this.settings.blockLimit(), this.settings.blockLimit(), this.settings.genericWords(), word -> false);
		Map<String, Set<String>> keys = new HashMap<>();
		Map<String, Set<String>> meetingKeys = new HashMap<>();
		this.jdbc.query("select f.name, w.sheet, w.row_number, " + Evidence.COLUMNS + """
				 from pole_record r join raw_row w on w.id = r.raw_row_id join source_file f on f.id = r.file_id
				where r.pole_id is not null""", rs -> {
			String row = GoldSet.key(rs.getString(1), rs.getString(2), rs.getInt(3));
			ResolvableRecord record = evidence.read(rs, Set.of());
			keys.put(row, blocks.keys(record));
			meetingKeys.put(row, blocks.meetingKeys(record));
		});
		List<String> rows = new ArrayList<>(this.gold.labels().keySet());
		int truePairs = 0;
		int kept = 0;
		for (int i = 0; i < rows.size(); i++) {
			for (int j = i + 1; j < rows.size(); j++) {
				if (this.gold.labels().get(rows.get(i)).equals(this.gold.labels().get(rows.get(j)))) {
					truePairs++;
					// one row looks up the other's pole (either way round: the keys meet alike)
					Set<String> shared = new HashSet<>(meetingKeys.get(rows.get(j)));
					shared.retainAll(keys.get(rows.get(i)));
					kept += shared.isEmpty() ? 0 : 1;
				}
			}
		}
		PoleResolver.Summary summary = ImportResults.resolution(this.execution).orElseThrow();
		long comparisons = summary.comparisons();
		long possible = summary.possibleComparisons();
		double recall = (double) kept / truePairs;
		double saved = 1 - (double) comparisons / possible;
		System.out.printf("Blocking: recall %.3f (%d of %d true pairs meet through a key); %d comparisons of %d (%.0f %% saved)%n",
				recall, kept, truePairs, comparisons, possible, 100 * saved);
		assertThat(recall).isEqualTo(1.0);
		assertThat(saved).isGreaterThan(0.5);
	}

	/** The share of rows merged by score whose true pole is the true pole of the row that founded their pole. */
	private double autoMergePrecision() {
		Map<String, String> founders = new HashMap<>();
		this.rules.forEach((row, rule) -> {
			if (!"score".equals(rule) && !"siren".equals(rule) && !"rna".equals(rule) && !"lien".equals(rule)) {
				founders.put(this.predicted.get(row), this.gold.labels().get(row));
			}
		});
		long merged = 0;
		long right = 0;
		for (Map.Entry<String, String> row : this.rules.entrySet()) {
			if ("score".equals(row.getValue())) {
				merged++;
				right += this.gold.labels().get(row.getKey()).equals(founders.get(this.predicted.get(row.getKey()))) ? 1 : 0;
			}
		}
		return (merged == 0) ? 1 : (double) right / merged;
	}

}
