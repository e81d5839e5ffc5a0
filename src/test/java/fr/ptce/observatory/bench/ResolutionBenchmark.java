package fr.ptce.observatory.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import fr.ptce.observatory.ObservatoryApplication;
import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.resolution.PoleResolver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resolution speed on this machine, on the embedded PostgreSQL: (1) an incremental night: 1,000 new rows
 * against 30,000 records already resolved; (2) a cold run: 200,000 records resolved at once. Records are
 * synthetic ({@link SyntheticPoles}), loaded with COPY, so only resolution is timed; its quality against the
 * synthetic truth is printed too (B-cubed). Run it through {@code bench/resolution.sh}.
 */
public final class ResolutionBenchmark {

	/** The embedded server's data directory, relative to the observatory's home (the repository). */
	private static final Path DATA_DIRECTORY = Path.of("target/bench/postgres-resolution");

	/** How many times the incremental night is measured. */
	private static final int INCREMENTAL_REPEATS = 5;

	private ResolutionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int existing = (args.length > 0) ? Integer.parseInt(args[0]) : 30_000;
		int fresh = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000;
		int cold = (args.length > 2) ? Integer.parseInt(args[2]) : 200_000;
		SpringApplication application = new SpringApplication(ObservatoryApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run("--observatory.database.data-dir=" + DATA_DIRECTORY,
				"--observatory.first-start.import-samples=false", "--observatory.schedule.import-cron=-",
				"--logging.level.root=WARN",
				"--logging.level.fr.ptce.observatory.resolution.PoleResolver=DEBUG")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			PoleResolver resolver = context.getBean(PoleResolver.class);
			SyntheticLoad load = new SyntheticLoad(jdbc, context.getBean(DataSource.class));
			System.out.printf("max heap %d MB, %d cores, Java %s%n", Runtime.getRuntime().maxMemory() / 1024 / 1024,
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

			// (1) incremental: 30,000 resolved records (about 6,000 poles), then 1,000 new rows; repeated on the same
			// data, since one night's time varies by a third from one try to the next on this machine
			List<Double> nights = new ArrayList<>();
			for (int repeat = 0; repeat < INCREMENTAL_REPEATS; repeat++) {
				TestDatabase.empty(jdbc);
				java.util.Random choice = new java.util.Random(7);
				SyntheticPoles poles = new SyntheticPoles(1);
				poles.newPoles(existing / 5);
				List<Integer> truth = new ArrayList<>();
				loadInFiles(load, poles, existing, 0.0, truth, "existant", choice);
				resolver.resolvePending();
				jdbc.update("update source_file set status = 'IMPORTED'"); // as the import's last step closes them
				loadInFiles(load, poles, fresh, 0.3, truth, "nouveau", choice);
				System.gc();
				resetPeak();
				long start = System.nanoTime();
				PoleResolver.Summary night = resolver.resolvePending();
				double seconds = (System.nanoTime() - start) / 1e9;
				nights.add(seconds);
				System.out.printf("incremental %d: %,d new rows against %,d records: %.2f s (%,.0f rows/s), %d new poles, "
						+ "%,d comparisons (%.1f %% saved by blocking), peak heap %d MB%n", repeat + 1, fresh, existing,
						seconds, fresh / seconds, night.accepted(), night.comparisons(), 100 * night.comparisonsSaved(),
						peakMb());
				if (repeat == INCREMENTAL_REPEATS - 1) {
					printQuality(jdbc, truth);
				}
			}
			List<Double> sorted = nights.stream().sorted().toList();
			System.out.printf("incremental, %d tries: median %.2f s (fastest %.2f s, slowest %.2f s)%n", sorted.size(),
					sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));

			// (2) cold: 200,000 records (about 40,000 poles) at once
			TestDatabase.empty(jdbc);
			SyntheticPoles poles = new SyntheticPoles(2);
			poles.newPoles(cold / 5);
			List<Integer> truth = new ArrayList<>();
			loadInFiles(load, poles, cold, 0.0, truth, "froid", new java.util.Random(8));
			System.gc();
			resetPeak();
			// processor time of both sides: a cold run keeps the two cores busy with Java's scoring and PostgreSQL's
			// writes together, so a gain on one side shows in wall time only as far as the other leaves room
			RunSampler server = RunSampler.watching(DATA_DIRECTORY);
			RunSampler.Processor before = server.processorNow();
			long start = System.nanoTime();
			PoleResolver.Summary coldRun = resolver.resolvePending();
			double seconds = (System.nanoTime() - start) / 1e9;
			RunSampler.Processor after = server.processorNow();
			System.out.printf("cold run: %,d records: %.1f s (%,.0f rows/s), %,d poles, %,d comparisons "
					+ "(%.3f %% saved by blocking), peak heap %d MB, processor: Java %.1f s, PostgreSQL %s%n", cold,
					seconds, cold / seconds, coldRun.accepted(), coldRun.comparisons(), 100 * coldRun.comparisonsSaved(),
					peakMb(), after.javaSecondsSince(before),
					server.knowsPostgres() ? String.format("%.1f s", after.postgresSecondsSince(before)) : "?");
			printQuality(jdbc, truth);
		}
	}

	/**
	 * Loads records in files of 500 rows, each listing a pole at most once (as a network does); a share of
	 * them describe poles never seen before.
	 */
	private static void loadInFiles(SyntheticLoad load, SyntheticPoles poles, int count, double newShare,
			List<Integer> truth, String prefix, java.util.Random choice) throws Exception {
		int file = 0;
		for (int loaded = 0; loaded < count; file++) {
			int size = Math.min(Math.min(500, count - loaded), Math.max(1, poles.poles()));
			java.util.Set<Integer> listed = new java.util.LinkedHashSet<>();
			while (listed.size() < size) {
				listed.add((choice.nextDouble() < newShare) ? poles.newPoles(1) : choice.nextInt(poles.poles()));
			}
			List<SyntheticPoles.Record> batch = new ArrayList<>();
			for (int pole : listed) {
				SyntheticPoles.Record record = poles.recordOf(pole);
				batch.add(record);
				truth.add(record.pole());
			}
			load.file("reseau-" + (file % 20) + "/" + prefix + "-" + file + ".xlsx", batch);
			loaded += size;
		}
	}

	/** B-cubed precision and recall of the poles found against the synthetic truth (rows in load order). */
	private static void printQuality(JdbcTemplate jdbc, List<Integer> truth) {
		List<String> found = jdbc.queryForList("select pole_id from pole_record order by raw_row_id", String.class);
		Map<Integer, Integer> truthSizes = new HashMap<>();
		Map<String, Integer> foundSizes = new HashMap<>();
		Map<String, Integer> overlaps = new HashMap<>();
		for (int i = 0; i < truth.size(); i++) {
			truthSizes.merge(truth.get(i), 1, Integer::sum);
			foundSizes.merge(found.get(i), 1, Integer::sum);
			overlaps.merge(truth.get(i) + "|" + found.get(i), 1, Integer::sum);
		}
		double precision = 0;
		double recall = 0;
		for (int i = 0; i < truth.size(); i++) {
			int overlap = overlaps.get(truth.get(i) + "|" + found.get(i));
			precision += (double) overlap / foundSizes.get(found.get(i));
			recall += (double) overlap / truthSizes.get(truth.get(i));
		}
		precision /= truth.size();
		recall /= truth.size();
		System.out.printf("  quality on the synthetic truth: B-cubed precision %.4f, recall %.4f, F1 %.4f "
				+ "(%,d true poles, %,d found)%n", precision, recall, 2 * precision * recall / (precision + recall),
				truthSizes.size(), foundSizes.size());
	}

	private static void resetPeak() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / 1024 / 1024;
	}

}
