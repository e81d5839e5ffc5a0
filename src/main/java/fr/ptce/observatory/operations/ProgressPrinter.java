package fr.ptce.observatory.operations;

import java.io.PrintStream;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

/**
 * Prints the progress of a run for a person watching a terminal or reading a cron mail: a line when each step
 * starts and ends, and while a step runs, a line every few seconds with what it has done, its rate and the
 * time left. In French; the one-shot run sends it to standard error, keeping standard output for results.
 */
final class ProgressPrinter implements RunProgress.Watcher, AutoCloseable {

	private static final Locale FRENCH = Locale.FRANCE;

	private final RunProgress progress;

	private final PrintStream out;

	private final ScheduledExecutorService timer;

	private final Map<Long, RunProgress.Step> printed = new HashMap<>();

	ProgressPrinter(RunProgress progress, PrintStream out, Duration every) {
		this.progress = progress;
		this.out = out;
		this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "progression");
			thread.setDaemon(true);
			return thread;
		});
		progress.watch(this);
		this.timer.scheduleAtFixedRate(this::printRunning, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void started(RunProgress.Step step) {
		this.out.println(step.label() + "…");
	}

	@Override
	public synchronized void ended(RunProgress.Step step, StepExecution execution) {
		this.printed.remove(execution.getId());
		String rows = (step.rows() > 0) ? " (" + integer(step.rows()) + " lignes)" : "";
		boolean failed = execution.getStatus() == BatchStatus.FAILED;
		this.out.println("  " + (failed ? "en échec après " : "terminé en ") + seconds(step.seconds()) + rows);
	}

	/** A line for each running step that moved since the last one (never after its end: both are synchronized). */
	private synchronized void printRunning() {
		this.progress.running().forEach((id, step) -> {
			RunProgress.Step before = this.printed.put(id, step);
			if (step.total() > 0 && (before == null || before.done() != step.done() || before.total() != step.total())) {
				this.out.println(line(step));
			}
		});
	}

	/** {@code Lecture des fichiers : 37 / 100 fichiers, 84 211 lignes, 28 700 lignes/s, reste ≈ 5 s}. */
	static String line(RunProgress.Step step) {
		StringBuilder line = new StringBuilder("  ").append(step.label()).append(" : ").append(integer(step.done()))
			.append(" / ").append(integer(step.total())).append(' ').append(step.unit());
		long phaseRows = step.rows() - step.phaseRows();
		boolean rowsAreTheUnit = phaseRows == step.done();
		if (!rowsAreTheUnit && phaseRows > 0) {
			line.append(", ").append(integer(phaseRows)).append(" lignes");
		}
		if (phaseRows > 0) {
			line.append(", ").append(integer(Math.round(step.rowsPerSecond()))).append(' ').append(step.rateUnit())
				.append("/s");
		}
		step.secondsLeft().ifPresent(left -> line.append(", reste ≈ ").append(seconds(left)));
		return line.toString();
	}

	private static String integer(long value) {
		return NumberFormat.getIntegerInstance(FRENCH).format(value);
	}

	private static String seconds(double seconds) {
		if (seconds >= 90) {
			return String.format(FRENCH, "%d min %02d s", (long) seconds / 60, (long) seconds % 60);
		}
		return String.format(FRENCH, "%.1f s", seconds);
	}

	@Override
	public void close() {
		this.progress.unwatch(this);
		this.timer.shutdownNow();
	}

}
