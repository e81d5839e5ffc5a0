package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.ptce.observatory.normalisation.Territory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the pending normalised records into poles with stable identifiers, incrementally: each record,
 * in file and row order, is matched against the known poles and the poles founded earlier in the run.
 * <ol>
 * <li>A row of a file imported again goes back to the pole it was resolved to (following redirects).</li>
 * <li>Hard evidence: the same own SIREN, then the same RNA.</li>
 * <li>Otherwise the record is scored (see {@link PairScorer}) against the poles its blocking keys reach,
 * leaving out those a hard constraint forbids: another own SIREN or RNA, or a pole that already holds a row
 * of the same file (a network lists a pole once). At or above the merge threshold it joins the best pole;
 * otherwise it founds a pole, and each pole scored in the grey zone goes to the review queue with the
 * explanation of its score.</li>
 * </ol>
 * Records join poles one at a time and poles never merge by score, so a chain of look-alike records cannot
 * draw a territory's poles together; only an analyst's decision merges two poles. A record that founds a pole
 * is ACCEPTED, one that joins a pole is MERGED. Identifiers come from a counter in the resolving transaction ({@link IdentifierCounter}), in
 * record order: never reused, identical for identical inputs, and identical after a crash and a resumed run.
 */
@Service
public class PoleResolver {

	/**
	 * What a resolution did.
	 *
	 * @param comparisons record-pole pairs scored
	 * @param possibleComparisons pairs that would have been scored without blocking
	 */
	public record Summary(int accepted, int merged, int polesTouched, int reviewPairs, long comparisons,
			long possibleComparisons) {

		/** The share of comparisons blocking saved. */
		public double comparisonsSaved() {
			return (this.possibleComparisons == 0) ? 0 : 1 - (double) this.comparisons / this.possibleComparisons;
		}

	}

	private static final String NEW = "nouveau:";

	private final JdbcTemplate jdbc;

	private final GoldenRecords goldenRecords;

	private final MatchingSettings settings;

	private final Evidence evidence;

	private final IdentifierCounter counter;

	private final Redirects redirects;

	PoleResolver(JdbcTemplate jdbc, GoldenRecords goldenRecords, MatchingSettings settings, IdentifierCounter counter,
			Redirects redirects) {
		this.jdbc = jdbc;
		this.counter = counter;
		this.redirects = redirects;
		this.goldenRecords = goldenRecords;
		this.settings = settings;
		this.evidence = new Evidence(settings);
	}

	/** A record's resolution before identifiers are given to new poles. */
	private record Resolution(ResolvableRecord record, String poleId, String rule, Double score) {
	}

	private record Review(String candidate, String founded, Score score) {
	}

	@Transactional
	public Summary resolvePending() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(hashtext('ptce-resolution'))");
		Map<String, PoleProfile> profiles = new LinkedHashMap<>();
		Blocks blocks = new Blocks(this.settings.blockLimit(), this.settings.genericWords());
		Map<String, String> poleBySiren = new HashMap<>();
		Map<String, String> poleByRna = new HashMap<>();
		Map<String, Integer> documentFrequency = new HashMap<>();
		int[] documents = { 0 };

		Map<String, Set<String>> membersByPole = new HashMap<>();
		this.jdbc.query("select pole_id, name_key from member_record where pole_id is not null and name_key is not null",
				rs -> {
					membersByPole.computeIfAbsent(rs.getString(1), key -> new HashSet<>()).add(rs.getString(2));
				});
		this.jdbc.query("select r.pole_id, " + Evidence.COLUMNS
				+ " from pole_record r where r.pole_id is not null order by r.raw_row_id", rs -> {
					String poleId = rs.getString("pole_id");
					ResolvableRecord record = this.evidence.read(rs, membersByPole.getOrDefault(poleId, Set.of()));
					count(record, documentFrequency, documents);
					index(poleId, record, profiles, blocks, poleBySiren, poleByRna);
				});

		Map<Long, Map<String, Set<String>>> pendingMembers = pendingMembers();
		List<ResolvableRecord> pending = new ArrayList<>();
		this.jdbc.query("select " + Evidence.COLUMNS
				+ " from pole_record r where r.outcome = 'NORMALISED' order by r.file_id, r.raw_row_id", rs -> {
					ResolvableRecord record = this.evidence.read(rs, Set.of());
					record = withMembers(record, pendingMembers.getOrDefault(record.fileId(), Map.of()), rs.getString("acronym"));
					count(record, documentFrequency, documents);
					pending.add(record);
				});
		PairScorer scorer = new PairScorer(this.settings, documentFrequency, documents[0],
				Territory.official()::placeWords);
		Map<Long, String> previousLinks = previousLinks();
		Set<String> knownPoles = new HashSet<>(this.jdbc.queryForList("select id from pole", String.class));
		Map<String, String> redirects = this.redirects.all();

