package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import fr.ptce.observatory.indicators.IndicatorCalculator;
import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.ingestion.FileStatus;
import fr.ptce.observatory.resolution.MatchingSettings;
import fr.ptce.observatory.resolution.ResolutionCounts;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the report of a year: computes its indicators, stores them, and writes the PDF, the XLSX, the open
 * data CSV and the charts into a folder of their own. The files are written aside and moved in place at
 * the end, so a failed build leaves the previous report of the year as it was.
 */
@Service
public class ReportPublisher {

	private static final Log logger = LogFactory.getLog(ReportPublisher.class);

	private final JdbcTemplate jdbc;

	private final IndicatorCalculator calculator;

	private final Reports reports;

	private final Path reportsDir;

	private final MatchingSettings settings;

	private final ResolutionCounts resolutionCounts;

	private final Clock clock;

	public ReportPublisher(JdbcTemplate jdbc, IndicatorCalculator calculator, Reports reports,
			ObservatoryProperties properties, MatchingSettings settings, ResolutionCounts resolutionCounts,
			Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.calculator = calculator;
		this.reports = reports;
		this.reportsDir = properties.reportsDir().toAbsolutePath();
		this.settings = settings;
		this.resolutionCounts = resolutionCounts;
	}

	/** Builds and stores the report of a year (its yearly facts must be built). */
	@Transactional
	public Report publish(int year, long executionId) {
		long started = System.nanoTime();
		Path yearDir = this.reportsDir.resolve(String.valueOf(year));
		long reportId = this.reports.create(year, executionId, yearDir);
		// the map's outlines are joined once per process: on a core of their own while PostgreSQL computes the
		// indicators (a chart that needs them first waits for them)
		Thread outlines = new Thread(RegionMap::outlinesJoined, "report-outlines");
		outlines.setDaemon(true);
		outlines.start();
		List<IndicatorValue> indicators = this.calculator.compute(year);
		this.jdbc.batchUpdate("insert into indicator_value (report_id, indicator, dimension, value, coverage) values (?, ?, ?, ?, ?)",
				indicators.stream()
					.map(value -> new Object[] { reportId, value.indicator().code(), value.dimension(), value.value(),
							value.coverage() })
					.toList());
		long computed = System.nanoTime();
		ReportData data = new ReportData(year, executionId, OffsetDateTime.now(this.clock), softwareVersion(), indicators,
				poles(year), files(), new ReportData.Method(this.settings, this.resolutionCounts.now()));
		long read = System.nanoTime();
		Path directory = yearDir.resolve(String.valueOf(reportId));
		Path partial = yearDir.resolve(reportId + ".partial");
		try {
			List<String> files = writeFiles(data, partial, directory);
			this.reports.complete(reportId, directory, files);
			if (logger.isDebugEnabled()) {
				logger.debug(String.format(Locale.ROOT, "Report %d: indicators %.2f s, poles and files read %.2f s, files written %.2f s",
						year, seconds(started, computed), seconds(computed, read), seconds(read, System.nanoTime())));
			}
			return this.reports.current(year).orElseThrow();
		}
		catch (IOException | RuntimeException ex) {
			// libraries wrap I/O failures (OpenPDF's ExceptionConverter): the reason is the deepest cause
			removeQuietly(partial);
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			throw new UncheckedIOException("Le rapport " + year + " n'a pas pu être écrit dans " + yearDir + " : "
					+ cause.getMessage() + ". Le rapport précédent reste disponible.",
					(cause instanceof IOException io) ? io : new IOException(cause));
		}
	}

	/** Removes what a failed build wrote aside (a full disk leaves half-written files), as far as it can. */
	private static void removeQuietly(Path partial) {
		try {
			deleteTree(partial);
		}
		catch (IOException | UncheckedIOException ex) {
			// nothing more to do: the folder is named .partial and never served
		}
	}

