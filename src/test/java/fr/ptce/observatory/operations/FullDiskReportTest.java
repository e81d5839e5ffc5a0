package fr.ptce.observatory.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.reporting.Report;
import fr.ptce.observatory.reporting.Reports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A report built on a full disk: the reports folder is a real 1 MB tmpfs, filled up after a first report. The
 * second build fails with a clear message, leaves nothing half-written, and the first report stays served and
 * byte-identical. Needs the right to mount a tmpfs (root on Linux); skipped otherwise.
 */
@SpringBootTest
@EnabledIf("fr.ptce.observatory.operations.FullDiskReportTest#tmpfsMountable")
class FullDiskReportTest {

	static final Path MOUNT = Path.of("target/full-disk-" + UUID.randomUUID()).toAbsolutePath();

	@Autowired
	Runs runs;

	@Autowired
	Reports reports;

	@Autowired
	JdbcTemplate jdbc;

	static boolean tmpfsMountable() {
		try {
			Files.createDirectories(MOUNT);
			return mount() && new ProcessBuilder("umount", MOUNT.toString()).start().waitFor() == 0;
		}
		catch (IOException | InterruptedException ex) {
			return false;
		}
	}

	static boolean mount() throws IOException, InterruptedException {
		return new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", MOUNT.toString())
			.redirectErrorStream(true).start().waitFor() == 0;
	}

	@DynamicPropertySource
	static void reportsOnTheSmallDisk(DynamicPropertyRegistry registry) throws Exception {
		if (tmpfsMountable() && mount()) {
			registry.add("observatory.reports-dir", () -> MOUNT.resolve("rapports").toString());
		}
	}

	@AfterAll
	static void unmount() throws Exception {
		new ProcessBuilder("umount", MOUNT.toString()).start().waitFor();
	}

	@Test
	void aFullDiskFailsTheReportClearlyAndTheReportBeforeStaysIntact() throws Exception {
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(Path.of("input-samples"));
		this.runs.report(2025);
		Report first = this.reports.current(2025).orElseThrow();
		Map<String, byte[]> before = contents(first);
		fill(Files.getFileStore(MOUNT));

		assertThatThrownBy(() -> this.runs.report(2025)).hasMessageContaining("FAILED");
		String reason = this.jdbc.queryForObject("""
				select exit_message from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
				where i.job_name = 'report' order by e.job_execution_id desc limit 1""", String.class);
		assertThat(reason).contains("n'a pas pu être écrit", "Le rapport précédent reste disponible");

		Report still = this.reports.current(2025).orElseThrow();
		assertThat(still.directory()).isEqualTo(first.directory());
		assertThat(contents(still)).containsOnlyKeys(before.keySet())
			.allSatisfy((name, bytes) -> assertThat(bytes).isEqualTo(before.get(name)));
		try (Stream<Path> leftovers = Files.list(first.directory().getParent())) {
			assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
		}
	}

	/** Leaves about 20 kB free: less than any report needs. */
	private static void fill(FileStore store) throws IOException {
		byte[] block = new byte[4096];
		try (OutputStream out = Files.newOutputStream(MOUNT.resolve("remplissage"))) {
			while (store.getUsableSpace() > 20_000) {
				out.write(block);
				out.flush();
			}
		}
	}

	private static Map<String, byte[]> contents(Report report) throws IOException {
		Map<String, byte[]> contents = new HashMap<>();
		for (String name : List.copyOf(report.files())) {
			contents.put(name, Files.readAllBytes(report.directory().resolve(name)));
		}
		return contents;
	}

}
