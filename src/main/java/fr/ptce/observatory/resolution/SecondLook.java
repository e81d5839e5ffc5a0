package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A second look, once every record of the run is resolved, at a pole that one record founded and left for review
 * beside known poles: the record is compared again with those poles as they now stand, and joins the best of them
 * that it now merges with. A file read later may have declared the known pole's own SIREN, which tells that the
 * record's other SIREN is its carrier's (« Le Realis Soucé », resolved before the file that declared « Le Relais
 * Soucé »'s SIREN), or completed its name. It is still a record joining a pole, never two poles merging: a pole
 * that several records hold is left as it is. Nothing here reads or writes the database.
 */
final class SecondLook {

	/** The known pole a founding record now joins, and its score. */
	record Rejoin(String poleId, double score) {
	}

	private final MatchingSettings settings;

	SecondLook(MatchingSettings settings) {
		this.settings = settings;
	}

	/**
	 * The pole among {@code candidates} (the poles of its review pairs, in identifier order, each followed through
	 * {@code moved} when a second look has already moved it) that a founding record now joins; empty when none.
	 */
	Optional<Rejoin> decide(KnownPoles index, ResolvableRecord founder, List<String> candidates, Map<String, String> moved) {
		ResolvableRecord record = index.asEvidence(founder);
		PairScorer.Prepared prepared = index.scorer.prepare(record);
		Rejoin best = null;
		for (String candidate : candidates) {
			String poleId = moved.getOrDefault(candidate, candidate);
			PoleProfile pole = index.profiles.get(poleId);
			if (pole == null || !KnownPoles.allowed(record, pole, true)) {
				continue;
			}
			Score score = prepared.score(pole);
			if (this.settings.merges(score) && (best == null || score.total() > best.score())) {
				best = new Rejoin(poleId, score.total());
			}
		}
		return Optional.ofNullable(best);
	}

}
