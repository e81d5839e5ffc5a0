package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Nothing here reads or writes the database: {@link ResolutionRecords} does, {@link PoleResolver} runs the batches.
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

	/** A pole a row of a file left to a later row of the file, founding another. */
	private record LeftPole(long fileId, String poleId, String founded, Score score) {
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
		List<Resolution> resolutions = new ArrayList<>();
		List<Review> reviews = new ArrayList<>();
		long comparisons = 0;
		long possible = 0;
		// the records scored on every core against the poles as they stand before the batch; in order, each record
		// is then compared again only with the poles the batch has founded or changed before it
		List<Ahead> ahead = pending.parallelStream().map(index::scoreAhead).toList();
		Set<PoleProfile> changed = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<Long, Map<String, Claim>> claims = claims(index, pending, ahead);
		List<LeftPole> left = new ArrayList<>();
		// the rows of the batch by file and blocking key, to find the later rows of a file that may name a pole
		Map<String, List<Integer>> rowsByFileKey = new HashMap<>();
		for (int position = 0; position < pending.size(); position++) {
			ResolvableRecord record = ahead.get(position).record();
			for (String key : index.blocks.keys(record)) {
				rowsByFileKey.computeIfAbsent(record.fileId() + "|" + key, k -> new ArrayList<>(2)).add(position);
			}
		}
		for (int position = 0; position < pending.size(); position++) {
			ResolvableRecord record = index.asEvidence(pending.get(position));
			possible += index.profiles.size();
			Resolution resolution;
			String linked = index.linkedPole(record);
			if (linked != null) {
				resolution = new Resolution(record, linked, MatchRule.PREVIOUS_LINK, null);
			}
			else if (index.listedInFile.containsKey(KnownPoles.listing(record))
					&& KnownPoles.allowed(record, index.profiles.get(index.listedInFile.get(KnownPoles.listing(record))), false)) {
				// the same pole listed twice by one file: counted once
				resolution = new Resolution(record, index.listedInFile.get(KnownPoles.listing(record)), MatchRule.DUPLICATE, null);
			}
			else if (record.sirenDeclared() && index.poleBySiren.containsKey(record.ownSiren())) {
				resolution = new Resolution(record, index.poleBySiren.get(record.ownSiren()), MatchRule.SIREN, null);
			}
			else if (record.rna() != null && index.poleByRna.containsKey(record.rna())
					&& KnownPoles.allowed(record, index.profiles.get(index.poleByRna.get(record.rna())), false)) {
				resolution = new Resolution(record, index.poleByRna.get(record.rna()), MatchRule.RNA, null);
			}
			else {
				List<Map.Entry<PoleProfile, Score>> scored = new ArrayList<>();
				List<Map.Entry<String, Score>> grey = new ArrayList<>();
				Ahead guess = ahead.get(position);
				boolean sameEvidence = guess.record().equals(record);
				PairScorer.Prepared prepared = null;
				Set<PoleProfile> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
				Map<String, Claim> claimsOfFile = claims.getOrDefault(record.fileId(), Map.of());
				List<PoleProfile> candidates = sameEvidence ? index.candidatesNow(record, guess, changed)
						: index.candidates(record);
				for (PoleProfile candidate : candidates) {
					Claim claim = claimsOfFile.get(candidate.poleId());
					if (claim != null && claim.position() > position
							&& KnownPoles.rivals(record, index.asEvidence(pending.get(claim.position())))) {
						// a later row of this file matched the pole best before the batch: a file lists a pole once
						claimed.add(candidate);
					}
					comparisons++;
					Score score = (sameEvidence && !changed.contains(candidate)) ? guess.scores().get(candidate) : null;
					if (score == null) {
						prepared = (prepared != null) ? prepared : index.scorer.prepare(record);
						score = prepared.score(candidate);
					}
					scored.add(Map.entry(candidate, score));
					if (score.total() >= this.settings.reviewAt() && score.identityAgrees() && !claimed.contains(candidate)) {
						grey.add(Map.entry(candidate.poleId(), score));
					}
				}
				// the best score, the first in identifier order among equals; a pole that a later row of the file
				// claims, or (founded or changed by the batch) matches better, is left to that row; if that row goes
				// elsewhere after all, the pole and the one founded here become a review pair (below).
				scored.sort(Comparator.comparingDouble((Map.Entry<PoleProfile, Score> entry) -> entry.getValue().total())
					.reversed());
				Map.Entry<PoleProfile, Score> best = null;
				List<Map.Entry<PoleProfile, Score>> leftToLaterRows = new ArrayList<>();
				for (Map.Entry<PoleProfile, Score> entry : scored) {
					boolean merges = this.settings.merges(entry.getValue());
					if (!merges || (!claimed.contains(entry.getKey()) && (!changed.contains(entry.getKey())
							|| !laterRowMatchesBetter(index, pending, rowsByFileKey, position, record, entry)))) {
						best = entry;
						break;
					}
					leftToLaterRows.add(entry);
				}
				if (best != null && this.settings.merges(best.getValue())) {
					resolution = new Resolution(record, best.getKey().poleId(), MatchRule.SCORE, best.getValue().total());
				}
				else {
					String poleId = numbers.next();
					resolution = new Resolution(record, poleId, MatchRule.NEW, (best != null) ? best.getValue().total() : null);
					for (Map.Entry<String, Score> pair : grey) {
						reviews.add(new Review(pair.getKey(), poleId, pair.getValue()));
					}
					leftToLaterRows.forEach(entry -> left.add(new LeftPole(record.fileId(), entry.getKey().poleId(),
							poleId, entry.getValue())));
				}
			}
			PoleProfile joined = index.profiles.get(resolution.poleId());
			if (!resolution.founds() && resolution.rule() != MatchRule.DUPLICATE && joined != null
					&& joined.listedBy(record.fileId()) && resolution.rule() != MatchRule.PREVIOUS_LINK) {
				// the same own SIREN or RNA twice in one file: the same pole listed twice
				resolution = new Resolution(record, resolution.poleId(), MatchRule.DUPLICATE, resolution.score());
			}
			resolutions.add(resolution);
			changed.add(index.add(resolution.poleId(), record));
		}
		// a pole left to a later row of the file that went elsewhere after all: the two are an analyst's question
		Set<String> joinedByFile = new HashSet<>();
		resolutions.forEach(resolution -> joinedByFile.add(resolution.record().fileId() + "|" + resolution.poleId()));
		for (LeftPole pole : left) {
			if (!joinedByFile.contains(pole.fileId() + "|" + pole.poleId()) && pole.score().identityAgrees()) {
				reviews.add(new Review(pole.poleId(), pole.founded(), pole.score()));
			}
		}
		int founded = (int) resolutions.stream().filter(Resolution::founds).count();
		return new Batch(resolutions, reviews, numbers.last(),
				new PoleResolver.Summary(founded, resolutions.size() - founded, reviews.size(), comparisons, possible),
				last);
	}

	/**
	 * Whether a later row of the record's file, meeting it through a blocking key, matches the pole better than the
	 * record does (and would be allowed to join it): then the pole is that row's.
	 */
	private boolean laterRowMatchesBetter(KnownPoles index, List<ResolvableRecord> pending,
			Map<String, List<Integer>> rowsByFileKey, int position, ResolvableRecord record,
			Map.Entry<PoleProfile, Score> match) {
		Set<Integer> seen = new HashSet<>();
		for (String key : index.blocks.meetingKeys(record)) {
			for (int later : rowsByFileKey.getOrDefault(record.fileId() + "|" + key, List.of())) {
				if (later <= position || !seen.add(later)) {
					continue;
				}
				ResolvableRecord other = index.asEvidence(pending.get(later));
				if (!index.settledByRule(other) && KnownPoles.rivals(record, other) && KnownPoles.allowed(other, match.getKey(), true)
						&& index.scorer.prepare(other).score(match.getKey()).total() > match.getValue().total()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The known poles that rows of the batch would join by score, each claimed by the row of its file that matches
	 * it best (the first of equals): a file lists a pole once, so a row that only looks like the pole (a neighbour
	 * of the same commune sharing its members) must not take it before the row that names it, which the file
	 * constraint would then keep out. By file, then by pole.
	 */
	private Map<Long, Map<String, Claim>> claims(KnownPoles index, List<ResolvableRecord> pending, List<Ahead> ahead) {
		Map<Long, Map<String, Claim>> claims = new HashMap<>();
		for (int position = 0; position < pending.size(); position++) {
			if (index.settledByRule(ahead.get(position).record())) {
				continue;
			}
			String best = ahead.get(position).bestPole();
			double bestTotal = ahead.get(position).bestTotal();
			if (best != null && bestTotal >= this.settings.mergeAt()) {
				Claim claim = new Claim(position, bestTotal);
				claims.computeIfAbsent(pending.get(position).fileId(), file -> new HashMap<>())
					.merge(best, claim, (earlier, later) -> (later.total() > earlier.total()) ? later : earlier);
			}
		}
		return claims;
	}

	/** The row of a file that claims a pole, and its score against it. */
	private record Claim(int position, double total) {
	}

}
