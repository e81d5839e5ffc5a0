package fr.ptce.observatory.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and B-cubed precision, recall and F1 of a clustering against the truth, both given as a label per
 * item (items missing from the prediction are not counted).
 */
record ClusterMetrics(double pairwisePrecision, double pairwiseRecall, double bcubedPrecision, double bcubedRecall) {

	static ClusterMetrics of(Map<String, String> truth, Map<String, String> predicted) {
		List<String> items = truth.keySet().stream().filter(predicted::containsKey).sorted().toList();
		long truePairs = 0;
		long predictedPairs = 0;
		long bothPairs = 0;
		for (int i = 0; i < items.size(); i++) {
			for (int j = i + 1; j < items.size(); j++) {
				boolean sameTruth = truth.get(items.get(i)).equals(truth.get(items.get(j)));
				boolean samePrediction = predicted.get(items.get(i)).equals(predicted.get(items.get(j)));
				truePairs += sameTruth ? 1 : 0;
				predictedPairs += samePrediction ? 1 : 0;
				bothPairs += (sameTruth && samePrediction) ? 1 : 0;
			}
		}
		Map<String, Integer> truthSizes = new HashMap<>();
		Map<String, Integer> predictedSizes = new HashMap<>();
		Map<String, Integer> overlaps = new HashMap<>();
		for (String item : items) {
			truthSizes.merge(truth.get(item), 1, Integer::sum);
			predictedSizes.merge(predicted.get(item), 1, Integer::sum);
			overlaps.merge(truth.get(item) + "\u0000" + predicted.get(item), 1, Integer::sum);
		}
		double precision = 0;
		double recall = 0;
		for (String item : items) {
			int overlap = overlaps.get(truth.get(item) + "\u0000" + predicted.get(item));
			precision += (double) overlap / predictedSizes.get(predicted.get(item));
			recall += (double) overlap / truthSizes.get(truth.get(item));
		}
		return new ClusterMetrics(ratio(bothPairs, predictedPairs), ratio(bothPairs, truePairs),
				precision / items.size(), recall / items.size());
	}

	double pairwiseF1() {
		return f1(this.pairwisePrecision, this.pairwiseRecall);
	}

	double bcubedF1() {
		return f1(this.bcubedPrecision, this.bcubedRecall);
	}

	private static double f1(double precision, double recall) {
		return (precision + recall == 0) ? 0 : 2 * precision * recall / (precision + recall);
	}

	private static double ratio(long part, long whole) {
		return (whole == 0) ? 1 : (double) part / whole;
	}

}
