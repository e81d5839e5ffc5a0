package fr.ptce.observatory.bench;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import fr.ptce.observatory.ObservatoryApplication;
import fr.ptce.observatory.ingestion.HeaderDictionary;
import fr.ptce.observatory.ingestion.NetworkFileReader;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.operations.Runs;
import io.micrometer.core.instrument.MeterRegistry;
import org.postgresql.PGConnection;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly run on a large year, on the embedded PostgreSQL, next to the machine's own lower bounds measured
 * in the same run: unzip + SAX parse of the same sheets, and PostgreSQL COPY of the same raw rows into a table
 * like {@code raw_row}. Prints each stage's rows/s, peak heap and processor time (this JVM's and PostgreSQL's: near
 * twice the stage's time, the stage is bound by the two cores), the whole import and the report. Run it through
 * {@code bench/load.sh} (with {@code -Xmx512m}).
 */
public final class LoadBenchmark {

	/** The embedded server's data directory, made anew for each scale. */
	private static final Path DATA_DIRECTORY = Path.of("target/bench/postgres-load");

	private LoadBenchmark() {
	}

	/** What one scale's run gave, for the closing table. */
	private record ScaleResult(int scale, int files, long poleRows, long memberRows, double importSeconds,
			double reportSeconds, long peakMb, long liveMb) {
	}

