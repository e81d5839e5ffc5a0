package fr.ptce.observatory.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code postmaster.pid} that a killed run left behind in the embedded server's data directory does not keep
 * the next start from starting. (A server left running by a killed JVM is {@code CrashRecoveryIT}'s.)
 */
class OrphanedServerTest {

	@TempDir
	Path dataDir;

	@Test
	void aPidFileNamingALiveProcessThatIsNotPostgresIsRemovedAndTheServerStarts() throws Exception {
		EmbeddedPostgres.builder().setDataDirectory(this.dataDir).setCleanDataDirectory(false).start().close();
		Process other = new ProcessBuilder("sleep", "120").start();
		try {
			// PostgreSQL itself refuses to start while the PID of its lock file is alive
			Files.writeString(this.dataDir.resolve(OrphanedServer.PID_FILE),
					String.join("\n", List.of(Long.toString(other.pid()), this.dataDir.toString(), "0", "5432", "")));

			assertThat(OrphanedServer.clear(this.dataDir)).isEqualTo(OrphanedServer.Found.STALE_PID_FILE);

			assertThat(this.dataDir.resolve(OrphanedServer.PID_FILE)).doesNotExist();
			assertThat(other.isAlive()).as("another program's process is never touched").isTrue();
			try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(this.dataDir)
				.setCleanDataDirectory(false).start();
					Connection connection = server.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("select 1")) {
				assertThat(rs.next()).isTrue();
			}
		}
		finally {
			other.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void aPidFileOfADeadProcessIsRemoved() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor(10, TimeUnit.SECONDS);
		Files.writeString(this.dataDir.resolve(OrphanedServer.PID_FILE), gone.pid() + "\n");

		assertThat(OrphanedServer.clear(this.dataDir)).isEqualTo(OrphanedServer.Found.STALE_PID_FILE);
		assertThat(this.dataDir.resolve(OrphanedServer.PID_FILE)).doesNotExist();
	}

	@Test
	void theServerOfARunningInstanceIsNeverStopped() throws Exception {
		try (EmbeddedPostgres running = EmbeddedPostgres.builder().setDataDirectory(this.dataDir)
			.setCleanDataDirectory(false).start()) {
			long pid = Long.parseLong(Files.readAllLines(this.dataDir.resolve(OrphanedServer.PID_FILE)).get(0).strip());

			assertThatThrownBy(() -> OrphanedServer.clear(this.dataDir)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("utilisé par une autre instance de l'observatoire en marche");

			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
			assertThat(this.dataDir.resolve(OrphanedServer.PID_FILE)).exists();
		}
	}

	@Test
	void aDataDirectoryWithoutPidFileIsLeftAsItIs() throws Exception {
		assertThat(OrphanedServer.clear(this.dataDir)).isEqualTo(OrphanedServer.Found.NOTHING);
	}

}
