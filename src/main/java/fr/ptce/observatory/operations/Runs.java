package fr.ptce.observatory.operations;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import fr.ptce.observatory.shared.ConflictException;
import fr.ptce.observatory.shared.NotFoundException;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Service;

/**
 * Starts the observatory's jobs with explicit parameters (each run is a new job instance, named by what it
 * imports or reports and when it was asked for), never two runs of one job at once: a second start is
 * refused with {@link RunInProgressException}. Runs asked for from the web run in the background; the
 * scheduler, the one-shot mode and the first start wait for theirs.
 * <p>
 * Over 250 lines because it is the one place that starts, restarts and stops the jobs: waiting and background runs
 * share the run lock, the clean-up of abandoned runs and the hand-off of the started execution's id, which together
 * keep « never two runs of one job » true.
 */
@Service
public class Runs {

	/** Completes with a job execution's id as soon as the execution exists. */
	private static final ThreadLocal<CompletableFuture<Long>> STARTED = new ThreadLocal<>();

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job importJob;

	private final Job reportJob;

	private final RunLock lock;

	private final TaskExecutor executor;

	private final AbandonedRuns abandoned;

	Runs(JobOperator jobOperator, JobRepository jobRepository, @Qualifier("importJob") Job importJob,
			@Qualifier("reportJob") Job reportJob, RunLock lock, AbandonedRuns abandoned,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.abandoned = abandoned;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.importJob = importJob;
		this.reportJob = reportJob;
		this.lock = lock;
		this.executor = executor;
	}

	/** What an import imports: a folder's new files, or one file or one network's files imported again. */
	public record ImportRequest(Path inbox, String file, String network) {

		public static ImportRequest newFiles(Path inbox) {
			return new ImportRequest(inbox, null, null);
		}

		JobParameters parameters() {
			JobParametersBuilder builder = new JobParametersBuilder()
				.addString("inbox", this.inbox.toAbsolutePath().normalize().toString())
				// the request's own instant, which makes each request a job instance of its own: not the clock's,
				// which a test may stop
				.addString("requestedAt", Instant.now().toString());
			if (this.file != null) {
				builder.addString("file", this.file);
			}
			if (this.network != null) {
				builder.addString("network", this.network);
			}
			return builder.toJobParameters();
		}

	}

	/** Imports the new files of a folder and waits for the end; returns the finished execution. */
	public JobExecution importInbox(Path inbox) {
		return await(this.importJob, ImportRequest.newFiles(inbox).parameters());
	}

	/** Imports as requested (new files, or a file or a network again) and waits for the end. */
	public JobExecution importInbox(ImportRequest request) {
		return await(this.importJob, request.parameters());
	}

	/** Builds the report of a year and waits for the end; returns the finished execution. */
	public JobExecution report(int year) {
		return await(this.reportJob, reportParameters(year));
	}

	/** Starts an import in the background; returns its execution id. */
	public long startImport(ImportRequest request) {
		return startImport(request, () -> {
		});
	}

	/**
	 * Starts an import in the background once {@code prepare} has run under the run lock (nothing is prepared when
	 * another run holds it; the lock is released when the preparation fails); returns its execution id.
	 */
	public long startImport(ImportRequest request, Runnable prepare) {
		return inBackground(ImportJobConfiguration.JOB_NAME, prepare,
				() -> this.jobOperator.start(this.importJob, request.parameters()));
	}

	/** Starts the report of a year in the background; returns its execution id. */
	public long startReport(int year) {
		return inBackground(ReportJobConfiguration.JOB_NAME,
				() -> this.jobOperator.start(this.reportJob, reportParameters(year)));
	}

	/** Restarts a failed or stopped execution from where it stopped, in the background; returns the new id. */
	public long restart(long executionId) {
		JobExecution known = execution(executionId);
		String jobName = known.getJobInstance().getJobName();
		if (known.getStatus().isRunning()) {
			// still marked running: abandoned if no live run holds the job's lock
			this.lock.tryLock(jobName).ifPresent(held -> {
				try (held) {
					this.abandoned.markFailed(jobName);
				}
			});
		}
		JobExecution failed = this.jobRepository.getJobExecution(executionId);
		if (failed.getStatus() != BatchStatus.FAILED && failed.getStatus() != BatchStatus.STOPPED) {
			throw new ConflictException("L'exécution n° " + executionId + " est " + failed.getStatus()
					+ " : seule une exécution en échec ou arrêtée peut être reprise.");
		}
		return inBackground(failed.getJobInstance().getJobName(), () -> this.jobOperator.restart(failed));
	}

