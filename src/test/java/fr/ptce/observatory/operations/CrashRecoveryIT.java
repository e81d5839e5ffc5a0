package fr.ptce.observatory.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import fr.ptce.observatory.bench.LoadFiles;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observatory killed ({@code kill -9}) in the middle of an import, of resolution and of a report, and
 * PostgreSQL stopped in the middle of an import: each time the next run completes, and the final state —
 * files and their verdicts, the lineage of every row, poles and their identifiers, members, review pairs,
 * yearly facts, indicators, the open data files — is identical to the state an uninterrupted run leaves.
 * <p>
 * The packaged jar runs as a separate process in one-shot mode against a PostgreSQL this test starts (one
 * database per scenario), which the test watches to choose the moment of the fault.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

	static final Path WORK = Path.of("target/crash-recovery").toAbsolutePath();

	static final Path INBOX = WORK.resolve("inbox");

	EmbeddedPostgres postgres;

	int port;

	Path jar;

	Map<String, List<String>> uninterrupted;

	/** The working directory of every run: a folder outside the repository, as a cron job's. */
	Path elsewhere;

	@BeforeAll
	void startPostgresAndRunOnceUninterrupted() throws Exception {
		FileSystemUtils.deleteRecursively(WORK);
		FileSystemUtils.copyRecursively(Path.of("input-samples"), INBOX);
		LoadFiles.write(INBOX.resolve("charge"), 6, 3_000, 4);
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			this.jar = files.filter(path -> path.getFileName().toString().matches("observatoire-ptce-.*\\.jar"))
				.findFirst().orElseThrow().toAbsolutePath();
		}
		this.elsewhere = Files.createTempDirectory("observatoire-cron");
		startPostgres();
		createDatabase("propre");
		assertThat(run("propre", "propre").waitFor()).isZero();
		this.uninterrupted = state("propre");
		assertThat(this.uninterrupted.get("poles")).hasSizeGreaterThan(3_000);
	}

	@AfterAll
	void stopPostgres() throws IOException {
		if (this.postgres != null) {
			this.postgres.close();
		}
		if (this.elsewhere != null) {
			FileSystemUtils.deleteRecursively(this.elsewhere);
		}
	}

	@Test
	void startedOutsideTheRepositoryTheRunReadsTheProjectsSourceProfiles() throws Exception {
		// the uninterrupted run's working directory is a temporary folder: jobs/ is found from the jar's home
		long profiles;
		try (Stream<Path> files = Files.list(Path.of("jobs/sources"))) {
			profiles = files.filter(file -> file.toString().endsWith(".yml")).count();
		}
		assertThat(query("propre", "select count(distinct profile) from source_file")).isEqualTo(String.valueOf(profiles));
		assertThat(this.elsewhere.resolve("var")).doesNotExist();
	}

	@Test
	void aMistypedCommandIsAnsweredBeforeTheDatabaseStarts() throws Exception {
		Path dataDir = WORK.resolve("jamais-demarre");
		Path log = WORK.resolve("usage.log");
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", this.jar.toString(), "run", "--inbox", INBOX.toString(), "--anne", "2025");
		builder.directory(this.elsewhere.toFile());
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().put("OBSERVATORY_DATABASE_DATA_DIR", dataDir.toString());
		builder.redirectErrorStream(true).redirectOutput(log.toFile());

		assertThat(builder.start().waitFor()).isEqualTo(OneShotRun.USAGE_ERROR);
		assertThat(Files.readString(log)).contains("Option inconnue : --anne.").doesNotContain("Spring", "PostgreSQL");
		assertThat(dataDir).as("no database was started").doesNotExist();
	}

	@Test
	void killedDuringTheImportTheNextRunFinishesIt() throws Exception {
		createDatabase("import");
		Process process = run("import", "import-1");
		awaitThenKill(process, "import",
				"select count(*) > 2000 from raw_row where exists (select 1 from source_file where status = 'DISCOVERED')");
		assertThat(query("import", "select count(*) from source_file where status = 'DISCOVERED'")).isNotEqualTo("0");

		assertThat(run("import", "import-2").waitFor()).isZero();
		assertSameStateAsUninterrupted("import");
	}

	@Test
	void killedDuringResolutionTheNextRunResolvesAsIfNothingHappened() throws Exception {
		createDatabase("resolution");
		Process process = run("resolution", "resolution-1");
		// killed between two of resolution's batches: some poles committed, records still pending
		awaitThenKill(process, "resolution", """
				select exists (select 1 from pole) and exists (select 1 from pole_record where outcome = 'NORMALISED')""");
		assertThat(query("resolution", "select count(*) from pole_record where outcome = 'NORMALISED'")).isNotEqualTo("0");
		assertThat(query("resolution", "select count(*) from pole")).isNotEqualTo("0");

		assertThat(run("resolution", "resolution-2").waitFor()).isZero();
		assertSameStateAsUninterrupted("resolution");
		assertThat(query("resolution", "select count(*) from batch_job_execution where status = 'STARTED'")).isEqualTo("0");
	}

	@Test
	void killedDuringTheReportTheNextRunPublishesTheSameReport() throws Exception {
		createDatabase("rapport");
		Process process = run("rapport", "rapport-1");
		awaitThenKill(process, "rapport", """
				select count(*) > 0 from batch_step_execution s join batch_job_execution e on e.job_execution_id = s.job_execution_id
				join batch_job_instance i on i.job_instance_id = e.job_instance_id
				where i.job_name = 'report' and s.status = 'STARTED'""");

		assertThat(run("rapport", "rapport-2").waitFor()).isZero();
		assertSameStateAsUninterrupted("rapport");
	}

	@Test
	void postgresStoppedDuringTheImportFailsTheRunCleanlyAndARestartCompletesIt() throws Exception {
		createDatabase("arret");
		Process process = run("arret", "arret-1");
		await("arret", "select count(*) > 2000 from raw_row");
		this.postgres.close();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the run ends when its database is gone").isTrue();
		assertThat(process.exitValue()).isNotZero();
		assertThat(Files.readString(WORK.resolve("arret-1.log"))).contains("Échec");
		startPostgres();

		assertThat(run("arret", "arret-2").waitFor()).isZero();
		assertSameStateAsUninterrupted("arret");
	}

	@Test
	void javaKilledAloneTheServerItLeftIsStoppedAndTheNextRunFinishes() throws Exception {
		Path dataDir = WORK.resolve("postgres-embarque");
		Process process = runOnEmbeddedServer(dataDir, "embarque-1");
		long[] server = new long[2];
		await(() -> {
			embeddedServer(dataDir, server);
			if (!migrated(server[1], "postgres")) {
				return "f";
			}
			return query(server[1], "postgres",
					"select count(*) > 2000 from raw_row where exists (select 1 from source_file where status = 'DISCOVERED')");
		});
		process.destroyForcibly(); // the JVM alone, as the OOM killer or a cron timeout does
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(server[0]).map(ProcessHandle::isAlive)).as("the server outlives the JVM").contains(true);

		Process next = runOnEmbeddedServer(dataDir, "embarque-2");
		assertThat(next.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(next.exitValue()).as(Files.readString(WORK.resolve("embarque-2.log"))).isZero();
		assertThat(Files.readString(WORK.resolve("embarque-2.log")))
			.contains("PID " + server[0]).contains("arrêté proprement").doesNotContain("Gave up");
		assertThat(ProcessHandle.of(server[0]).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
		try (EmbeddedPostgres embedded = EmbeddedPostgres.builder().setDataDirectory(dataDir)
			.setCleanDataDirectory(false).start()) {
			assertSameStateAsUninterrupted(embedded.getPort(), "postgres", "embarque");
		}
	}

	/** The process id and port of the embedded server running on a data directory (from its postmaster.pid). */
	private static void embeddedServer(Path dataDir, long[] pidAndPort) throws IOException {
		List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
		if (lines.size() < 4 || lines.get(3).isBlank()) {
			// PostgreSQL writes the file in steps: read it again once it holds the port
			throw new IOException("postmaster.pid not written yet");
		}
		pidAndPort[0] = Long.parseLong(lines.get(0).strip());
		pidAndPort[1] = Long.parseLong(lines.get(3).strip());
	}

	private void assertSameStateAsUninterrupted(String database) throws Exception {
		assertSameStateAsUninterrupted(this.port, database, database);
	}

	private void assertSameStateAsUninterrupted(long port, String database, String out) throws Exception {
		Map<String, List<String>> state = state(port, database);
		for (Map.Entry<String, List<String>> part : this.uninterrupted.entrySet()) {
			assertThat(state.get(part.getKey())).as(part.getKey()).containsExactlyElementsOf(part.getValue());
		}
		for (String file : List.of("poles.csv", "indicateurs.csv")) {
			assertThat(WORK.resolve("out-" + out).resolve(file)).as(file)
				.hasSameTextualContentAs(WORK.resolve("out-propre").resolve(file));
		}
	}

	/** What an observatory's run leaves, in a stable order; no Batch identifiers, no times. */
	private Map<String, List<String>> state(String database) throws SQLException {
		return state(this.port, database);
	}

	private Map<String, List<String>> state(long port, String database) throws SQLException {
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("files", "select name, status, verdict, rows_read, rows_accepted, rows_merged, rows_quarantined, "
				+ "rows_ignored from source_file order by name");
		queries.put("lineage", """
				select f.name, w.sheet, w.row_number, coalesce(p.outcome, m.outcome), coalesce(p.pole_id, m.pole_id),
				       m.member_id, coalesce(p.reason, m.reason), p.match_rule, p.match_score
				from raw_row w join source_file f on f.id = w.file_id
				left join pole_record p on p.raw_row_id = w.id left join member_record m on m.raw_row_id = w.id
				order by f.name, w.sheet, w.row_number""");
		queries.put("poles", "select id, name, acronym, siret, commune, departement, region, status from pole order by id");
		queries.put("members", "select id, name_key, siren, departement from member order by id");
		queries.put("review", "select pole_a, pole_b, score, status from review_pair order by pole_a, pole_b");
		queries.put("facts", "select * from pole_year order by pole_id, year");
		queries.put("indicators", """
				select indicator, dimension, value, coverage from indicator_value
				where report_id = (select max(id) from report where files <> '{}') order by indicator, dimension""");
		Map<String, List<String>> state = new LinkedHashMap<>();
		try (Connection connection = connect(port, database); Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> query : queries.entrySet()) {
				List<String> rows = new ArrayList<>();
				try (ResultSet rs = statement.executeQuery(query.getValue())) {
					ResultSetMetaData meta = rs.getMetaData();
					while (rs.next()) {
						StringBuilder row = new StringBuilder();
						for (int column = 1; column <= meta.getColumnCount(); column++) {
							row.append(rs.getString(column)).append(" | ");
						}
						rows.add(row.toString());
					}
				}
				state.put(query.getKey(), rows);
			}
		}
		return state;
	}

	private void awaitThenKill(Process process, String database, String condition) throws Exception {
		await(database, condition);
		process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback but the database's own
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isEqualTo(137);
	}

	private void await(String database, String condition) throws Exception {
		await(() -> migrated(this.port, database) ? query(database, condition) : "f");
	}

	/**
	 * Whether every migration is applied. The conditions awaited read the observatory's tables, and a query
	 * locks its tables while it is planned: polled during a migration it can deadlock with an {@code alter
	 * table}, and PostgreSQL may then abort the migration. So the tables are read only once it is done.
	 */
	private static boolean migrated(long port, String database) throws SQLException {
		return "t".equals(query(port, database,
				"select count(*) >= " + MIGRATIONS + " from flyway_schema_history where success"));
	}

	/** How many migrations the observatory applies, counted once. */
	private static final long MIGRATIONS = countMigrations();

	private static long countMigrations() {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private interface Condition {

		String check() throws SQLException, IOException;

	}

	private static void await(Condition condition) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if ("t".equals(condition.check())) {
					return;
				}
			}
			catch (SQLException | IOException ex) {
				// server or tables not there yet
			}
			Thread.sleep(10);
		}
		throw new AssertionError("never reached");
	}

	private Process run(String database, String name) throws IOException {
		ProcessBuilder builder = oneShot(database);
		builder.environment().put("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + this.port + "/" + database);
		builder.environment().put("SPRING_DATASOURCE_USERNAME", "postgres");
		builder.environment().put("SPRING_DATASOURCE_HIKARI_CONNECTIONTIMEOUT", "5000");
		builder.redirectErrorStream(true).redirectOutput(WORK.resolve(name + ".log").toFile());
		return builder.start();
	}

	/** The one-shot run on the embedded server of a data directory, as a fresh install runs. */
	private Process runOnEmbeddedServer(Path dataDir, String name) throws IOException {
		ProcessBuilder builder = oneShot("embarque");
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().put("OBSERVATORY_DATABASE_DATA_DIR", dataDir.toString());
		builder.redirectErrorStream(true).redirectOutput(WORK.resolve(name + ".log").toFile());
		return builder.start();
	}

	private ProcessBuilder oneShot(String out) {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", this.jar.toString(), "run", "--inbox", INBOX.toString(), "--year", "2025", "--out",
				WORK.resolve("out-" + out).toString());
		builder.directory(this.elsewhere.toFile());
		builder.environment().put("OBSERVATORY_REPORTS_DIR", WORK.resolve("reports-" + out).toString());
		builder.environment().put("OBSERVATORY_FIRST_START_IMPORT_SAMPLES", "false");
		return builder;
	}

	/** Starts PostgreSQL on its data directory (emptied with WORK before the first start, kept when stopped). */
	private void startPostgres() throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(WORK.resolve("postgres"))
			.setCleanDataDirectory(false);
		if (this.port != 0) {
			builder.setPort(this.port);
		}
		this.postgres = builder.start();
		this.port = this.postgres.getPort();
	}

	private void createDatabase(String name) throws SQLException {
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
	}

	private String query(String database, String sql) throws SQLException {
		return query(this.port, database, sql);
	}

	private static String query(long port, String database, String sql) throws SQLException {
		try (Connection connection = connect(port, database); Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private Connection connect(String database) throws SQLException {
		return connect(this.port, database);
	}

	private static Connection connect(long port, String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
	}

}