	/**
	 * {@code LoadBenchmark FILES POLES MEMBERS_PER_POLE SCALES}: the large year is FILES files describing POLES
	 * poles with MEMBERS_PER_POLE members each; each of SCALES (comma-separated, {@code 1,2,5} by default)
	 * multiplies the files and the poles. The machine's bounds are measured on the 1 x scale.
	 */
	public static void main(String[] args) throws Exception {
		int files = (args.length > 0) ? Integer.parseInt(args[0]) : 100;
		int poles = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
		int membersPerPole = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		String scales = (args.length > 3) ? args[3] : "1,2,5";
		System.out.printf("max heap %d MB, %d cores, Java %s%n", Runtime.getRuntime().maxMemory() / 1024 / 1024,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		List<ScaleResult> results = new ArrayList<>();
		for (String scale : scales.split(",")) {
			int times = Integer.parseInt(scale.strip());
			// the bounds hold the 1 x year's raw rows in memory for COPY: measured on that scale only
			results.add(run(times, files * times, poles * times, membersPerPole, times == 1));
		}
		System.out.printf("%nscale  files  pole rows  member rows  import (s)  rows/s   report (s)  peak heap  live heap%n");
		for (ScaleResult result : results) {
			System.out.printf("%4d x %6d %10d %12d %11.1f %8.0f %10.1f %7d MB %7d MB%n", result.scale(), result.files(),
					result.poleRows(), result.memberRows(), result.importSeconds(),
					(result.poleRows() + result.memberRows()) / result.importSeconds(), result.reportSeconds(),
					result.peakMb(), result.liveMb());
		}
		System.out.println("(targets: the 1 x year imported in under 45 s, its report in under 5 s, within -Xmx512m;"
				+ " time growing linearly with the rows; live heap = heap in use after the last garbage collection)");
	}

	private static ScaleResult run(int scale, int files, int poles, int membersPerPole, boolean bounds)
			throws Exception {
		Path inbox = Path.of("target/bench/load-" + files + "-" + poles + "-" + membersPerPole);
		if (!Files.isDirectory(inbox)) {
			long start = System.nanoTime();
			int[] written = LoadFiles.write(inbox, files, poles, membersPerPole);
			System.out.printf("wrote %d files: %,d pole rows, %,d member rows in %.0f s%n", files, written[0],
					written[1], (System.nanoTime() - start) / 1e9);
		}
		List<Path> workbooks;
		try (Stream<Path> paths = Files.walk(inbox)) {
			workbooks = paths.filter(path -> path.toString().endsWith(".xlsx")).sorted().toList();
		}
		System.out.printf("%n=== %d x the large year: %d files in %s%n", scale, workbooks.size(), inbox);

		// lower bound of reading: unzip + SAX parse of the same sheets, doing nothing with them
		long start = System.nanoTime();
		long parsedRows = 0;
		if (bounds) {
			for (Path workbook : workbooks) {
				parsedRows += XlsxReadBenchmark.saxParse(workbook);
			}
		}
		double parseSeconds = (System.nanoTime() - start) / 1e9;

		SpringApplication application = new SpringApplication(ObservatoryApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = application.run(
				"--observatory.database.data-dir=" + DATA_DIRECTORY, "--observatory.database.clean=true",
				"--observatory.database.durable=true", // fsync on, as the observatory runs
				"--observatory.first-start.import-samples=false", "--observatory.schedule.import-cron=-",
				"--observatory.reports-dir=target/bench/load-reports", "--logging.level.root=WARN",
				"--logging.level.fr.ptce.observatory.reporting.ReportPublisher=DEBUG",
				"--logging.level.fr.ptce.observatory.reporting.ReportFiles=DEBUG",
				"--logging.level.fr.ptce.observatory.resolution.PoleResolver=DEBUG")) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Runs runs = context.getBean(Runs.class);

			// lower bound of writing: COPY of the same raw rows (cells as JSON) into a table like raw_row without any
			// check, then with a foreign key to source_file (checked row by row, as raw_row was until V17)
			double copySeconds = 0;
			double copyCheckedSeconds = 0;
			long copiedRows = 0;
			if (bounds) {
				List<BoundRow> lines = new ArrayList<>();
				int fileNumber = 0;
				for (Path workbook : workbooks) {
					fileNumber++;
					try (NetworkFileReader reader = NetworkFileReader.open(workbook, HeaderDictionary.standard())) {
						for (RawRow row = reader.read(); row != null; row = reader.read()) {
							lines.add(new BoundRow(fileNumber, '\t' + row.sheet() + '\t' + row.rowNumber() + '\t'
									+ json(row.cells()) + '\t' + row.kind() + '\n'));
							copiedRows++;
						}
					}
				}
				DataSource dataSource = context.getBean(DataSource.class);
				jdbc.execute("create table bound_raw_row (like raw_row including all)");
				copySeconds = copy(dataSource, lines, 0);
				jdbc.execute("truncate bound_raw_row");
				// files to refer to, numbered far above the observatory's own
				long firstFile = 900_000;
				jdbc.update("insert into source_file (id, sha256, name, location, size_bytes, import_execution_id, "
						+ "status) select g, lpad(g::text, 64, '0'), 'borne ' || g, 'borne', 0, 0, 'DISCOVERED' "
						+ "from generate_series(?::bigint, ?::bigint) g", firstFile, firstFile + fileNumber);
				jdbc.execute("alter table bound_raw_row add foreign key (file_id) references source_file (id)");
				copyCheckedSeconds = copy(dataSource, lines, firstFile);
				jdbc.execute("drop table bound_raw_row");
				jdbc.update("delete from source_file where id >= ?", firstFile);
			}

			System.gc();
			RunSampler sampler = RunSampler.start(DATA_DIRECTORY);
			start = System.nanoTime();
			JobExecution night = runs.importInbox(inbox);
			double importSeconds = (System.nanoTime() - start) / 1e9;
			start = System.nanoTime();
			JobExecution report = runs.report(2025);
			double reportSeconds = (System.nanoTime() - start) / 1e9;
			sampler.stop();

			if (bounds) {
				System.out.printf("lower bounds, same machine, same run:%n");
				System.out.printf("  unzip + SAX parse        %,9d rows in %6.1f s = %,8.0f rows/s%n", parsedRows,
						parseSeconds, parsedRows / parseSeconds);
				System.out.printf("  COPY into raw_row        %,9d rows in %6.1f s = %,8.0f rows/s%n", copiedRows,
						copySeconds, copiedRows / copySeconds);
				System.out.printf("  same, row-by-row key     %,9d rows in %6.1f s = %,8.0f rows/s%n", copiedRows,
						copyCheckedSeconds, copiedRows / copyCheckedSeconds);
			}
			System.out.printf("nightly import (%s), report (%s):%n", night.getStatus(), report.getStatus());
			for (JobExecution execution : List.of(night, report)) {
				for (StepExecution step : execution.getStepExecutions()) {
					long from = millis(step.getStartTime());
					long to = millis(step.getEndTime());
					double seconds = (to - from) / 1000.0;
					long rows = Math.max(step.getReadCount(), step.getWriteCount());
					System.out.printf("  %-18s %6.1f s  read %,9d  written %,9d  %,8.0f rows/s  peak heap %4d MB"
							+ "  live %4d MB  processor: Java %5.1f s, PostgreSQL %s%n", step.getStepName(), seconds,
							step.getReadCount(), step.getWriteCount(), (seconds > 0) ? rows / seconds : 0,
							sampler.peakMb(from, to), sampler.liveMb(from, to), sampler.javaSeconds(from, to),
							sampler.knowsPostgres() ? String.format("%5.1f s", sampler.postgresSeconds(from, to)) : "?");
				}
			}
			StepExecution readRows = night.getStepExecutions().stream()
				.filter(step -> step.getStepName().equals("readRows")).findFirst().orElseThrow();
			double readSeconds = (millis(readRows.getEndTime()) - millis(readRows.getStartTime())) / 1000.0;
			if (bounds) {
				System.out.printf("reading and storing raw rows: %.1f s, %.2f x (parse + COPY) bound (%.1f s; target "
						+ "within 1.5 x); %.2f x parse alone, %.2f x COPY alone%n", readSeconds,
						readSeconds / (parseSeconds + copySeconds), parseSeconds + copySeconds, readSeconds / parseSeconds,
						readSeconds / copySeconds);
				System.out.printf("  against a COPY checking a row-by-row foreign key: %.2f x (parse + COPY) bound (%.1f s)%n",
						readSeconds / (parseSeconds + copyCheckedSeconds), parseSeconds + copyCheckedSeconds);
				double writeSeconds = chunkWriteSeconds(context, "normaliseRows");
				long records = jdbc.queryForObject("select (select count(*) from pole_record) + (select count(*) from "
						+ "member_record)", Long.class);
				System.out.printf("writing normalised records: %,d in %.1f s = %,.0f rows/s, %.2f x COPY (target 0.7 x), "
						+ "%.2f x COPY checking a row-by-row foreign key%n", records, writeSeconds, records / writeSeconds,
						(records / writeSeconds) / (copiedRows / copySeconds),
						(records / writeSeconds) / (copiedRows / copyCheckedSeconds));
			}
			long poleRows = jdbc.queryForObject("select count(*) from raw_row where kind = 'POLE'", Long.class);
			long memberRows = jdbc.queryForObject("select count(*) from raw_row where kind = 'MEMBER'", Long.class);
			System.out.printf("whole nightly import: %.1f s; report: %.1f s; peak heap %d MB, live heap %d MB%n",
					importSeconds, reportSeconds, sampler.peakMb(0, Long.MAX_VALUE), sampler.liveMb(0, Long.MAX_VALUE));
			System.out.printf("pole rows %,d, member rows %,d: poles %,d, members %,d, pairs for review %,d, rows "
					+ "quarantined %,d%n", poleRows, memberRows, jdbc.queryForObject("select count(*) from pole", Long.class),
					jdbc.queryForObject("select count(*) from member", Long.class),
					jdbc.queryForObject("select count(*) from review_pair", Long.class),
					jdbc.queryForObject("select coalesce(sum(rows_quarantined), 0) from source_file", Long.class));
			return new ScaleResult(scale, workbooks.size(), poleRows, memberRows, importSeconds, reportSeconds,
					sampler.peakMb(0, Long.MAX_VALUE), sampler.liveMb(0, Long.MAX_VALUE));
		}
	}

