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
 * One batch of {@link BatchResolver}, its records resolved in order: the scores computed ahead for them, the poles the
 * batch has founded or changed so far, the review pairs and the poles left to later rows of a file. Each record is
 * resolved by a method of its own, so that the compiler compiles the work of one record apart from the batch's loop.
 */
final class ResolvingBatch {

	private final MatchingSettings settings;

	private final KnownPoles index;

	private final List<ResolvableRecord> pending;

	private final List<Ahead> ahead;

	private final IdentifierCounter.Sequence numbers;

	/** The poles the batch has founded or changed so far. */
	private final Set<PoleProfile> changed = Collections.newSetFromMap(new IdentityHashMap<>());

	/** For each file of the batch, the known poles its rows claim (see {@link #claims}). */
	private final Map<Long, Map<String, Claim>> claims;

	/** The rows of the batch by file and blocking key, to find the later rows of a file that may name a pole. */
	private final Map<String, List<Integer>> rowsByFileKey = new HashMap<>();

	/** The poles rows left to a later row of their file, founding another pole each. */
	private final List<LeftPole> leftPoles = new ArrayList<>();

	/** The review pairs of the grey zone, as records found them. */
	private final List<BatchResolver.Review> greyReviews = new ArrayList<>();

	private long comparisons;

	private long possible;

	ResolvingBatch(MatchingSettings settings, KnownPoles index, List<ResolvableRecord> pending, List<Ahead> ahead,
			IdentifierCounter.Sequence numbers) {
		this.settings = settings;
		this.index = index;
		this.pending = pending;
		this.ahead = ahead;
		this.numbers = numbers;
		this.claims = claims();
		for (int position = 0; position < pending.size(); position++) {
			ResolvableRecord record = ahead.get(position).record();
			for (String key : index.blocks.keys(record)) {
				this.rowsByFileKey.computeIfAbsent(record.fileId() + "|" + key, k -> new ArrayList<>(2)).add(position);
			}
		}
	}

	/**
	 * Resolves the batch's records in order, each by a rule if one settles it, else by score, and adds each to the
	 * pole it founds or joins before the next is resolved; {@code last} is the row of the last record. Called once.
	 */
	BatchResolver.Batch resolve(Evidence.Row last) {
		List<BatchResolver.Resolution> resolutions = new ArrayList<>(this.pending.size());
		for (int position = 0; position < this.pending.size(); position++) {
			BatchResolver.Resolution resolution = resolution(position);
			this.changed.add(this.index.add(resolution.poleId(), resolution.record()));
			resolutions.add(resolution);
		}
		List<BatchResolver.Review> reviews = reviews(resolutions);
		int founded = (int) resolutions.stream().filter(BatchResolver.Resolution::founds).count();
		return new BatchResolver.Batch(resolutions, reviews, this.numbers.last(), new PoleResolver.Summary(founded,
				resolutions.size() - founded, reviews.size(), this.comparisons, this.possible), last);
	}

	/**
	 * The review pairs of the resolved batch: those of the grey zone, then each pole left to a later row of the file
	 * that went elsewhere after all, with the pole founded instead.
	 */
	private List<BatchResolver.Review> reviews(List<BatchResolver.Resolution> resolutions) {
		Set<String> joinedByFile = new HashSet<>();
		resolutions.forEach(resolution -> joinedByFile.add(resolution.record().fileId() + "|" + resolution.poleId()));
		List<BatchResolver.Review> reviews = new ArrayList<>(this.greyReviews);
		for (LeftPole pole : this.leftPoles) {
			if (!joinedByFile.contains(pole.fileId() + "|" + pole.poleId()) && pole.score().identityAgrees()) {
				reviews.add(new BatchResolver.Review(pole.poleId(), pole.founded(), pole.score()));
			}
		}
		return reviews;
	}

	private BatchResolver.Resolution resolution(int position) {
		ResolvableRecord record = this.index.asEvidence(this.pending.get(position));
		this.possible += this.index.profiles.size();
		BatchResolver.Resolution resolution;
		String linked = this.index.linkedPole(record);
		if (linked != null) {
			resolution = new BatchResolver.Resolution(record, linked, MatchRule.PREVIOUS_LINK, null);
		}
		else if (this.index.listedInFile.containsKey(KnownPoles.listing(record)) && KnownPoles.allowed(record,
				this.index.profiles.get(this.index.listedInFile.get(KnownPoles.listing(record))), false)) {
			// the same pole listed twice by one file: counted once
			resolution = new BatchResolver.Resolution(record, this.index.listedInFile.get(KnownPoles.listing(record)),
					MatchRule.DUPLICATE, null);
		}
		else if (record.sirenDeclared() && this.index.poleBySiren.containsKey(record.ownSiren())) {
			resolution = new BatchResolver.Resolution(record, this.index.poleBySiren.get(record.ownSiren()), MatchRule.SIREN,
					null);
		}
		else if (record.rna() != null && this.index.poleByRna.containsKey(record.rna())
				&& KnownPoles.allowed(record, this.index.profiles.get(this.index.poleByRna.get(record.rna())), false)) {
			resolution = new BatchResolver.Resolution(record, this.index.poleByRna.get(record.rna()), MatchRule.RNA, null);
		}
		else {
			resolution = byScore(position, record);
		}
		PoleProfile joined = this.index.profiles.get(resolution.poleId());
		if (!resolution.founds() && resolution.rule() != MatchRule.DUPLICATE && joined != null
				&& joined.listedBy(record.fileId()) && resolution.rule() != MatchRule.PREVIOUS_LINK) {
			// the same own SIREN or RNA twice in one file: the same pole listed twice
			resolution = new BatchResolver.Resolution(record, resolution.poleId(), MatchRule.DUPLICATE, resolution.score());
		}
		return resolution;
	}

