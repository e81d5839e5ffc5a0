package fr.ptce.observatory.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a killed process left in the embedded PostgreSQL's data directory. A JVM killed with {@code kill -9}
 * (the OOM killer, a cron timeout) runs no shutdown hook: the PostgreSQL server it started keeps running, and
 * its {@code postmaster.pid} keeps the next start from starting its own. Before a start, a server left running
 * on the data directory is stopped cleanly (fast shutdown: its transactions roll back, as after a crash), and a
 * {@code postmaster.pid} whose process is gone or is not PostgreSQL is removed, each said in one line.
 */
final class OrphanedServer {

	private static final Logger logger = LoggerFactory.getLogger(OrphanedServer.class);

	static final String PID_FILE = "postmaster.pid";

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private OrphanedServer() {
	}

	/** Clears the way for a server on this data directory; returns what was found there. */
	static Found clear(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve(PID_FILE);
		Optional<Long> pid = pidOf(pidFile);
		if (pid.isEmpty()) {
			return Found.NOTHING;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
		if (process.isPresent() && isPostgres(process.get())) {
			stop(process.get());
			logger.warn("Serveur PostgreSQL embarqué resté actif après l'arrêt brutal d'une exécution précédente "
					+ "(PID {}) : arrêté proprement, l'exécution continue.", pid.get());
			return Found.SERVER_STOPPED;
		}
		Files.deleteIfExists(pidFile);
		logger.warn("Fichier {} périmé (le processus {} n'est pas un serveur PostgreSQL en marche) : supprimé, "
				+ "l'exécution continue.", pidFile, pid.get());
		return Found.STALE_PID_FILE;
	}

	/** What was found on the data directory. */
	enum Found {

		NOTHING, SERVER_STOPPED, STALE_PID_FILE

	}

	/** The first line of {@code postmaster.pid} is the server's process id. */
	private static Optional<Long> pidOf(Path pidFile) throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		try {
			return lines.isEmpty() ? Optional.of(0L) : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.of(0L); // unreadable: treated as stale
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> Path.of(command).getFileName().toString())
			.map(name -> name.startsWith("postgres") || name.startsWith("postmaster"))
			.orElse(false);
	}

	/** SIGINT is PostgreSQL's fast shutdown; SIGTERM (what {@code destroy} sends) would wait for clients. */
	private static void stop(ProcessHandle server) throws IOException {
		try {
			Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start();
			if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
				server.destroy();
			}
			server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrompu en attendant l'arrêt du serveur PostgreSQL " + server.pid(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IOException("Le serveur PostgreSQL embarqué resté actif (PID " + server.pid()
					+ ") ne s'est pas arrêté en " + STOP_WAIT.toSeconds() + " s : arrêtez-le puis relancez.", ex);
		}
	}

}