	/** A raw row of the bound: the number of its file, and the rest of its COPY line. */
	private record BoundRow(int file, String rest) {
	}

	/** One COPY of the rows into the bound's table, their files numbered from {@code firstFile + 1}, timed. */
	private static double copy(DataSource dataSource, List<BoundRow> rows, long firstFile) throws Exception {
		StringBuilder text = new StringBuilder();
		for (BoundRow row : rows) {
			text.append(firstFile + row.file()).append(row.rest());
		}
		long start = System.nanoTime();
		try (var connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
					"copy bound_raw_row (file_id, sheet, row_number, cells, kind) from stdin",
					new StringReader(text.toString()));
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** The time Spring Batch measured writing the step's chunks ({@code spring.batch.chunk.write}). */
	private static double chunkWriteSeconds(ConfigurableApplicationContext context, String step) {
		return context.getBean(MeterRegistry.class).find("spring.batch.chunk.write").timers().stream()
			.filter(timer -> timer.getId().getTags().stream().anyMatch(tag -> tag.getKey().endsWith("step.name")
					&& tag.getValue().equals(step)))
			.mapToDouble(timer -> timer.totalTime(TimeUnit.SECONDS))
			.sum();
	}

	private static long millis(java.time.LocalDateTime time) {
		return time.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
	}

	private static String json(java.util.Map<String, String> cells) {
		StringBuilder json = new StringBuilder("{");
		cells.forEach((key, value) -> {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append(quote(key)).append(':').append(quote(value));
		});
		return json.append('}').toString().replace("\\", "\\\\");
	}

	private static String quote(String text) {
		if (text == null) {
			return "null";
		}
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", " ").replace("\n", " ") + "\"";
	}

}