		List<Resolution> resolutions = new ArrayList<>();
		List<Review> reviews = new ArrayList<>();
		long comparisons = 0;
		long possible = 0;
		int founded = 0;
		for (ResolvableRecord record : pending) {
			possible += profiles.size();
			Resolution resolution;
			String linked = previousLinks.get(record.rawRowId());
			if (linked != null && knownPoles.contains(Redirects.follow(linked, redirects))) {
				resolution = new Resolution(record, Redirects.follow(linked, redirects), "lien", null);
			}
			else if (record.ownSiren() != null && poleBySiren.containsKey(record.ownSiren())) {
				resolution = new Resolution(record, poleBySiren.get(record.ownSiren()), "siren", null);
			}
			else if (record.rna() != null && poleByRna.containsKey(record.rna())
					&& allowed(record, profiles.get(poleByRna.get(record.rna())), false)) {
				resolution = new Resolution(record, poleByRna.get(record.rna()), "rna", null);
			}
			else {
				String best = null;
				Score bestScore = null;
				List<Map.Entry<String, Score>> grey = new ArrayList<>();
				for (String candidate : blocks.candidates(record)) {
					PoleProfile profile = profiles.get(candidate);
					if (!allowed(record, profile, true)) {
						continue;
					}
					comparisons++;
					Score score = scorer.score(record, profile);
					if (bestScore == null || score.total() > bestScore.total()) {
						best = candidate;
						bestScore = score;
					}
					if (score.total() >= this.settings.reviewAt()) {
						grey.add(Map.entry(candidate, score));
					}
				}
				if (bestScore != null && bestScore.total() >= this.settings.mergeAt()) {
					resolution = new Resolution(record, best, "score", bestScore.total());
				}
				else {
					String poleId = NEW + String.format("%09d", ++founded);
					resolution = new Resolution(record, poleId, "nouveau",
							(bestScore != null) ? bestScore.total() : null);
					for (Map.Entry<String, Score> pair : grey) {
						reviews.add(new Review(pair.getKey(), poleId, pair.getValue()));
					}
				}
			}
			resolutions.add(resolution);
			index(resolution.poleId(), record, profiles, blocks, poleBySiren, poleByRna);
		}
		return write(resolutions, reviews, founded, comparisons, possible);
	}

	/**
	 * Estimates the matching probabilities from the resolved records by EM ({@link WeightEstimator}): every
	 * pair of records that share a blocking key (at most {@code 200,000} pairs), compared level by level.
	 */
	@Transactional(readOnly = true)
	public WeightEstimator.Estimate estimateWeights() {
		List<ResolvableRecord> records = new ArrayList<>();
		Map<String, Integer> documentFrequency = new HashMap<>();
		int[] documents = { 0 };
		this.jdbc.query("select " + Evidence.COLUMNS + " from pole_record r where r.pole_id is not null order by r.raw_row_id",
				rs -> {
					ResolvableRecord record = this.evidence.read(rs, Set.of());
					count(record, documentFrequency, documents);
					records.add(record);
				});
		PairScorer scorer = new PairScorer(this.settings, documentFrequency, documents[0],
				Territory.official()::placeWords);
		Blocks blocks = new Blocks(this.settings.blockLimit(), this.settings.genericWords());
		Map<String, PoleProfile> profiles = new HashMap<>();
		List<String[]> pairs = new ArrayList<>();
		for (ResolvableRecord record : records) {
			for (String other : blocks.candidates(record)) {
				if (pairs.size() < 200_000) {
					pairs.add(scorer.levels(record, profiles.get(other)));
				}
			}
			String key = "ligne:" + record.rawRowId();
			PoleProfile profile = new PoleProfile(key);
			profile.add(record);
			profiles.put(key, profile);
			blocks.add(key, record);
		}
		return WeightEstimator.estimate(pairs, this.settings, 100);
	}

	/**
	 * Whether a record may join a pole: not when their own SIRENs or RNAs differ, nor (unless the evidence is
	 * hard) when the pole holds a row of the record's file.
	 */
	private static boolean allowed(ResolvableRecord record, PoleProfile pole, boolean checkFile) {
		if (record.ownSiren() != null && !pole.ownSirens.isEmpty() && !pole.ownSirens.contains(record.ownSiren())) {
			return false;
		}
		if (record.rna() != null && !pole.rnas.isEmpty() && !pole.rnas.contains(record.rna())) {
			return false;
		}
		return !checkFile || !pole.fileIds.contains(record.fileId());
	}

	private Summary write(List<Resolution> resolutions, List<Review> reviews, int founded, long comparisons,
			long possible) {
		List<String> numbers = this.counter.nextPoles(founded);
		Map<String, String> ids = new HashMap<>();
		List<Object[]> founders = new ArrayList<>();
		List<Object[]> outcomes = new ArrayList<>();
		Set<String> touched = new LinkedHashSet<>();
		for (Resolution resolution : resolutions) {
			String poleId = resolution.poleId();
			String outcome = "MERGED";
			if (poleId.startsWith(NEW)) {
				String provisional = poleId;
				poleId = ids.computeIfAbsent(provisional, key -> numbers.get(ids.size()));
				if ("nouveau".equals(resolution.rule())) {
					outcome = "ACCEPTED";
					founders.add(new Object[] { poleId, resolution.record().rawRowId() });
				}
			}
			touched.add(poleId);
			outcomes.add(new Object[] { outcome, poleId, resolution.rule(), resolution.score(),
					resolution.record().rawRowId() });
		}
		this.goldenRecords.create(founders);
		this.jdbc.update("""
				update pole_record p set outcome = u.outcome, pole_id = u.pole_id, match_rule = u.rule, match_score = u.score
				from unnest(?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[])
				     as u(outcome, pole_id, rule, score, raw_row_id)
				where p.raw_row_id = u.raw_row_id""", column(outcomes, 0, String[]::new), column(outcomes, 1, String[]::new),
				column(outcomes, 2, String[]::new), column(outcomes, 3, Double[]::new), column(outcomes, 4, Long[]::new));
		List<Object[]> pairs = new ArrayList<>();
		for (Review review : reviews) {
			String candidate = ids.getOrDefault(review.candidate(), review.candidate());
			pairs.add(new Object[] { candidate, ids.get(review.founded()), review.score().total(),
					Explanations.write(review.score()) });
		}
		this.jdbc.batchUpdate("""
				insert into review_pair (pole_a, pole_b, score, explanation) values (?, ?, ?, ?::jsonb)
				on conflict do nothing""", pairs);
		this.goldenRecords.refresh(touched);
		this.jdbc.update("""
				delete from previous_link l where exists (select 1 from raw_row r join pole_record p on p.raw_row_id = r.id
				where r.file_id = l.file_id and p.pole_id is not null)""");
		return new Summary(founders.size(), resolutions.size() - founders.size(), touched.size(), pairs.size(),
				comparisons, possible);
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
		return rows.stream().map(row -> (T) row[index]).toArray(array);
	}

	private static void index(String poleId, ResolvableRecord record, Map<String, PoleProfile> profiles, Blocks blocks,
			Map<String, String> poleBySiren, Map<String, String> poleByRna) {
		profiles.computeIfAbsent(poleId, PoleProfile::new).add(record);
		blocks.add(poleId, record);
		if (record.ownSiren() != null) {
			poleBySiren.putIfAbsent(record.ownSiren(), poleId);
		}
		if (record.rna() != null) {
			poleByRna.putIfAbsent(record.rna(), poleId);
		}
	}

	private static void count(ResolvableRecord record, Map<String, Integer> documentFrequency, int[] documents) {
		documents[0]++;
		record.tokens().forEach(token -> documentFrequency.merge(token, 1, Integer::sum));
	}

	/** The members each pending file lists, by the way they name their pole (matching name or acronym). */
	private Map<Long, Map<String, Set<String>>> pendingMembers() {
		Map<Long, Map<String, Set<String>>> members = new HashMap<>();
		this.jdbc.query("""
				select m.file_id, m.pole_reference, m.name_key from member_record m
				where m.name_key is not null and m.pole_reference is not null
				  and m.file_id in (select distinct file_id from pole_record where outcome = 'NORMALISED')""", rs -> {
			String reference = rs.getString("pole_reference");
			Map<String, Set<String>> ofFile = members.computeIfAbsent(rs.getLong("file_id"), key -> new HashMap<>());
			for (String key : PoleReferences.ofReference(reference)) {
				ofFile.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getString("name_key"));
			}
		});
		return members;
	}

	private static ResolvableRecord withMembers(ResolvableRecord record, Map<String, Set<String>> membersOfFile,
			String acronym) {
		if (membersOfFile.isEmpty() || record.name() == null) {
			return record;
		}
		Set<String> members = new HashSet<>();
		PoleReferences.ofPole(record.name(), acronym)
			.forEach(key -> members.addAll(membersOfFile.getOrDefault(key, Set.of())));
		return record.withMemberKeys(members);
	}

	private Map<Long, String> previousLinks() {
		Map<Long, String> links = new HashMap<>();
		this.jdbc.query("""
				select p.raw_row_id, l.pole_id from pole_record p
				join raw_row r on r.id = p.raw_row_id
				join previous_link l on l.file_id = r.file_id and l.sheet = r.sheet and l.row_number = r.row_number
				where p.outcome = 'NORMALISED'""", rs -> {
			links.put(rs.getLong("raw_row_id"), rs.getString("pole_id"));
		});
		return links;
	}

}
