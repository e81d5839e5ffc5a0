package fr.ptce.observatory.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import fr.ptce.observatory.shared.ObservatoryHome;

/**
 * What a run uses, sampled on a thread of its own: the heap every 20 ms (in use, and alive after the last garbage
 * collection), and every 100 ms the processor time spent by this JVM and by PostgreSQL's processes, to tell a stage
 * bound by the two cores (Java and PostgreSQL together near 2 s of processor time per second) from one waiting on
 * something else. PostgreSQL's time is read from {@code /proc} (Linux): the embedded server's main process, named by
 * the {@code postmaster.pid} of its data directory, and its children (backends, writers); without {@code /proc} or
 * that file it is not known. A child that ends (a worker, a backend) leaves its time to the main process's count of
 * its children's, which is added.
 */
final class RunSampler implements Runnable {

	/** The clock ticks of {@code /proc/<pid>/stat}: 100 per second on Linux. */
	private static final double TICKS_PER_SECOND = 100;

	/** Processor time is sampled at every fifth heap sample: reading {@code /proc} costs more. */
	private static final int HEAP_SAMPLES_PER_CPU_SAMPLE = 5;

	/** Time, heap in use, heap alive after the last collection. */
	private final List<long[]> heap = new ArrayList<>();

	/** Time, this JVM's processor time (ns), PostgreSQL's (clock ticks). */
	private final List<long[]> samples = new ArrayList<>();

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
		.filter(pool -> pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
		.toList();

	private final com.sun.management.OperatingSystemMXBean system = (com.sun.management.OperatingSystemMXBean) ManagementFactory
		.getOperatingSystemMXBean();

	/** The embedded server's main process, or -1 when its processes cannot be read. */
	private final long postmaster;

	private volatile boolean running = true;

	private RunSampler(long postmaster) {
		this.postmaster = postmaster;
	}

	/**
	 * A sampler of the running embedded server of {@code dataDirectory} (relative to the observatory's home, as the
	 * server's is, so that a benchmark run from another folder finds it), not sampling yet: for
	 * {@link #processorNow}.
	 */
	static RunSampler watching(Path dataDirectory) {
		return new RunSampler(postmaster(ObservatoryHome.resolve(dataDirectory)));
	}

	/** Starts sampling the run of the embedded server of {@code dataDirectory} ({@link #watching}). */
	static RunSampler start(Path dataDirectory) {
		RunSampler sampler = watching(dataDirectory);
		Thread thread = new Thread(sampler, "run-sampler");
		thread.setDaemon(true);
		thread.start();
		return sampler;
	}

	@Override
	public void run() {
		for (int tick = 0; this.running; tick++) {
			long live = this.heapPools.stream().mapToLong(pool -> pool.getCollectionUsage().getUsed()).sum();
			long[] heapSample = { System.currentTimeMillis(), this.memory.getHeapMemoryUsage().getUsed(), live };
			synchronized (this.heap) {
				this.heap.add(heapSample);
			}
			if (tick % HEAP_SAMPLES_PER_CPU_SAMPLE == 0) {
				Processor now = processorNow();
				long[] sample = { System.currentTimeMillis(), now.javaNanos(), now.postgresTicks() };
				synchronized (this.samples) {
					this.samples.add(sample);
				}
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	void stop() {
		this.running = false;
	}

	/** The processor time used so far by this JVM and by PostgreSQL's processes, read now. */
	Processor processorNow() {
		return new Processor(this.system.getProcessCpuTime(), postgresTicks());
	}

	/**
	 * Processor time used so far: this JVM's (nanoseconds) and PostgreSQL's ({@code /proc} clock ticks; 0 when its
	 * processes cannot be read).
	 */
	record Processor(long javaNanos, long postgresTicks) {

		double javaSecondsSince(Processor before) {
			return (this.javaNanos - before.javaNanos) / 1e9;
		}

		double postgresSecondsSince(Processor before) {
			return (this.postgresTicks - before.postgresTicks) / TICKS_PER_SECOND;
		}

	}

	/** The most heap found in use right after a garbage collection during the period: what was alive. */
	long liveMb(long from, long to) {
		return mostHeap(from, to, 2);
	}

	long peakMb(long from, long to) {
		return mostHeap(from, to, 1);
	}

	private long mostHeap(long from, long to, int index) {
		synchronized (this.heap) {
			return this.heap.stream().filter(sample -> sample[0] >= from && sample[0] <= to)
				.mapToLong(sample -> sample[index]).max().orElse(0) / 1024 / 1024;
		}
	}

	boolean knowsPostgres() {
		return this.postmaster > 0;
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

	/** The pid on the first line of the server's {@code postmaster.pid}, when {@code /proc} shows processes. */
	private static long postmaster(Path dataDirectory) {
		try {
			long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
			return Files.isDirectory(Path.of("/proc", Long.toString(pid))) ? pid : -1;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * Clock ticks (user and system) of the server's main process, its children, and the children it has seen end; 0
	 * when they cannot be read.
	 */
	private long postgresTicks() {
		if (this.postmaster <= 0) {
			return 0;
		}
		long ticks = 0;
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				String name = process.getFileName().toString();
				if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
					ticks += serverTicks(Long.parseLong(name), process.resolve("stat"));
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return ticks;
	}

	private long serverTicks(long pid, Path stat) {
		try {
			String line = Files.readString(stat);
			// after the name (in parentheses): state, parent (field 4), then to field 13; utime and stime are 14 and 15,
			// the ended children's cutime and cstime 16 and 17
			String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
			if (pid == this.postmaster) {
				return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
						+ Long.parseLong(fields[14]);
			}
			return (Long.parseLong(fields[1]) == this.postmaster) ? Long.parseLong(fields[11]) + Long.parseLong(fields[12])
					: 0;
		}
		catch (IOException | RuntimeException ex) {
			return 0; // the process ended meanwhile
		}
	}

}
