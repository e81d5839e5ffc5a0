package fr.ptce.observatory;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the observatory ({@code observatory.*} in application.yml, or OBSERVATORY_* variables).
 *
 * @param inbox folder where networks' files are dropped for the import
 * @param reportsDir folder where built reports are kept, one sub-folder per year and build
 * @param jobsDir the declarative side operators edit (source profiles, schedules, definitions)
 * @param firstStart what to do when the service starts on an empty database
 * @param database the embedded PostgreSQL used when no {@code spring.datasource.url} is set
 */
@ConfigurationProperties("observatory")
public record ObservatoryProperties(
		@DefaultValue("var/inbox") Path inbox,
		@DefaultValue("var/reports") Path reportsDir,
		@DefaultValue("jobs") Path jobsDir,
		@DefaultValue FirstStart firstStart,
		@DefaultValue Database database) {

	/**
	 * @param importSamples import {@code samplesDir} and build the report of its latest year when the
	 * database holds no file yet
	 * @param samplesDir the sample network files
	 */
	public record FirstStart(@DefaultValue("true") boolean importSamples,
			@DefaultValue("input-samples") Path samplesDir) {
	}

	/**
	 * @param dataDir the server's data directory, kept across restarts
	 * @param clean wipe the data directory at start (tests)
	 * @param durable fsync and synchronous commit on (real data); off only for throw-away test servers
	 */
	public record Database(@DefaultValue("var/postgres") Path dataDir, @DefaultValue("false") boolean clean,
			@DefaultValue("true") boolean durable) {
	}

}
