package fr.ptce.observatory.resolution;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The measures of the gold-set test, checked on clusterings computed by hand. */
class ClusterMetricsTest {

	@Test
	void aPerfectClusteringScoresOne() {
		Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "y");
		ClusterMetrics metrics = ClusterMetrics.of(truth, Map.of("a", "1", "b", "1", "c", "2"));
		assertThat(metrics.bcubedF1()).isEqualTo(1.0);
		assertThat(metrics.pairwiseF1()).isEqualTo(1.0);
	}

	@Test
	void aWrongMergeLowersPrecisionAndAMissedOneLowersRecall() {
		// truth: {a, b} {c}; prediction: {a} {b, c}
		Map<String, String> truth = Map.of("a", "x", "b", "x", "c", "y");
		ClusterMetrics metrics = ClusterMetrics.of(truth, Map.of("a", "1", "b", "2", "c", "2"));
		// pairs: true {ab}, predicted {bc}: none in common
		assertThat(metrics.pairwisePrecision()).isZero();
		assertThat(metrics.pairwiseRecall()).isZero();
		// B-cubed precision: a 1/1, b 1/2, c 1/2 -> 2/3; recall: a 1/2, b 1/2, c 1/1 -> 2/3
		assertThat(metrics.bcubedPrecision()).isCloseTo(2.0 / 3, within(1e-9));
		assertThat(metrics.bcubedRecall()).isCloseTo(2.0 / 3, within(1e-9));
	}

}
