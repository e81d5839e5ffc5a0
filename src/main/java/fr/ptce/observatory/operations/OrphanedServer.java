package fr.ptce.observatory.operations;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
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
 * {@code postmaster.pid} whose process is gone or is not this directory's PostgreSQL is removed, each said in one
 * line.
 */
final class OrphanedServer {

	private static final Logger logger = LoggerFactory.getLogger(OrphanedServer.class);

	static final String PID_FILE = "postmaster.pid";

	/** The lock file zonky's starter holds while its server runs. */
	static final String LOCK_FILE = "epg-lock";

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private OrphanedServer() {
	}

	/**
	 * Clears the way for a server on this data directory; returns what was found there. Nothing is touched while
	 * another process of the observatory holds the directory's lock ({@code epg-lock}, taken by the embedded
	 * server's starter for as long as it runs): that server is alive and in use.
	 */
	static Found clear(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve(PID_FILE);
		if (!Files.isRegularFile(pidFile)) {
			return Found.NOTHING;
		}
		try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
			if (lock == null) {
				throw new IllegalStateException("Le répertoire de données " + dataDir.toAbsolutePath()
						+ " est utilisé par une autre instance de l'observatoire en marche : arrêtez-la, ou donnez à "
						+ "celle-ci un autre répertoire (OBSERVATORY_DATABASE_DATA_DIR).");
			}
			return clearLocked(dataDir, pidFile);
		}
	}

	/** The directory's lock, or {@code null} when a running server's starter holds it (in this JVM too). */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	private static Found clearLocked(Path dataDir, Path pidFile) throws IOException {
		Optional<Long> pid = pidOf(pidFile);
		Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
		if (process.isPresent() && servesDirectory(process.get(), dataDir)) {
			boolean clean = stop(process.get());
			logger.warn("Serveur PostgreSQL embarqué resté actif après l'arrêt brutal d'une exécution précédente "
					+ "(PID {}) : {}, l'exécution continue.", pid.get(),
					clean ? "arrêté proprement" : "arrêté (SIGTERM)");
			return Found.SERVER_STOPPED;
		}
		Files.deleteIfExists(pidFile);
		logger.warn("Fichier {} périmé (le processus {} n'est pas un serveur PostgreSQL de ce répertoire) : supprimé, "
				+ "l'exécution continue.", pidFile, pid.map(String::valueOf).orElse("illisible"));
		return Found.STALE_PID_FILE;
	}

	/** What was found on the data directory. */
	enum Found {

		NOTHING, SERVER_STOPPED, STALE_PID_FILE

	}

	/** The first line of {@code postmaster.pid} is the server's process id; empty when unreadable. */
	private static Optional<Long> pidOf(Path pidFile) throws IOException {
		try (BufferedReader reader = Files.newBufferedReader(pidFile, StandardCharsets.ISO_8859_1)) {
			String first = reader.readLine();
			long pid = (first != null) ? Long.parseLong(first.strip()) : 0;
			return (pid > 0) ? Optional.of(pid) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether a process is the PostgreSQL server of this data directory (and not a process that reused the
	 * PID after a reboot): on Linux the postmaster's working directory is its data directory; elsewhere its
	 * program's name is checked.
	 */
	private static boolean servesDirectory(ProcessHandle process, Path dataDir) {
		boolean postgres = process.info().command().map(command -> Path.of(command).getFileName().toString())
			.map(name -> name.startsWith("postgres") || name.startsWith("postmaster"))
			.orElse(false);
		Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
		if (!Files.exists(workingDirectory, LinkOption.NOFOLLOW_LINKS)) {
			return postgres;
		}
		try {
			return postgres && Files.isSameFile(workingDirectory, dataDir);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * SIGINT is PostgreSQL's fast shutdown (what {@code destroy} sends, SIGTERM, would wait for the dead run's
	 * sessions); {@code false} when only SIGTERM could be sent.
	 */
	private static boolean stop(ProcessHandle server) throws IOException {
		try {
			boolean interrupted = false;
			try {
				Process kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).inheritIO().start();
				interrupted = kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
			}
			catch (IOException ex) {
				// no kill command here: SIGTERM below
			}
			if (!interrupted) {
				server.destroy();
			}
			server.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
			return interrupted;
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
