package fr.ptce.observatory.operations;

import fr.ptce.observatory.shared.ObservatoryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On the service's first start with an empty database, imports the sample network files and builds the
 * report of their latest year, in the background, so that a newcomer finds a report on the home page.
 */
@Component
@Profile("!" + OneShotRun.PROFILE)
class FirstStart {

	private static final Logger logger = LoggerFactory.getLogger(FirstStart.class);

	private final ObservatoryProperties properties;

	private final JdbcTemplate jdbc;

	private final Runs runs;

	private final ReportYear reportYear;

	FirstStart(ObservatoryProperties properties, JdbcTemplate jdbc, Runs runs, ReportYear reportYear) {
		this.reportYear = reportYear;
		this.properties = properties;
		this.jdbc = jdbc;
		this.runs = runs;
	}

	@EventListener(ApplicationReadyEvent.class)
	void importSamplesIfEmpty() {
		ObservatoryProperties.FirstStart firstStart = this.properties.firstStart();
		Integer files = this.jdbc.queryForObject("select count(*) from source_file", Integer.class);
		if (!firstStart.importSamples() || files == null || files > 0) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				logger.info("Empty database: importing the samples of {}", firstStart.samplesDir().toAbsolutePath());
				this.runs.importInbox(firstStart.samplesDir());
				this.reportYear.toReport().ifPresent(this.runs::report);
				logger.info("Samples imported and report built: see the home page");
			}
			catch (RuntimeException ex) {
				logger.error("First-start import of the samples failed", ex);
			}
		}, "first-start");
		thread.setDaemon(true);
		thread.start();
	}

}
