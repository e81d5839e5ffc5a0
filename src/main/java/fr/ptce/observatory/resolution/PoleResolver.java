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
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;


import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves the pending normalised records into poles with stable identifiers, incrementally: each record,
 * in file and row order, is matched against the known poles and the poles founded earlier in the run.
 * <ol>
 * <li>A row of a file imported again goes back to the pole it was resolved to (following redirects).</li>
 * <li>Hard evidence: the same own SIREN, then the same RNA.</li>
 * <li>Otherwise the record is scored (see {@link PairScorer}) against the poles its blocking keys reach,
 * leaving out those a hard constraint forbids: another own SIREN or RNA, or a pole that already holds a row
 * of the same file (a network lists a pole once). At or above the merge threshold it joins the best pole,
 * unless a later row of its file matches that pole better (the row that names a pole takes it, not a look-alike
 * neighbour listed before it); otherwise it founds a pole, and each pole scored in the grey zone goes to the review queue with the
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
	public record Summary(int accepted, int merged, int reviewPairs, long comparisons, long possibleComparisons) {

		/** The share of comparisons blocking saved. */
		public double comparisonsSaved() {
			return (this.possibleComparisons == 0) ? 0 : 1 - (double) this.comparisons / this.possibleComparisons;
		}

		Summary plus(Summary other) {
			return new Summary(this.accepted + other.accepted, this.merged + other.merged,
					this.reviewPairs + other.reviewPairs, this.comparisons + other.comparisons,
					this.possibleComparisons + other.possibleComparisons);
		}

	}

	/**
	 * How many pending records one transaction resolves: what a crash loses, and what a batch holds beside the
	 * known poles' profiles (which the run holds whole).
	 */
	static final int BATCH_SIZE = 1_000;

	/** How many golden records one transaction rebuilds at the end of a resolution. */
	static final int GOLDEN_BATCH_SIZE = 5_000;

	/** How many transactions rebuild golden records at once. */
	private static final int GOLDEN_WORKERS = 2;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final GoldenRecords goldenRecords;

	private final MatchingSettings settings;

	private final Evidence evidence;

	private final IdentifierCounter counter;

	private final Redirects redirects;

	PoleResolver(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, GoldenRecords goldenRecords,
			MatchingSettings settings, IdentifierCounter counter, Redirects redirects) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// each batch commits on its own, also inside the step's transaction
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.counter = counter;
		this.redirects = redirects;
		this.goldenRecords = goldenRecords;
		this.settings = settings;
		this.evidence = new Evidence(settings);
	}

	/** A record's resolution: the pole it founds or joins, by which rule, with which score. */
	private record Resolution(ResolvableRecord record, String poleId, MatchRule rule, Double score) {

		boolean founds() {
			return this.rule == MatchRule.NEW;
		}

	}

	private record Review(String candidate, String founded, Score score) {
	}

	/** A pole a row of a file left to a later row of the file, founding another. */
	private record LeftPole(long fileId, String poleId, String founded, Score score) {
	}

	/**
	 * A record's evidence and its scores against its candidates, worked out before its batch is resolved: how many
	 * poles its keys held then, the poles it met that it may join (in identifier order, each scored) and those it
	 * may not.
	 */
	private record Ahead(ResolvableRecord record, Map<PoleProfile, Score> scores, Blocks.Meeting meeting,
			List<PoleProfile> candidates, List<PoleProfile> barred) {

		static Ahead linked(ResolvableRecord record) {
			return new Ahead(record, Map.of(), null, List.of(), List.of());
		}

	}

	public Summary resolvePending() {
		return resolvePending(Progress.NONE);
	}

	/**
	 * Resolves the pending records in batches of {@link #BATCH_SIZE}, each in its own transaction, in file and
	 * row order. The known poles are read once; each batch reads its records, resolves them against the known
	 * poles and those founded by earlier batches, and commits its outcomes, new poles and review pairs (on a thread
	 * of its own, while the next batch is resolved: one batch written at a time, in order). The
	 * golden records of the poles touched are rebuilt once at the end, {@link #GOLDEN_BATCH_SIZE} per
	 * transaction (a pole touched by many batches is rebuilt once). A run killed between two batches resumes with
	 * the next: what was committed is read back as known poles, so identifiers and pairs are those of an
	 * uninterrupted run, and the poles of the files it left open are rebuilt with the others.
	 */
	public Summary resolvePending(Progress progress) {
		try (ResolutionLock lock = ResolutionLock.take(this.jdbc)) {
			return resolveUnderLock(progress);
		}
	}

	private Summary resolveUnderLock(Progress progress) {
		Index index = this.transactions.execute(status -> loadIndex());
		// the poles whose golden record is rebuilt at the end: those this run touches, and those a killed run
		// touched (records resolved, files not closed yet)
		Set<String> touched = new TreeSet<>(this.jdbc.queryForList("select distinct r.pole_id " + RESOLVED_IN_OPEN_FILES,
				String.class));
		// the run holds the resolution lock: nobody else numbers poles until it ends
		IdentifierCounter.Sequence numbers = this.transactions.execute(status -> this.counter.poles());
		long total = index.pending;
		long done = 0;
		Summary summary = new Summary(0, 0, 0, 0, 0);
		// a batch is written and committed on a thread of its own while the next one is resolved; one write at a
		// time, in order, so that what a killed run leaves is its first batches, as before
		ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "resolution-writer");
			thread.setDaemon(true);
			return thread;
		});
		Future<Summary> writing = null;
		try {
			Batch batch = null;
			while (true) {
				batch = resolveBatch(index, (batch != null) ? batch.last() : null, numbers);
				if (writing != null) {
					Future<Summary> written = writing;
					writing = null;
					Summary wrote = awaitWrite(written);
					summary = summary.plus(wrote);
					done += wrote.accepted() + wrote.merged();
					progress.advanced(done, total);
				}
				if (batch == null) {
					break;
				}
				Batch resolved = batch;
				writing = writer.submit(() -> this.transactions.execute(status -> write(resolved, touched)));
			}
		}
		catch (RuntimeException | Error ex) {
			// resolving failed while a batch was being written: that write's own failure, if any, is told too
			if (writing != null) {
				writer.shutdown();
				awaitEnd(writer);
				try {
					awaitWrite(writing);
				}
				catch (RuntimeException writeFailure) {
					ex.addSuppressed(writeFailure);
				}
			}
			throw ex;
		}
		finally {
			// nothing of this resolution may still write once its lock is released: the write under way is waited for
			writer.shutdown();
			awaitEnd(writer);
		}
		// the golden records read the records by pole_id, which the batches have just filled: statistics
		// taken before (every pole_id null) would make PostgreSQL scan the whole table for each chunk of poles
		this.transactions.executeWithoutResult(status -> this.jdbc.execute("analyze pole_record (pole_id)"));
		refreshGoldenRecords(new ArrayList<>(touched));
		this.transactions.executeWithoutResult(status -> this.jdbc.update("""
				delete from previous_link l where exists (select 1 from raw_row r join pole_record p on p.raw_row_id = r.id
				where r.file_id = l.file_id and p.pole_id is not null)"""));
		return summary;
	}

	/**
	 * Rebuilds the golden records of the given poles, {@link #GOLDEN_BATCH_SIZE} per transaction, two
	 * transactions at a time: the work is PostgreSQL's, and each connection keeps one core busy. The chunks hold
	 * different poles, so they neither wait for nor block each other. Every chunk is waited for; the first failure
	 * is then thrown, the others attached to it (the poles stay touched, and are rebuilt by the next run).
	 */
	private void refreshGoldenRecords(List<String> poles) {
		AtomicInteger threads = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(GOLDEN_WORKERS, runnable -> {
			Thread thread = new Thread(runnable, "golden-records-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> chunks = new ArrayList<>();
			for (int from = 0; from < poles.size(); from += GOLDEN_BATCH_SIZE) {
				List<String> some = poles.subList(from, Math.min(poles.size(), from + GOLDEN_BATCH_SIZE));
				chunks.add(workers.submit(() -> this.transactions.executeWithoutResult(status -> this.goldenRecords.refresh(some))));
			}
			RuntimeException failure = null;
			for (Future<?> chunk : chunks) {
				try {
					chunk.get();
				}
				catch (ExecutionException ex) {
					RuntimeException cause = (ex.getCause() instanceof RuntimeException runtime) ? runtime
							: new IllegalStateException(ex.getCause());
					if (failure == null) {
						failure = cause;
					}
					else {
						failure.addSuppressed(cause);
					}
				}
			}
			if (failure != null) {
				throw failure;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Reconstruction des fiches des pôles interrompue.", ex);
		}
		finally {
			// nothing of this resolution may still write once its lock is released: chunks not started are dropped,
			// the ones running are waited for
			workers.shutdownNow();
			awaitEnd(workers);
		}
	}

	private static Summary awaitWrite(Future<Summary> writing) {
		try {
			return writing.get();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime : new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Résolution interrompue.", ex);
		}
	}

	private static void awaitEnd(ExecutorService workers) {
		boolean interrupted = false;
		while (!workers.isTerminated()) {
			try {
				workers.awaitTermination(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}

	/** The records already resolved of the files being imported (left so by a killed run). */
	private static final String RESOLVED_IN_OPEN_FILES = """
			from pole_record r join source_file f on f.id = r.file_id where f.status = 'READ' and r.pole_id is not null""";

	/** What the resolution of a run knows between its batches. */
	private final class Index {

		final Map<String, PoleProfile> profiles = new HashMap<>();

		final Blocks blocks = new Blocks(PoleResolver.this.settings.blockLimit(), PoleResolver.this.settings.genericWords());

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

		long pending;

		PairScorer scorer;

		Map<Long, String> previousLinks;

		Set<String> knownPoles;

		Map<String, String> redirects;

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
			profile.add(record);
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
			if (!candidates.isEmpty()) {
				PairScorer.Prepared prepared = this.scorer.prepare(record);
				candidates.forEach(candidate -> scores.put(candidate, prepared.score(candidate)));
			}
			return new Ahead(record, scores, meeting, candidates, barred);
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

	}

	/**
	 * The known poles (their records, with the members their files list), the words of every record (resolved
	 * or pending) for their rarity, the links of rows imported again, and the redirects.
	 */
	private Index loadIndex() {
		Index index = new Index();
		Map<String, Set<String>> membersByPole = new HashMap<>();
		this.jdbc.query("select pole_id, name_key from member_record where pole_id is not null and name_key is not null",
				rs -> {
					membersByPole.computeIfAbsent(rs.getString(1), key -> new HashSet<>()).add(rs.getString(2));
				});
		// the members of files whose poles a killed run resolved but whose members it did not attach yet
		Map<Long, Map<String, Set<String>>> unattached = pendingMembers(
				"m.file_id in (select distinct r.file_id " + RESOLVED_IN_OPEN_FILES + ")");
		List<String> poleIds = new ArrayList<>();
		List<Evidence.Row> rows = new ArrayList<>();
		this.jdbc.query("select r.pole_id, " + Evidence.COLUMNS
				+ " from pole_record r where r.pole_id is not null order by r.raw_row_id", rs -> {
					poleIds.add(rs.getString("pole_id"));
					rows.add(Evidence.Row.of(rs));
				});
		// the evidence of each known record (words, acronyms, stems) is worked out on every core, then added in order
		List<ResolvableRecord> records = IntStream.range(0, rows.size()).parallel()
			.mapToObj(i -> this.evidence.read(rows.get(i), membersByPole.getOrDefault(poleIds.get(i), Set.of())))
			.toList();
		for (int i = 0; i < records.size(); i++) {
			ResolvableRecord record = records.get(i);
			if (unattached.containsKey(record.fileId())) {
				record = withMembers(record, unattached.get(record.fileId()), rows.get(i).acronym());
			}
			index.words.count(record.tokens(), record.departement());
			// as the run that resolved it added it: a SIREN several poles hold by then is read as a carrier's, so that a
			// run resumed after a crash knows the poles as an uninterrupted run does
			index.add(poleIds.get(i), index.asEvidence(record));
		}
		this.jdbc.query("select r.name, r.departement from pole_record r where r.outcome = 'NORMALISED'", rs -> {
			index.words.count(NameTokens.of(rs.getString(1)), rs.getString(2));
			index.pending++;
		});
		index.scorer = index.words.scorer(this.settings);
		index.previousLinks = previousLinks();
		index.knownPoles = new HashSet<>(this.jdbc.queryForList("select id from pole", String.class));
		index.redirects = this.redirects.all();
		return index;
	}

	/**
	 * What became of a batch's records, to be written in one transaction: their outcomes, the review pairs, how far
	 * the poles' numbering went and the last record resolved (the next batch starts after it).
	 */
	private record Batch(List<Resolution> resolutions, List<Review> reviews, long lastNumber, Summary summary,
			Evidence.Row last) {
	}

	/**
	 * Resolves the next batch of pending records, those after {@code after} in file and row order (the batch before
	 * may not be committed yet), in memory; {@code null} when none is left.
	 */
	private Batch resolveBatch(Index index, Evidence.Row after, IdentifierCounter.Sequence numbers) {
		List<Evidence.Row> rows = new ArrayList<>();
		this.jdbc.query("select " + Evidence.COLUMNS + """
				 from pole_record r where r.outcome = 'NORMALISED' and (r.file_id, r.raw_row_id) > (?, ?)
				order by r.file_id, r.raw_row_id limit ?""", rs -> {
			rows.add(Evidence.Row.of(rs));
		}, (after != null) ? after.fileId() : Long.MIN_VALUE, (after != null) ? after.rawRowId() : Long.MIN_VALUE,
				BATCH_SIZE);
		Set<Long> files = new HashSet<>();
		for (Evidence.Row row : rows) {
			// a file's members are read once, however many batches its records span
			if (files.add(row.fileId())) {
				index.membersOfFiles.computeIfAbsent(row.fileId(),
						file -> pendingMembers("m.file_id = ?", file).getOrDefault(file, Map.of()));
			}
		}
		index.membersOfFiles.keySet().retainAll(files);
		// the evidence of the batch's records is worked out on every core
		List<ResolvableRecord> pending = rows.parallelStream()
			.map(row -> withMembers(this.evidence.read(row, Set.of()), index.membersOfFiles.get(row.fileId()), row.acronym()))
			.toList();
		if (pending.isEmpty()) {
			return null;
		}
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
			else if (index.listedInFile.containsKey(Index.listing(record))
					&& allowed(record, index.profiles.get(index.listedInFile.get(Index.listing(record))), false)) {
				// the same pole listed twice by one file: counted once
				resolution = new Resolution(record, index.listedInFile.get(Index.listing(record)), MatchRule.DUPLICATE, null);
			}
			else if (record.sirenDeclared() && index.poleBySiren.containsKey(record.ownSiren())) {
				resolution = new Resolution(record, index.poleBySiren.get(record.ownSiren()), MatchRule.SIREN, null);
			}
			else if (record.rna() != null && index.poleByRna.containsKey(record.rna())
					&& allowed(record, index.profiles.get(index.poleByRna.get(record.rna())), false)) {
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
							&& rivals(record, index.asEvidence(pending.get(claim.position())))) {
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
					boolean merges = merges(entry.getValue());
					if (!merges || (!claimed.contains(entry.getKey()) && (!changed.contains(entry.getKey())
							|| !laterRowMatchesBetter(index, pending, rowsByFileKey, position, record, entry)))) {
						best = entry;
						break;
					}
					leftToLaterRows.add(entry);
				}
				if (best != null && merges(best.getValue())) {
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
				new Summary(founded, resolutions.size() - founded, reviews.size(), comparisons, possible),
				rows.get(rows.size() - 1));
	}

	/**
	 * Whether a later row of the record's file, sharing a blocking key with it, matches the pole better than the
	 * record does (and would be allowed to join it): then the pole is that row's.
	 */
	private boolean laterRowMatchesBetter(Index index, List<ResolvableRecord> pending,
			Map<String, List<Integer>> rowsByFileKey, int position, ResolvableRecord record,
			Map.Entry<PoleProfile, Score> match) {
		Set<Integer> seen = new HashSet<>();
		for (String key : index.blocks.keys(record)) {
			for (int later : rowsByFileKey.getOrDefault(record.fileId() + "|" + key, List.of())) {
				if (later <= position || !seen.add(later)) {
					continue;
				}
				ResolvableRecord other = index.asEvidence(pending.get(later));
				if (!settledByRule(index, other) && rivals(record, other) && allowed(other, match.getKey(), true)
						&& index.scorer.prepare(other).score(match.getKey()).total() > match.getValue().total()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether a score merges a record into a pole: high enough, and some evidence of identity agrees (name, acronym,
	 * SIREN, carrier or web domain). The commune and the members alone say where a pole is, not which: « Talence
	 * Solidaire » and « Entreprendre à Talence » are two poles of one town.
	 */
	private boolean merges(Score score) {
		return score.total() >= this.settings.mergeAt() && score.identityAgrees();
	}

	/**
	 * Whether two rows of one file may be two poles: not when they list the same pole twice (same name and place,
	 * or the same SIREN declared the pole's own), which the doublon rules count once.
	 */
	private static boolean rivals(ResolvableRecord record, ResolvableRecord other) {
		String listing = Index.listing(record);
		boolean sameListing = listing != null && listing.equals(Index.listing(other));
		boolean sameSiren = record.sirenDeclared() && other.sirenDeclared() && record.ownSiren().equals(other.ownSiren());
		return !sameListing && !sameSiren;
	}

	/** Whether a row's pole is settled before any score: a previous link, a declared SIREN or an RNA already known. */
	private static boolean settledByRule(Index index, ResolvableRecord record) {
		return index.linkedPole(record) != null
				|| (record.sirenDeclared() && index.poleBySiren.containsKey(record.ownSiren()))
				|| (record.rna() != null && index.poleByRna.containsKey(record.rna()));
	}

	/**
	 * The known poles that rows of the batch would join by score, each claimed by the row of its file that matches
	 * it best (the first of equals): a file lists a pole once, so a row that only looks like the pole (a neighbour
	 * of the same commune sharing its members) must not take it before the row that names it, which the file
	 * constraint would then keep out. By file, then by pole.
	 */
	private Map<Long, Map<String, Claim>> claims(Index index, List<ResolvableRecord> pending, List<Ahead> ahead) {
		Map<Long, Map<String, Claim>> claims = new HashMap<>();
		for (int position = 0; position < pending.size(); position++) {
			if (settledByRule(index, ahead.get(position).record())) {
				continue;
			}
			String best = null;
			double bestTotal = Double.NEGATIVE_INFINITY;
			for (Map.Entry<PoleProfile, Score> scored : ahead.get(position).scores().entrySet()) {
				double total = scored.getValue().total();
				String pole = scored.getKey().poleId();
				if (total > bestTotal || (total == bestTotal && pole.compareTo(best) < 0)) {
					best = pole;
					bestTotal = total;
				}
			}
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

	/**
	 * Estimates the matching probabilities from the resolved records by EM ({@link WeightEstimator}): every
	 * pair of records that share a blocking key (at most {@code 200,000} pairs), compared level by level.
	 */
	@Transactional(readOnly = true)
	public WeightEstimator.Estimate estimateWeights() {
		List<ResolvableRecord> records = new ArrayList<>();
		WordFrequencies words = new WordFrequencies();
		this.jdbc.query("select " + Evidence.COLUMNS + " from pole_record r where r.pole_id is not null order by r.raw_row_id",
				rs -> {
					ResolvableRecord record = this.evidence.read(rs, Set.of());
					words.count(record.tokens(), record.departement());
					records.add(record);
				});
		PairScorer scorer = words.scorer(this.settings);
		Blocks blocks = new Blocks(this.settings.blockLimit(), this.settings.genericWords());
		List<String[]> pairs = new ArrayList<>();
		for (ResolvableRecord record : records) {
			List<PoleProfile> others = new ArrayList<>(blocks.candidates(record));
			others.sort(Comparator.comparing(PoleProfile::poleId));
			PairScorer.Prepared prepared = scorer.prepare(record);
			for (PoleProfile other : others) {
				if (pairs.size() < 200_000) {
					pairs.add(scorer.levels(prepared, other));
				}
			}
			PoleProfile profile = new PoleProfile("ligne:" + record.rawRowId());
			profile.add(record);
			blocks.add(profile, record);
		}
		return WeightEstimator.estimate(pairs, this.settings, 100);
	}

	/**
	 * Whether a record may join a pole: not when their SIRENs declared their own, or their RNAs, differ, nor (unless
	 * the evidence is hard) when the pole holds a row of the record's file.
	 */
	private static boolean allowed(ResolvableRecord record, PoleProfile pole, boolean checkFile) {
		// two SIRENs declared the poles' own and different: two poles; a SIREN of unknown role only weighs
		if (record.sirenDeclared() && !pole.declaredSirens.isEmpty() && !pole.declaredSirens.contains(record.ownSiren())) {
			return false;
		}
		if (record.rna() != null && !pole.rnas.isEmpty() && !pole.rnas.contains(record.rna())) {
			return false;
		}
		return !checkFile || !pole.listedBy(record.fileId());
	}

	/** Writes what became of a batch's records, its new poles and review pairs, and how far the numbering went. */
	private Summary write(Batch batch, Set<String> touched) {
		List<Object[]> founders = new ArrayList<>();
		List<Object[]> outcomes = new ArrayList<>();
		this.counter.recordPoles(batch.lastNumber());
		for (Resolution resolution : batch.resolutions()) {
			if (resolution.founds()) {
				founders.add(new Object[] { resolution.poleId(), resolution.record().rawRowId() });
			}
			touched.add(resolution.poleId());
			outcomes.add(new Object[] { resolution.founds() ? "ACCEPTED" : "MERGED", resolution.poleId(),
					resolution.rule().code(), resolution.score(), resolution.record().rawRowId() });
		}
		this.goldenRecords.create(founders);
		this.jdbc.update("""
				update pole_record p set outcome = u.outcome::record_outcome, pole_id = u.pole_id, match_rule = u.rule::match_rule,
				       match_score = u.score
				from unnest(?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[])
				     as u(outcome, pole_id, rule, score, raw_row_id)
				where p.raw_row_id = u.raw_row_id""", column(outcomes, 0, String[]::new), column(outcomes, 1, String[]::new),
				column(outcomes, 2, String[]::new), column(outcomes, 3, Double[]::new), column(outcomes, 4, Long[]::new));
		List<Object[]> pairs = new ArrayList<>();
		for (Review review : batch.reviews()) {
			pairs.add(new Object[] { review.candidate(), review.founded(), review.score().total(),
					Explanations.write(review.score()) });
		}
		this.jdbc.batchUpdate("""
				insert into review_pair (pole_a, pole_b, score, explanation) values (?, ?, ?, ?::jsonb)
				on conflict do nothing""", pairs);
		return batch.summary();
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
		return rows.stream().map(row -> (T) row[index]).toArray(array);
	}

	/**
	 * The members that files list and that are not attached yet, by file and by the way they name their pole
	 * (matching name or acronym); {@code condition} selects the files.
	 */
	private Map<Long, Map<String, Set<String>>> pendingMembers(String condition, Object... parameters) {
		Map<Long, Map<String, Set<String>>> members = new HashMap<>();
		this.jdbc.query("""
				select m.file_id, m.pole_reference, m.name_key from member_record m
				where m.outcome = 'NORMALISED' and m.name_key is not null and m.pole_reference is not null and"""
				+ " " + condition, rs -> {
			String reference = rs.getString("pole_reference");
			Map<String, Set<String>> ofFile = members.computeIfAbsent(rs.getLong("file_id"), key -> new HashMap<>());
			for (String key : PoleReferences.ofReference(reference)) {
				ofFile.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getString("name_key"));
			}
		}, parameters);
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
