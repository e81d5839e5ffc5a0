package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;

/**
 * A record's evidence and its scores against its candidates, worked out before its batch is resolved
 * ({@link KnownPoles#scoreAhead}): how many poles its keys held then, the poles it met that it may join (in identifier
 * order, each scored) and those it may not, and its best score with its pole (the first in identifier order among
 * equals; {@code null} and minus infinity without a candidate), which a row may claim before its file's other rows
 * take it.
 */
record Ahead(ResolvableRecord record, Map<PoleProfile, Score> scores, Blocks.Meeting meeting,
		List<PoleProfile> candidates, List<PoleProfile> barred, String bestPole, double bestTotal) {

	static Ahead linked(ResolvableRecord record) {
		return new Ahead(record, Map.of(), null, List.of(), List.of(), null, Double.NEGATIVE_INFINITY);
	}

}
