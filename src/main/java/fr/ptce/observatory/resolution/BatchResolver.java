package fr.ptce.observatory.resolution;

import java.util.List;

/**
 * Resolves one batch of pending records in memory, in file and row order, against what the run knows
 * ({@link KnownPoles}), which it updates as each record founds or joins a pole:
 * <ol>
 * <li>a row imported again goes back to its pole; the same pole listed twice by one file is counted once;</li>
 * <li>hard evidence: the same own SIREN, then the same RNA;</li>
 * <li>otherwise the record is scored ({@link PairScorer}) against the poles its blocking keys reach, scored ahead on
 * every core against the poles as they stood before the batch; at or above the merge threshold it joins the best,
 * unless a later row of its file names that pole; otherwise it founds a pole, and each pole of the grey zone goes to
 * the review queue.</li>
 * </ol>
 * {@link ResolvingBatch} resolves each record. Nothing here reads or writes the database: {@link ResolutionRecords}
 * does, {@link PoleResolver} runs the batches.
 */
final class BatchResolver {

	/** A record's resolution: the pole it founds or joins, by which rule, with which score. */
	record Resolution(ResolvableRecord record, String poleId, MatchRule rule, Double score) {

		boolean founds() {
			return this.rule == MatchRule.NEW;
		}

	}

	record Review(String candidate, String founded, Score score) {
	}

	/**
	 * What became of a batch's records, to be written in one transaction: their outcomes, the review pairs, how far
	 * the poles' numbering went and the last record resolved (the next batch starts after it).
	 */
	record Batch(List<Resolution> resolutions, List<Review> reviews, long lastNumber, PoleResolver.Summary summary,
			Evidence.Row last) {
	}

	private final MatchingSettings settings;

	BatchResolver(MatchingSettings settings) {
		this.settings = settings;
	}

	/**
	 * Resolves a batch of pending records, in file and row order, against the known poles and those the batch founds;
	 * {@code last} is the row of its last record (the next batch starts after it).
	 */
	Batch resolve(KnownPoles index, List<ResolvableRecord> pending, Evidence.Row last, IdentifierCounter.Sequence numbers) {
		// the records scored on every core against the poles as they stand before the batch; in order, each record
		// is then compared again only with the poles the batch has founded or changed before it
		List<Ahead> ahead = pending.parallelStream().map(index::scoreAhead).toList();
		return new ResolvingBatch(this.settings, index, pending, ahead, numbers).resolve(last);
	}

}
