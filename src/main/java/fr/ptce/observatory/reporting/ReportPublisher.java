package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
 * data CSV and the charts into a folder of their own ({@link ReportFiles}: written aside and moved in place at
 * the end, so a failed build leaves the previous report of the year as it was).
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
		// the map's outlines are joined, and their labels placed, once per process: on a core of their own while
		// PostgreSQL computes the indicators (a chart that needs them first waits for them)
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
			List<String> files = ReportFiles.write(data, partial, directory);
			this.reports.complete(reportId, directory, files);
			if (logger.isDebugEnabled()) {
				logger.debug(String.format(Locale.ROOT,
						"Report %d: indicators %.2f s, poles and files read %.2f s, files written %.2f s", year,
						ReportFiles.seconds(started, computed), ReportFiles.seconds(computed, read),
						ReportFiles.seconds(read, System.nanoTime())));
			}
			return this.reports.current(year).orElseThrow();
		}
		catch (IOException | RuntimeException ex) {
			// libraries wrap I/O failures (OpenPDF's ExceptionConverter): the reason is the deepest cause
			ReportFiles.removeQuietly(partial);
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			throw new UncheckedIOException("Le rapport " + year + " n'a pas pu être écrit dans " + yearDir + " : "
					+ cause.getMessage() + ". Le rapport précédent reste disponible.",
					(cause instanceof IOException io) ? io : new IOException(cause));
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


	static String softwareVersion() {
		return Optional.ofNullable(ReportPublisher.class.getPackage().getImplementationVersion()).orElse("développement");
	}


}
