package fr.ptce.observatory.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The processor time spent by this JVM and by PostgreSQL's processes, sampled every 100 ms, to tell a stage bound
 * by the two cores (Java and PostgreSQL together near 2 s of processor time per second) from one waiting on
 * something else. PostgreSQL's time is read from {@code /proc} (Linux): the processes named {@code postgres}, the
 * embedded server's; where there is no {@code /proc} it is not known. A backend that ends takes its time with it,
 * which the observatory's pool of connections rarely does during a run.
 */
final class CpuSampler implements Runnable {

	/** The clock ticks of {@code /proc/<pid>/stat}: 100 per second on Linux. */
	private static final double TICKS_PER_SECOND = 100;

	private final List<long[]> samples = new ArrayList<>();

	private final com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	private final boolean procFs = Files.isDirectory(Path.of("/proc/self"));

	private volatile boolean running = true;

	static CpuSampler start() {
		CpuSampler sampler = new CpuSampler();
		Thread thread = new Thread(sampler, "cpu-sampler");
		thread.setDaemon(true);
		thread.start();
		return sampler;
	}

	@Override
	public void run() {
		while (this.running) {
			long[] sample = { System.currentTimeMillis(), this.system.getProcessCpuTime(), postgresTicks() };
			synchronized (this.samples) {
				this.samples.add(sample);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	void stop() {
		this.running = false;
	}

	boolean knowsPostgres() {
		return this.procFs;
	}

	/** Seconds of processor time of this JVM between two instants (milliseconds), to the nearest samples. */
	double javaSeconds(long from, long to) {
		return between(from, to, 1) / 1e9;
	}

	/** Seconds of processor time of PostgreSQL's processes between two instants (milliseconds). */
	double postgresSeconds(long from, long to) {
		return between(from, to, 2) / TICKS_PER_SECOND;
	}

	private long between(long from, long to, int index) {
		synchronized (this.samples) {
			return nearest(to)[index] - nearest(from)[index];
		}
	}

	private long[] nearest(long time) {
		long[] best = this.samples.get(0);
		for (long[] sample : this.samples) {
			if (Math.abs(sample[0] - time) < Math.abs(best[0] - time)) {
				best = sample;
			}
		}
		return best;
	}

	/** Clock ticks (user and system) of the processes named {@code postgres}; 0 without {@code /proc}. */
	private long postgresTicks() {
		if (!this.procFs) {
			return 0;
		}
		long ticks = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				String name = process.getFileName().toString();
				if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
					ticks += postgresTicks(process.resolve("stat"));
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return ticks;
	}

	private static long postgresTicks(Path stat) {
		try {
			String line = Files.readString(stat);
			int open = line.indexOf('(');
			int close = line.lastIndexOf(')');
			if (open < 0 || close < 0 || !line.substring(open + 1, close).equals("postgres")) {
				return 0;
			}
			// after the name: state, then fields 4 to 13; utime and stime are fields 14 and 15
			String[] fields = line.substring(close + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			return 0; // the process ended meanwhile
		}
	}

}
