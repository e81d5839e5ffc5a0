package fr.ptce.observatory.operations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * How far each running step of this instance has gone: what the one-shot run prints on standard error and the
 * runs page shows as a progress bar. Steps report their work as it is done ({@link #advance}); a step that
 * ends is forgotten (the job repository keeps its counts).
 */
@Component
public class RunProgress {

	/** The French name of each step, as people see it. */
	private static final Map<String, String> LABELS = Map.of("discoverFiles", "Découverte des fichiers", "readRows",
			"Lecture des fichiers", "normaliseRows", "Normalisation des lignes", "resolvePoles", "Résolution des pôles",
			"giveVerdicts", "Verdicts des fichiers", "buildYearlyFacts", "Faits annuels", "publishReport",
			"Publication du rapport");

	private final Map<Long, Step> running = new ConcurrentHashMap<>();

	private final List<Watcher> watchers = new CopyOnWriteArrayList<>();

	/** Told when a step starts and ends (the one-shot run prints it). */
	public interface Watcher {

		void started(Step step);

		void ended(Step step, StepExecution execution);

	}

	/**
	 * A running step's progress. A step may go through phases (resolution: poles, then members), each with its
	 * own total and unit; the rate and the time left are those of the current phase.
	 *
	 * @param name the step's name in the job
	 * @param done units done in the current phase (files, rows, records)
	 * @param total units to do in the current phase, 0 when not known yet
	 * @param unit what is counted, in French (« fichiers », « lignes »)
	 * @param rows rows handled since the step started
	 * @param phaseRows rows handled before the current phase
	 * @param startNanos when the step started ({@link System#nanoTime()})
	 * @param phaseNanos when the current phase started
	 */
	public record Step(String name, long done, long total, String unit, long rows, long phaseRows, long startNanos,
			long phaseNanos) {

		public String label() {
			return RunProgress.label(this.name);
		}

		/** Seconds since the step started. */
		public double seconds() {
			return (System.nanoTime() - this.startNanos) / 1e9;
		}

		private double phaseSeconds() {
			return (System.nanoTime() - this.phaseNanos) / 1e9;
		}

		/** Rows per second in the current phase. */
		public double rowsPerSecond() {
			double seconds = phaseSeconds();
			return (seconds > 0) ? (this.rows - this.phaseRows) / seconds : 0;
		}

		/** What the rate counts: the unit when the phase counts rows, else rows (« lignes »). */
		public String rateUnit() {
			return (this.rows - this.phaseRows == this.done) ? this.unit : "lignes";
		}

		/** The time left if the rest goes as fast as what was done; empty until something was done. */
		public Optional<Double> secondsLeft() {
			if (this.done == 0 || this.total == 0 || this.done > this.total) {
				return Optional.empty();
			}
			return Optional.of(phaseSeconds() * (this.total - this.done) / this.done);
		}

		/** Done as a share of the total, between 0 and 1; empty when the total is not known. */
		public Optional<Double> fraction() {
			return (this.total > 0) ? Optional.of(Math.min(1.0, (double) this.done / this.total)) : Optional.empty();
		}

	}

	/** The French name of a step (its own name when it has none). */
	public static String label(String step) {
		return LABELS.getOrDefault(step, step);
	}

	/**
	 * A step starts, or starts a new phase: {@code total} units to do, counted in {@code unit} (0 and
	 * {@code null} while not known).
	 */
	public void start(StepExecution step, long total, String unit) {
		long now = System.nanoTime();
		Step started = new Step(step.getStepName(), 0, total, unit, 0, 0, now, now);
		Step before = this.running.putIfAbsent(step.getId(), started);
		if (before == null) {
			this.watchers.forEach(watcher -> watcher.started(started));
		}
		else {
			this.running.put(step.getId(),
					new Step(before.name(), 0, total, unit, before.rows(), before.rows(), before.startNanos(), now));
		}
	}

	public void watch(Watcher watcher) {
		this.watchers.add(watcher);
	}

	public void unwatch(Watcher watcher) {
		this.watchers.remove(watcher);
	}

	/**
	 * A step's current phase has done {@code done} units (out of its total, or of a new total when it learnt it)
	 * and handled {@code rows} rows.
	 */
	public void advance(StepExecution step, long done, long total, long rows) {
		this.running.computeIfPresent(step.getId(), (id, current) -> new Step(current.name(), done, total,
				current.unit(), current.phaseRows() + rows, current.phaseRows(), current.startNanos(),
				current.phaseNanos()));
	}

	/** The progress of a running step of this instance. */
	public Optional<Step> of(long stepExecutionId) {
		return Optional.ofNullable(this.running.get(stepExecutionId));
	}

	/** The steps running on this instance. */
	public Map<Long, Step> running() {
		return Map.copyOf(this.running);
	}

	/** Follows a step from its start (total unknown until it says) to its end. */
	public StepExecutionListener tracking() {
		return new StepExecutionListener() {
			@Override
			public void beforeStep(StepExecution stepExecution) {
				start(stepExecution, 0, null);
			}

			@Override
			public ExitStatus afterStep(StepExecution stepExecution) {
				end(stepExecution);
				return null;
			}
		};
	}

	/** A step ended: it is forgotten, and the watchers are told. */
	void end(StepExecution stepExecution) {
		Step ended = this.running.remove(stepExecution.getId());
		if (ended != null) {
			this.watchers.forEach(watcher -> watcher.ended(ended, stepExecution));
		}
	}

}
