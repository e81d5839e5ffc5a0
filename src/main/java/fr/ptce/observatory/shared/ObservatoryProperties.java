package fr.ptce.observatory.shared;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the observatory ({@code observatory.*} in application.yml, or OBSERVATORY_* variables). Relative
 * paths are resolved against the {@link ObservatoryHome application's home}, not the working directory.
 *
 * @param inbox folder where networks' files are dropped for the import
 * @param reportsDir folder where built reports are kept, one sub-folder per year and build
 * @param jobsDir the declarative side operators edit (source profiles, schedules, definitions)
 * @param firstStart what to do when the service starts on an empty database
 * @param database the embedded PostgreSQL used when no {@code spring.datasource.url} is set
 * @param security who may do what
 * @param schedule when the scheduled runs happen
 */
@ConfigurationProperties("observatory")
public record ObservatoryProperties(
		@DefaultValue("var/inbox") Path inbox,
		@DefaultValue("var/reports") Path reportsDir,
		@DefaultValue("jobs") Path jobsDir,
		@DefaultValue FirstStart firstStart,
		@DefaultValue Database database,
		@DefaultValue Security security,
		@DefaultValue Schedule schedule) {

	public ObservatoryProperties {
		inbox = ObservatoryHome.resolve(inbox);
		reportsDir = ObservatoryHome.resolve(reportsDir);
		jobsDir = ObservatoryHome.resolve(jobsDir);
	}

	/**
	 * @param publicReports whether the published reports can be downloaded without logging in
	 * @param users the team's accounts (passwords hashed, e.g. {@code {bcrypt}$2a$10$...}); when none is set,
	 * an {@code admin} account is created with a random password kept in {@code adminPasswordFile}
	 * @param adminPasswordFile where the {@code admin} account's password is kept (readable by its owner only),
	 * drawn at the first start without accounts
	 */
	public record Security(@DefaultValue("true") boolean publicReports, @DefaultValue List<User> users,
			@DefaultValue("var/mot-de-passe-admin.txt") Path adminPasswordFile) {
	}

	/**
	 * @param name the login
	 * @param password the password, hashed with its algorithm prefix ({@code {bcrypt}…})
	 * @param roles VIEWER (reports), ANALYST (runs, uploads, files, review), ADMIN (everything); or RESEAU (a
	 * network's own space, {@code /reseau}: its files, their verdicts and feedback, its uploads), alone
	 * @param reseau for a RESEAU account, its network: the name of its source profile, the network's name or its
	 * inbox folder ({@code coorace})
	 */
	public record User(String name, String password, List<String> roles, String reseau) {
	}

	/**
	 * @param importCron when the nightly import runs (Spring cron: second minute hour day month weekday);
	 * {@code -} turns it off
	 * @param zone the time zone of the cron expression
	 */
	public record Schedule(@DefaultValue("0 0 2 * * *") String importCron, @DefaultValue("Europe/Paris") String zone) {
	}

	/**
	 * @param importSamples import {@code samplesDir} and build the report of its latest year when the
	 * database holds no file yet
	 * @param samplesDir the sample network files
	 */
	public record FirstStart(@DefaultValue("true") boolean importSamples,
			@DefaultValue("input-samples") Path samplesDir) {

		public FirstStart {
			samplesDir = ObservatoryHome.resolve(samplesDir);
		}
	}

	/**
	 * @param dataDir the server's data directory, kept across restarts
	 * @param clean wipe the data directory at start (tests)
	 * @param durable fsync and synchronous commit on (real data); off only for throw-away test servers
	 */
	public record Database(@DefaultValue("var/postgres") Path dataDir, @DefaultValue("false") boolean clean,
			@DefaultValue("true") boolean durable) {

		public Database {
			dataDir = ObservatoryHome.resolve(dataDir);
		}
	}

}
