package fr.ptce.observatory.resolution;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates the m and u probabilities of each comparison level from unlabelled pairs, by
 * expectation-maximisation under the Fellegi–Sunter model (fields independent given match status). An absent
 * field tells nothing and is left out of both steps. Starts from the configured probabilities, so the labels
 * "match" and "non-match" keep their meaning.
 */
public final class WeightEstimator {

	/** What the estimation found. */
	public record Estimate(double matchShare, int pairs, int iterations,
			Map<Comparison, Map<MatchLevel, MatchingSettings.Probabilities>> probabilities) {
	}

	private static final double FLOOR = 1e-4;

	private WeightEstimator() {
	}

	/**
	 * @param pairs one level per {@link Comparison} (in its order) for each compared pair
	 * @param start the probabilities to start from
	 */
	public static Estimate estimate(List<MatchLevel[]> pairs, MatchingSettings start, int maxIterations) {
		Comparison[] comparisons = Comparison.values();
		Map<Comparison, Map<MatchLevel, double[]>> mu = new EnumMap<>(Comparison.class);
		for (Comparison comparison : comparisons) {
			Map<MatchLevel, double[]> levels = new EnumMap<>(MatchLevel.class);
			start.probabilities().get(comparison)
				.forEach((level, p) -> levels.put(level, new double[] { p.m(), p.u() }));
			mu.put(comparison, levels);
		}
		double share = 0.1;
		int iteration = 0;
		double[] posterior = new double[pairs.size()];
		for (; iteration < maxIterations; iteration++) {
			// expectation: the probability that each pair is a match
			double total = 0;
			for (int i = 0; i < pairs.size(); i++) {
				double match = share;
				double nonMatch = 1 - share;
				MatchLevel[] levels = pairs.get(i);
				for (int c = 0; c < comparisons.length; c++) {
					double[] p = mu.get(comparisons[c]).get(levels[c]);
					if (p != null) {
						match *= p[0];
						nonMatch *= p[1];
					}
				}
				posterior[i] = match / (match + nonMatch);
				total += posterior[i];
			}
			// maximisation: the share of matches and each level's frequency among matches and non-matches
			double previousShare = share;
			share = Math.min(Math.max(total / Math.max(pairs.size(), 1), FLOOR), 1 - FLOOR);
			for (int c = 0; c < comparisons.length; c++) {
				Map<MatchLevel, double[]> counts = new EnumMap<>(MatchLevel.class);
				double matches = 0;
				double nonMatches = 0;
				for (int i = 0; i < pairs.size(); i++) {
					MatchLevel level = pairs.get(i)[c];
					if (!mu.get(comparisons[c]).containsKey(level)) {
						continue;
					}
					double[] count = counts.computeIfAbsent(level, key -> new double[2]);
					count[0] += posterior[i];
					count[1] += 1 - posterior[i];
					matches += posterior[i];
					nonMatches += 1 - posterior[i];
				}
				for (Map.Entry<MatchLevel, double[]> level : mu.get(comparisons[c]).entrySet()) {
					double[] count = counts.getOrDefault(level.getKey(), new double[2]);
					if (matches > 0) {
						level.getValue()[0] = clamp(count[0] / matches);
					}
					if (nonMatches > 0) {
						level.getValue()[1] = clamp(count[1] / nonMatches);
					}
				}
			}
			if (Math.abs(share - previousShare) < 1e-7 && iteration > 0) {
				break;
			}
		}
		Map<Comparison, Map<MatchLevel, MatchingSettings.Probabilities>> estimated = new EnumMap<>(Comparison.class);
		mu.forEach((comparison, levels) -> {
			Map<MatchLevel, MatchingSettings.Probabilities> probabilities = new EnumMap<>(MatchLevel.class);
			levels.forEach((level, p) -> probabilities.put(level, new MatchingSettings.Probabilities(p[0], p[1])));
			estimated.put(comparison, probabilities);
		});
		return new Estimate(share, pairs.size(), iteration, estimated);
	}

	private static double clamp(double probability) {
		return Math.min(Math.max(probability, FLOOR), 1 - FLOOR);
	}

}
