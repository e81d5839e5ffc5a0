package fr.ptce.observatory.operations;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import fr.ptce.observatory.indicators.YearlyFacts;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Starts the observatory's jobs with explicit parameters: each run is a new job instance, named by what
 * it imports (or the year it reports) and when it was asked for.
 */
@Service
public class Runs {

	private final JobOperator jobOperator;

	private final Job importJob;

	private final Job reportJob;

	private final YearlyFacts yearlyFacts;

	Runs(JobOperator jobOperator, @Qualifier("importJob") Job importJob, @Qualifier("reportJob") Job reportJob,
			YearlyFacts yearlyFacts) {
		this.jobOperator = jobOperator;
		this.importJob = importJob;
		this.reportJob = reportJob;
		this.yearlyFacts = yearlyFacts;
	}

	/** Imports the new files of a folder; returns the finished execution. */
	public JobExecution importInbox(Path inbox) {
		JobParameters parameters = new JobParametersBuilder()
			.addString("inbox", inbox.toAbsolutePath().normalize().toString())
			.addString("requestedAt", Instant.now().toString())
			.toJobParameters();
		return start(this.importJob, parameters);
	}

	/** Builds the report of a year; returns the finished execution. */
	public JobExecution report(int year) {
		JobParameters parameters = new JobParametersBuilder().addLong("year", (long) year)
			.addString("requestedAt", Instant.now().toString())
			.toJobParameters();
		return start(this.reportJob, parameters);
	}

	/** The latest observation year with at least one pole. */
	public Optional<Integer> latestObservedYear() {
		return this.yearlyFacts.observedYears().stream().findFirst();
	}

	private JobExecution start(Job job, JobParameters parameters) {
		try {
			JobExecution execution = this.jobOperator.start(job, parameters);
			if (execution.getStatus() != BatchStatus.COMPLETED) {
				throw new RunFailedException(job.getName(), execution);
			}
			return execution;
		}
		catch (RunFailedException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Le job " + job.getName() + " n'a pas pu démarrer : " + ex.getMessage(), ex);
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