	/** A run known to the job repository (which answers an unknown one with null or with an exception). */
	private JobExecution execution(long executionId) {
		try {
			return Optional.ofNullable(this.jobRepository.getJobExecution(executionId))
				.orElseThrow(() -> new NotFoundException("Exécution n° " + executionId + " inconnue."));
		}
		catch (EmptyResultDataAccessException ex) {
			throw new NotFoundException("Exécution n° " + executionId + " inconnue.");
		}
	}

	/** Asks a running execution to stop at its next chunk boundary. */
	public boolean stop(long executionId) {
		execution(executionId);
		try {
			return this.jobOperator.stop(executionId);
		}
		catch (NoSuchJobExecutionException ex) {
			throw new NotFoundException("Exécution n° " + executionId + " inconnue.");
		}
		catch (JobExecutionNotRunningException ex) {
			throw new ConflictException("L'exécution n° " + executionId + " n'est pas en cours.", ex);
		}
	}

	/** Completes the future of the run started on this thread: registered on every job. */
	static JobExecutionListener startedListener() {
		return new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution execution) {
				CompletableFuture<Long> started = STARTED.get();
				if (started != null) {
					started.complete(execution.getId());
				}
			}
		};
	}

	private static JobParameters reportParameters(int year) {
		return new JobParametersBuilder().addLong("year", (long) year)
			.addString("requestedAt", Instant.now().toString())
			.toJobParameters();
	}

	private JobExecution await(Job job, JobParameters parameters) {
		try (RunLock.Held held = lock(job.getName())) {
			JobExecution execution = this.jobOperator.start(job, parameters);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				throw new RunFailedException(job.getName(), execution);
			}
			return execution;
		}
		catch (RunFailedException | RunInProgressException ex) {
			throw ex;
		}
		catch (Exception ex) {
			// thrown at the start, or later when the job repository itself fails (database gone)
			throw new IllegalStateException("Le job " + job.getName() + " s'est arrêté sur une erreur : " + ex.getMessage(),
					ex);
		}
	}

	private long inBackground(String jobName, JobStart start) {
		return inBackground(jobName, () -> {
		}, start);
	}

	private long inBackground(String jobName, Runnable prepare, JobStart start) {
		RunLock.Held held = lock(jobName);
		try {
			prepare.run();
		}
		catch (RuntimeException ex) {
			held.close();
			throw ex;
		}
		CompletableFuture<Long> started = new CompletableFuture<>();
		try {
			this.executor.execute(() -> {
				STARTED.set(started);
				try (held) {
					start.start();
				}
				catch (Exception ex) {
					started.completeExceptionally(ex);
				}
				finally {
					STARTED.remove();
				}
			});
		}
		catch (RuntimeException ex) {
			held.close();
			throw ex;
		}
		try {
			return started.get(30, TimeUnit.SECONDS);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Le job " + jobName + " n'a pas pu démarrer : " + ex.getCause().getMessage(),
					ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Attente du démarrage du job " + jobName + " interrompue.", ex);
		}
		catch (TimeoutException ex) {
			throw new IllegalStateException("Le job " + jobName + " tarde à démarrer : il démarrera peut-être encore ; "
					+ "voir la page des exécutions.", ex);
		}
	}

	private RunLock.Held lock(String jobName) {
		RunLock.Held held = this.lock.tryLock(jobName).orElseThrow(() -> new RunInProgressException(jobName));
		this.abandoned.markFailed(jobName);
		return held;
	}

	@FunctionalInterface
	private interface JobStart {

		Object start() throws Exception;

	}

	/** A run asked for while another run of the same job is in progress. */
	public static class RunInProgressException extends ConflictException {

		RunInProgressException(String jobName) {
			super("Une exécution du job « " + jobName + " » est déjà en cours : attendez sa fin ou arrêtez-la.");
		}

	}

	/** A job that ended in another status than COMPLETED. */
	public static class RunFailedException extends RuntimeException {

		private final transient JobExecution execution;

		RunFailedException(String jobName, JobExecution execution) {
			super("Le job " + jobName + " (exécution n° " + execution.getId() + ") s'est terminé en " + execution.getStatus()
					+ " : " + execution.getAllFailureExceptions().stream().map(Throwable::getMessage).findFirst()
						.orElse(execution.getExitStatus().getExitDescription()));
			this.execution = execution;
		}

		public JobExecution execution() {
			return this.execution;
		}

	}

}
