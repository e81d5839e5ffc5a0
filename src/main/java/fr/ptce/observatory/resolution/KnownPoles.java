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
 * What a resolution run knows between its batches: the poles known and founded so far (their profiles, blocked by
 * their keys), their SIRENs and RNAs, the poles each file lists, the words' rarity, the links of rows imported
 * again and the redirects; and the constraints a record must meet to join a pole. Read by {@link PoleResolver},
 * which adds each record as it is resolved.
 */
final class KnownPoles {

	final Map<String, PoleProfile> profiles = new HashMap<>();

	/** The poles by blocking key, made once the words' rarity is known ({@link #scoreWith}). */
	Blocks blocks;

	/** Pole by SIREN declared its own. */
	final Map<String, String> poleBySiren = new HashMap<>();

	/** Poles by SIREN of any role, and SIRENs declared a carrier's: who carries several poles. */
	final Map<String, Set<String>> polesBySiren = new HashMap<>();

	final Set<String> carrierSirens = new HashSet<>();

	final Map<String, String> poleByRna = new HashMap<>();

	/** Pole by {@link #listing}: a file that lists a pole twice. */
	final Map<String, String> listedInFile = new HashMap<>();

	final WordFrequencies words = new WordFrequencies();

	/** The members listed by the files of the current batch, by file and by the way they name their pole. */
	final Map<Long, Map<String, Set<String>>> membersOfFiles = new HashMap<>();

	/** How many records were resolved before the run. */
	long known;

	/** How many records wait to be resolved. */
	long pending;

	PairScorer scorer;

	Map<Long, String> previousLinks;

	Set<String> knownPoles;

	Map<String, String> redirects;

	/**
	 * Scores pairs (and weighs the poles' names) with the words' rarity counted over every record, and blocks the poles
	 * knowing which words the names' comparison finds common: before any pole is added.
	 */
	void scoreWith(MatchingSettings settings, PairScorer scorer) {
		this.scorer = scorer;
		this.blocks = new Blocks(settings.blockLimit(), settings.commonWordBlockLimit(), settings.genericWords(),
				scorer.names()::isGeneric);
	}

	/** The known pole that a row imported again was resolved to the last time, if it still exists. */
	String linkedPole(ResolvableRecord record) {
		String linked = this.previousLinks.get(record.rawRowId());
		if (linked == null) {
			return null;
		}
		String current = Redirects.follow(linked, this.redirects);
		return this.knownPoles.contains(current) ? current : null;
	}

	/** Adds a record to its pole, and returns the pole's profile. */
	PoleProfile add(String poleId, ResolvableRecord record) {
		PoleProfile profile = this.profiles.computeIfAbsent(poleId, PoleProfile::new);
		profile.add(record, this.scorer.names());
		this.blocks.add(profile, record);
		if (record.ownSiren() != null && record.sirenDeclared()) {
			this.poleBySiren.putIfAbsent(record.ownSiren(), poleId);
		}
		if (record.ownSiren() != null) {
			this.polesBySiren.computeIfAbsent(record.ownSiren(), siren -> new HashSet<>(2)).add(poleId);
		}
		if (record.carrierSiren() != null) {
			this.carrierSirens.add(record.carrierSiren());
		}
		if (record.rna() != null) {
			this.poleByRna.putIfAbsent(record.rna(), poleId);
		}
		String listing = listing(record);
		if (listing != null) {
			this.listedInFile.putIfAbsent(listing, poleId);
		}
		return profile;
	}

	/** The poles a record meets in the blocks and no constraint forbids, in identifier order (the first best score wins). */
	List<PoleProfile> candidates(ResolvableRecord record) {
		List<PoleProfile> candidates = new ArrayList<>();
		for (PoleProfile candidate : this.blocks.candidates(record)) {
			if (allowed(record, candidate, true)) {
				candidates.add(candidate);
			}
		}
		candidates.sort(Comparator.comparing(PoleProfile::poleId));
		return candidates;
	}

	/**
	 * The same as {@link #candidates}, for a record scored ahead with the same evidence: the poles it met then,
	 * those filed since under its keys, and the constraints checked again only for the poles the batch has
	 * founded or changed ({@code changed}) and those filed since.
	 */
	List<PoleProfile> candidatesNow(ResolvableRecord record, Ahead ahead, Set<PoleProfile> changed) {
		List<PoleProfile> since = (ahead.meeting() != null) ? this.blocks.filedSince(ahead.meeting()) : null;
		if (since == null) {
			return candidates(record);
		}
		List<PoleProfile> candidates = new ArrayList<>(ahead.candidates().size() + since.size());
		for (PoleProfile candidate : ahead.candidates()) {
			if (!changed.contains(candidate) || allowed(record, candidate, true)) {
				candidates.add(candidate);
			}
		}
		Set<PoleProfile> others = Collections.newSetFromMap(new IdentityHashMap<>());
		for (PoleProfile pole : since) {
			// met before the batch: a candidate then (scored) or barred then
			if (!ahead.scores().containsKey(pole) && !ahead.barred().contains(pole)) {
				others.add(pole);
			}
		}
		for (PoleProfile pole : ahead.barred()) {
			if (changed.contains(pole)) {
				others.add(pole);
			}
		}
		boolean added = false;
		for (PoleProfile pole : others) {
			if (allowed(record, pole, true)) {
				candidates.add(pole);
				added = true;
			}
		}
		if (added) {
			candidates.sort(Comparator.comparing(PoleProfile::poleId));
		}
		return candidates;
	}