	/**
	 * Writes the report's files aside, then moves them in place. The tables (XLSX, open data) are written on a thread
	 * of their own while this one draws the charts into the PDF and the PNGs: the two halves take about as long, and
	 * each keeps a core busy. Both are waited for before anything is moved, or removed after a failure.
	 */
	private List<String> writeFiles(ReportData data, Path partial, Path directory) throws IOException {
		long started = System.nanoTime();
		deleteTree(partial);
		Files.createDirectories(partial);
		ExecutorService tablesWriter = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "report-tables");
			thread.setDaemon(true);
			return thread;
		});
		Future<Tables> tables = tablesWriter.submit(() -> writeTables(data, partial));
		tablesWriter.shutdown();
		List<String> files = new ArrayList<>(List.of(Report.PDF));
		long sectioned;
		long pdf;
		try {
			List<PdfReport.Section> sections = ReportSections.of(data);
			sectioned = System.nanoTime();
			PdfReport.write(data, sections, partial.resolve(Report.PDF));
			pdf = System.nanoTime();
			for (PdfReport.Section section : sections) {
				for (PdfReport.Chart chart : section.charts()) {
					Charts.writePng(chart.chart(), partial.resolve(chart.file()));
					files.add(chart.file());
				}
			}
		}
		finally {
			// nothing may still write into the folder once this method has left it
			awaitQuietly(tables);
		}
		long charts = System.nanoTime();
		Tables written = await(tables);
		files.addAll(1, written.files());
		deleteTree(directory);
		Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
		if (logger.isDebugEnabled()) {
			logger.debug(String.format(Locale.ROOT,
					"Report files: sections and charts %.2f s, PDF %.2f s, PNG %.2f s, tables (XLSX and CSV, alongside) %s",
					seconds(started, sectioned), seconds(sectioned, pdf), seconds(pdf, charts), written.time()));
		}
		return files;
	}

	/** The files of the tables written, in the order they are listed, and how long the XLSX and the CSV took. */
	private record Tables(List<String> files, String time) {
	}

	/** Writes the XLSX workbook and the open data files. */
	private static Tables writeTables(ReportData data, Path partial) throws IOException {
		long started = System.nanoTime();
		XlsxReport.write(data, partial.resolve(Report.XLSX));
		long xlsx = System.nanoTime();
		List<String> files = new ArrayList<>(List.of(Report.XLSX));
		for (OpenDataCsv.Dialect dialect : OpenDataCsv.Dialect.values()) {
			OpenDataCsv.writePoles(data, partial.resolve(dialect.fileName(OpenDataCsv.POLES)), dialect);
			OpenDataCsv.writeIndicators(data, partial.resolve(dialect.fileName(OpenDataCsv.INDICATORS)), dialect);
			files.add(dialect.fileName(OpenDataCsv.POLES));
			files.add(dialect.fileName(OpenDataCsv.INDICATORS));
		}
		OpenDataCsv.writeDataPackage(data, partial.resolve(OpenDataCsv.DATA_PACKAGE));
		files.add(OpenDataCsv.DATA_PACKAGE);
		return new Tables(files,
				String.format(Locale.ROOT, "%.2f s + %.2f s", seconds(started, xlsx), seconds(xlsx, System.nanoTime())));
	}

	private static Tables await(Future<Tables> tables) throws IOException {
		try {
			return tables.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrompu pendant l'écriture des tableaux du rapport", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private static void awaitQuietly(Future<?> tables) {
		try {
			tables.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			// told by await, or hidden behind the failure already under way
		}
	}

	private List<ReportData.PublicPole> poles(int year) {
		return this.jdbc.query("""
				select p.*, y.status as year_status from pole p join pole_year y on y.pole_id = p.id and y.year = ?
				order by p.id""",
				(rs, n) -> new ReportData.PublicPole(rs.getString("id"), rs.getString("name"), rs.getString("acronym"),
						rs.getString("carrier_name"), rs.getString("siret"), rs.getString("legal_form"),
						rs.getString("postal_code"), rs.getString("commune"), rs.getString("departement"),
						rs.getString("region"), (Integer) rs.getObject("creation_year"), rs.getString("year_status"),
						rs.getString("website")),
				year);
	}

	private List<ReportData.InputFile> files() {
		return this.jdbc.query("select name, sha256, status, verdict from source_file order by id",
				(rs, n) -> new ReportData.InputFile(rs.getString("name"), rs.getString("sha256"),
						FileStatus.valueOf(rs.getString("status")).label(), rs.getString("verdict")));
	}

	private static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	static String softwareVersion() {
		return Optional.ofNullable(ReportPublisher.class.getPackage().getImplementationVersion()).orElse("développement");
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
