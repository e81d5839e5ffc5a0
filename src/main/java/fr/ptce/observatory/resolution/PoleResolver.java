package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

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
 * is ACCEPTED, one that joins a pole is MERGED. Identifiers come from a counter in the resolving transaction
 * ({@link IdentifierCounter}), in record order: never reused, identical for identical inputs, and identical after a
 * crash and a resumed run.
 * <p>
 * This class runs a resolution: its lock, its batches (read and written by {@link ResolutionRecords}, resolved by
 * {@link BatchResolver} against {@link KnownPoles}), the writing thread and the golden records rebuilt in parallel.
 * Over 250 lines because the threads of one run, and how each failure stops them, are kept together.
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

	private static final Log logger = LogFactory.getLog(PoleResolver.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final GoldenRecords goldenRecords;

	private final MatchingSettings settings;

	private final Evidence evidence;

	private final IdentifierCounter counter;

	private final ResolutionRecords records;

	private final BatchResolver batches;

	private final FoundedPoles founded;

	private final FileMembers members;

	private final SecondLook secondLook;

	PoleResolver(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, GoldenRecords goldenRecords,
			MatchingSettings settings, IdentifierCounter counter, ResolutionRecords records, FoundedPoles founded,
			FileMembers members) {
		this.founded = founded;
		this.members = members;
		this.secondLook = new SecondLook(settings);
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// each batch commits on its own, also inside the step's transaction
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.counter = counter;
		this.records = records;
		this.batches = new BatchResolver(settings);
		this.goldenRecords = goldenRecords;
		this.settings = settings;
		this.evidence = new Evidence(settings);
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
		long started = System.nanoTime();
		KnownPoles index = this.transactions.execute(status -> this.records.load());
		// the poles whose golden record is rebuilt at the end: those this run touches, and those a killed run
		// touched (records resolved, files not closed yet)
		Set<String> touched = this.records.polesResolvedInOpenFiles();
		// the run holds the resolution lock: nobody else numbers poles until it ends
		IdentifierCounter.Sequence numbers = this.transactions.execute(status -> this.counter.poles());
		long total = index.pending;
		long loaded = System.nanoTime();
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
			Evidence.Row after = null;
			while (true) {
				ResolutionRecords.Pending pending = this.records.next(index, after);
				BatchResolver.Batch batch = (pending == null) ? null
						: this.batches.resolve(index, pending.records(), pending.last(), numbers);
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
				after = batch.last();
				BatchResolver.Batch resolved = batch;
				writing = writer.submit(() -> this.transactions.execute(status -> this.records.write(resolved, touched)));
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
		long resolved = System.nanoTime();
		if (done * 10 >= index.known || this.records.statisticsStale()) {
			// a run (or a killed one before it) that changed a tenth of the records or more: statistics taken before
			// would mislead the second look's and the golden records' queries; below that, they still hold
			// (PostgreSQL's autovacuum waits for a tenth too)
			this.transactions.executeWithoutResult(status -> this.records.analysePoles());
		}
		long analysed = System.nanoTime();
		summary = summary.plus(this.transactions.execute(status -> takeSecondLook(index, touched)));
		long looked = System.nanoTime();
		refreshGoldenRecords(new ArrayList<>(touched));
		long rebuilt = System.nanoTime();
		this.transactions.executeWithoutResult(status -> this.records.forgetUsedPreviousLinks());
		if (logger.isDebugEnabled()) {
			logger.debug(String.format(Locale.ROOT,
					"Resolved %,d records: known poles read %.2f s, batches %.2f s, statistics %.2f s, second look %.2f s, "
							+ "golden records %.2f s, previous links %.2f s",
					done, seconds(started, loaded), seconds(loaded, resolved), seconds(resolved, analysed),
					seconds(analysed, looked), seconds(looked, rebuilt), seconds(rebuilt, System.nanoTime())));
		}
		return summary;
	}

	/**
	 * The second look ({@link SecondLook}) at the poles that one record of the files being imported founded and left
	 * for review, once every record is resolved, in record order, in one transaction: a record that now joins a known
	 * pole moves to it. A run killed before takes it again on the same poles, so its outcome is an uninterrupted
	 * run's.
	 */
	private Summary takeSecondLook(KnownPoles index, Set<String> touched) {
		List<FoundedPoles.Founder> founders = this.founded.leftForReview();
		Map<String, String> moved = new HashMap<>();
		List<String> rejoined = new ArrayList<>();
		// the members of one file at a time (founders come file by file, in row order): those of every file at once
		// held a large year's members in memory
		long membersFile = -1;
		Map<String, Set<String>> membersOfFile = Map.of();
		for (FoundedPoles.Founder founder : founders) {
			long file = founder.row().fileId();
			if (file != membersFile) {
				membersOfFile = this.members.pending("m.file_id = ?", file).getOrDefault(file, Map.of());
				membersFile = file;
			}
			ResolvableRecord record = FileMembers.withMembers(this.evidence.read(founder.row(), Set.of()), membersOfFile,
					founder.row().acronym());
			Optional<SecondLook.Rejoin> rejoin = this.secondLook.decide(index, record, founder.candidates(), moved);
			if (rejoin.isPresent()) {
				this.founded.rejoin(founder, rejoin.get());
				moved.replaceAll((from, to) -> to.equals(founder.founded()) ? rejoin.get().poleId() : to);
				moved.put(founder.founded(), rejoin.get().poleId());
				index.profiles.remove(founder.founded());
				index.add(rejoin.get().poleId(), index.asEvidence(record));
				touched.remove(founder.founded());
				touched.add(rejoin.get().poleId());
				rejoined.add(founder.founded());
			}
		}
		int pairs = rejoined.isEmpty() ? 0 : this.founded.forgetPairsOf(rejoined);
		return new Summary(-rejoined.size(), rejoined.size(), -pairs, 0, 0);
	}

	/**
	 * Rebuilds the golden records of the given poles, at most {@link #GOLDEN_BATCH_SIZE} per transaction, two
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
			// chunks of equal size, as many as the workers or a multiple of them: 6,400 poles are two chunks of 3,200,
			// not 5,000 on one worker while the other is done with 1,400
			int perRound = GOLDEN_WORKERS * GOLDEN_BATCH_SIZE;
			int chunkCount = GOLDEN_WORKERS * Math.max(1, (poles.size() + perRound - 1) / perRound);
			int size = Math.max(1, (poles.size() + chunkCount - 1) / chunkCount);
			for (int from = 0; from < poles.size(); from += size) {
				List<String> some = poles.subList(from, Math.min(poles.size(), from + size));
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

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
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
		Blocks blocks = new Blocks(this.settings.blockLimit(), this.settings.commonWordBlockLimit(),
				this.settings.genericWords(), scorer.names()::isGeneric);
		List<MatchLevel[]> pairs = new ArrayList<>();
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
			profile.add(record, scorer.names());
			blocks.add(profile, record);
		}
		return WeightEstimator.estimate(pairs, this.settings, 100);
	}

}