	/**
	 * A pending record's scores against its candidates as the index stands; reads the index only, so that the
	 * records of a batch are scored on several threads before any of them is resolved.
	 */
	Ahead scoreAhead(ResolvableRecord listed) {
		ResolvableRecord record = asEvidence(listed);
		if (linkedPole(record) != null) {
			// a row imported again keeps its pole, whatever the scores (the links are fixed for the run)
			return Ahead.linked(record);
		}
		Set<PoleProfile> met = Collections.newSetFromMap(new IdentityHashMap<>());
		Blocks.Meeting meeting = this.blocks.meet(record, met);
		List<PoleProfile> candidates = new ArrayList<>();
		List<PoleProfile> barred = new ArrayList<>(0);
		for (PoleProfile pole : met) {
			(allowed(record, pole, true) ? candidates : barred).add(pole);
		}
		candidates.sort(Comparator.comparing(PoleProfile::poleId));
		Map<PoleProfile, Score> scores = new IdentityHashMap<>(candidates.size() * 2);
		// the best score is kept as the scores are made (in identifier order: the first of equals), while they are
		// in the cache: read back from the scores, it was a memory-bound pass of its own over the whole batch
		String bestPole = null;
		double bestTotal = Double.NEGATIVE_INFINITY;
		PairScorer.Prepared prepared = candidates.isEmpty() ? null : this.scorer.prepare(record);
		for (PoleProfile candidate : candidates) {
			Score score = prepared.score(candidate);
			scores.put(candidate, score);
			if (score.total() > bestTotal) {
				bestPole = candidate.poleId();
				bestTotal = score.total();
			}
		}
		return new Ahead(record, scores, meeting, candidates, barred, bestPole, bestTotal);
	}

	/**
	 * A record as evidence: a SIREN of unknown role that a file declares a carrier's, or that several poles hold
	 * already, is read as the carrier's.
	 */
	ResolvableRecord asEvidence(ResolvableRecord record) {
		String siren = record.ownSiren();
		if (siren == null || record.sirenDeclared()) {
			return record;
		}
		boolean carrier = this.carrierSirens.contains(siren)
				|| this.polesBySiren.getOrDefault(siren, Set.of()).size() >= 2;
		return carrier ? record.withSirenAsCarrier() : record;
	}

	/** A pole as one file lists it: its name in matching form and its commune (or département). */
	static String listing(ResolvableRecord record) {
		String place = (record.commune() != null) ? record.commune() : record.departement();
		return (record.nameKey() == null || place == null) ? null
				: record.fileId() + "|" + record.nameKey() + "|" + place;
	}

	/** Whether a row's pole is settled before any score: a previous link, a declared SIREN or an RNA already known. */
	boolean settledByRule(ResolvableRecord record) {
		return linkedPole(record) != null
				|| (record.sirenDeclared() && this.poleBySiren.containsKey(record.ownSiren()))
				|| (record.rna() != null && this.poleByRna.containsKey(record.rna()));
	}

	/**
	 * Whether a record may join a pole: not when their SIRENs declared their own, or their RNAs, differ, nor (unless
	 * the evidence is hard) when the pole holds a row of the record's file.
	 */
	static boolean allowed(ResolvableRecord record, PoleProfile pole, boolean checkFile) {
		// two SIRENs declared the poles' own and different: two poles; a SIREN of unknown role only weighs
		if (record.sirenDeclared() && !pole.declaredSirens.isEmpty() && !pole.declaredSirens.contains(record.ownSiren())) {
			return false;
		}
		if (record.rna() != null && !pole.rnas.isEmpty() && !pole.rnas.contains(record.rna())) {
			return false;
		}
		return !checkFile || !pole.listedBy(record.fileId());
	}

	/**
	 * Whether two rows of one file may be two poles: not when they list the same pole twice (same name and place,
	 * or the same SIREN declared the pole's own), which the doublon rules count once.
	 */
	static boolean rivals(ResolvableRecord record, ResolvableRecord other) {
		String listing = listing(record);
		boolean sameListing = listing != null && listing.equals(listing(other));
		boolean sameSiren = record.sirenDeclared() && other.sirenDeclared() && record.ownSiren().equals(other.ownSiren());
		return !sameListing && !sameSiren;
	}

}