	/**
	 * The record scored against the poles its blocking keys reach: it joins the best at or above the merge
	 * threshold, else founds a pole, the poles of the grey zone going to the review queue.
	 */
	private BatchResolver.Resolution byScore(int position, ResolvableRecord record) {
		List<Map.Entry<PoleProfile, Score>> scored = new ArrayList<>();
		List<Map.Entry<String, Score>> grey = new ArrayList<>();
		Ahead guess = this.ahead.get(position);
		boolean sameEvidence = guess.record().equals(record);
		PairScorer.Prepared prepared = null;
		Set<PoleProfile> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<String, Claim> claimsOfFile = this.claims.getOrDefault(record.fileId(), Map.of());
		List<PoleProfile> candidates = sameEvidence ? this.index.candidatesNow(record, guess, this.changed)
				: this.index.candidates(record);
		for (PoleProfile candidate : candidates) {
			Claim claim = claimsOfFile.get(candidate.poleId());
			if (claim != null && claim.position() > position
					&& KnownPoles.rivals(record, this.index.asEvidence(this.pending.get(claim.position())))) {
				// a later row of this file matched the pole best before the batch: a file lists a pole once
				claimed.add(candidate);
			}
			this.comparisons++;
			Score score = (sameEvidence && !this.changed.contains(candidate)) ? guess.scores().get(candidate) : null;
			if (score == null) {
				prepared = (prepared != null) ? prepared : this.index.scorer.prepare(record);
				score = prepared.score(candidate);
			}
			scored.add(Map.entry(candidate, score));
			if (score.total() >= this.settings.reviewAt() && score.identityAgrees()
					&& !claimed.contains(candidate)) {
				grey.add(Map.entry(candidate.poleId(), score));
			}
		}
		// the best score, the first in identifier order among equals; a pole that a later row of the file
		// claims, or (founded or changed by the batch) matches better, is left to that row; if that row goes
		// elsewhere after all, the pole and the one founded here become a review pair (see reviews).
		scored.sort(Comparator.comparingDouble((Map.Entry<PoleProfile, Score> entry) -> entry.getValue().total())
			.reversed());
		Map.Entry<PoleProfile, Score> best = null;
		List<Map.Entry<PoleProfile, Score>> leftToLaterRows = new ArrayList<>();
		for (Map.Entry<PoleProfile, Score> entry : scored) {
			boolean merges = this.settings.merges(entry.getValue());
			if (!merges || (!claimed.contains(entry.getKey()) && (!this.changed.contains(entry.getKey())
					|| !laterRowMatchesBetter(position, record, entry)))) {
				best = entry;
				break;
			}
			leftToLaterRows.add(entry);
		}
		if (best != null && this.settings.merges(best.getValue())) {
			return new BatchResolver.Resolution(record, best.getKey().poleId(), MatchRule.SCORE, best.getValue().total());
		}
		String poleId = this.numbers.next();
		for (Map.Entry<String, Score> pair : grey) {
			this.greyReviews.add(new BatchResolver.Review(pair.getKey(), poleId, pair.getValue()));
		}
		leftToLaterRows.forEach(entry -> this.leftPoles.add(new LeftPole(record.fileId(), entry.getKey().poleId(), poleId,
				entry.getValue())));
		return new BatchResolver.Resolution(record, poleId, MatchRule.NEW, (best != null) ? best.getValue().total() : null);
	}

	/**
	 * Whether a later row of the record's file, meeting it through a blocking key, matches the pole better than the
	 * record does (and would be allowed to join it): then the pole is that row's.
	 */
	private boolean laterRowMatchesBetter(int position, ResolvableRecord record, Map.Entry<PoleProfile, Score> match) {
		Set<Integer> seen = new HashSet<>();
		for (String key : this.index.blocks.meetingKeys(record)) {
			for (int later : this.rowsByFileKey.getOrDefault(record.fileId() + "|" + key, List.of())) {
				if (later <= position || !seen.add(later)) {
					continue;
				}
				ResolvableRecord other = this.index.asEvidence(this.pending.get(later));
				if (!this.index.settledByRule(other) && KnownPoles.rivals(record, other)
						&& KnownPoles.allowed(other, match.getKey(), true)
						&& this.index.scorer.prepare(other).score(match.getKey()).total() > match.getValue().total()) {
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
	private Map<Long, Map<String, Claim>> claims() {
		Map<Long, Map<String, Claim>> claims = new HashMap<>();
		for (int position = 0; position < this.pending.size(); position++) {
			if (this.index.settledByRule(this.ahead.get(position).record())) {
				continue;
			}
			String best = this.ahead.get(position).bestPole();
			double bestTotal = this.ahead.get(position).bestTotal();
			if (best != null && bestTotal >= this.settings.mergeAt()) {
				Claim claim = new Claim(position, bestTotal);
				claims.computeIfAbsent(this.pending.get(position).fileId(), file -> new HashMap<>())
					.merge(best, claim, (earlier, later) -> (later.total() > earlier.total()) ? later : earlier);
			}
		}
		return claims;
	}

	/** The row of a file that claims a pole, and its score against it. */
	private record Claim(int position, double total) {
	}

	/** A pole a row of a file left to a later row of the file, founding another. */
	private record LeftPole(long fileId, String poleId, String founded, Score score) {
	}

}
