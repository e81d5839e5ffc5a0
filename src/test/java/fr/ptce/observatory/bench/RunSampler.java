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

/**
 * What a run uses, sampled on a thread of its own: the heap every 20 ms (in use, and alive after the last garbage
 * collection), and every 100 ms the processor time spent by this JVM and by PostgreSQL's processes, to tell a stage
 * bound by the two cores (Java and PostgreSQL together near 2 s of processor time per second) from one waiting on
 * something else. PostgreSQL's time is read from {@code /proc} (Linux): the processes named {@code postgres}, the
 * embedded server's; where there is no {@code /proc} it is not known. A backend that ends takes its time with it,
 * which the observatory's pool of connections rarely does during a run.
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

	private final boolean procFs = Files.isDirectory(Path.of("/proc/self"));

	private volatile boolean running = true;

	static RunSampler start() {
		RunSampler sampler = new RunSampler();
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
				long[] sample = { System.currentTimeMillis(), this.system.getProcessCpuTime(), postgresTicks() };
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
