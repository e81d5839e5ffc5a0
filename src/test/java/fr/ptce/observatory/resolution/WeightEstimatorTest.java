package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * EM recovers the match share and the m/u probabilities of pairs drawn from a known Fellegi–Sunter model,
 * starting from the shipped settings.
 */
class WeightEstimatorTest {

	@Test
	void recoversTheProbabilitiesThePairsWereDrawnFrom() {
		MatchingSettings shipped = MatchingSettings.bundled();
		// the truth: 20 % of pairs are matches; names agree exactly in 70 % of matches and 1 % of non-matches...
		Map<Comparison, Map<String, double[]>> truth = new EnumMap<>(Comparison.class);
		truth.put(Comparison.NAME, Map.of("identique", new double[] { 0.70, 0.01 }, "proche", new double[] { 0.20, 0.04 },
				"partiel", new double[] { 0.05, 0.10 }, "territoire-seul", new double[] { 0.03, 0.15 }, "different",
				new double[] { 0.02, 0.70 }));
		truth.put(Comparison.TERRITORY, Map.of("commune", new double[] { 0.80, 0.05 }, "departement",
				new double[] { 0.15, 0.15 }, "region", new double[] { 0.03, 0.30 }, "different", new double[] { 0.02, 0.50 }));
		truth.put(Comparison.DOMAIN, Map.of("identique", new double[] { 0.90, 0.02 }, "different", new double[] { 0.10, 0.98 }));
		Random random = new Random(42);
		List<MatchLevel[]> pairs = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			boolean match = random.nextDouble() < 0.2;
			String[] levels = new String[Comparison.values().length];
			for (Comparison comparison : Comparison.values()) {
				Map<String, double[]> levelsOf = truth.get(comparison);
				levels[comparison.ordinal()] = (levelsOf == null) ? MatchLevel.ABSENT.code() : draw(levelsOf, match, random);
			}
			pairs.add(java.util.Arrays.stream(levels).map(code -> MatchLevel.ofCode(code).orElseThrow())
				.toArray(MatchLevel[]::new));
		}

		WeightEstimator.Estimate estimate = WeightEstimator.estimate(pairs, shipped, 200);

		assertThat(estimate.matchShare()).isCloseTo(0.2, within(0.02));
		assertThat(estimate.probabilities().get(Comparison.NAME).get(MatchLevel.IDENTICAL).m()).isCloseTo(0.70, within(0.03));
		assertThat(estimate.probabilities().get(Comparison.NAME).get(MatchLevel.IDENTICAL).u()).isCloseTo(0.01, within(0.01));
		assertThat(estimate.probabilities().get(Comparison.TERRITORY).get(MatchLevel.SAME_COMMUNE).m()).isCloseTo(0.80, within(0.03));
		assertThat(estimate.probabilities().get(Comparison.DOMAIN).get(MatchLevel.IDENTICAL).u()).isCloseTo(0.02, within(0.01));
	}

	private static String draw(Map<String, double[]> levels, boolean match, Random random) {
		double x = random.nextDouble();
		double cumulated = 0;
		String last = null;
		for (Map.Entry<String, double[]> level : new java.util.TreeMap<>(levels).entrySet()) {
			cumulated += level.getValue()[match ? 0 : 1];
			last = level.getKey();
			if (x < cumulated) {
				return last;
			}
		}
		return last;
	}

}
