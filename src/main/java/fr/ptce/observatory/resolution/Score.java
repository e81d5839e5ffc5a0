package fr.ptce.observatory.resolution;

import java.util.List;

/**
 * How a record compares with a pole: the level and weight of each field, and their sum.
 *
 * @param total the sum of the weights (log2 of the likelihood ratio)
 * @param fields each field's comparison, in the order of {@link Comparison}
 */
public record Score(double total, List<FieldScore> fields) {

	/** One field's comparison: its level of agreement and the weight that level carries. */
	public record FieldScore(String field, String level, double weight) {
	}

}
