package fr.ptce.observatory.operations;

import fr.ptce.observatory.indicators.YearlyFacts;
import fr.ptce.observatory.reporting.Report;
import fr.ptce.observatory.reporting.ReportPublisher;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code report} job: rebuild the yearly facts of every observed year (the evolution needs them all),
 * then compute the year's indicators and write its report. Parameters: {@code year} and {@code requestedAt} (each build is a new instance; earlier reports
 * are kept).
 */
@Configuration(proxyBeanMethods = false)
class ReportJobConfiguration {

	static final String JOB_NAME = "report";

	@Bean
	Job reportJob(JobRepository jobRepository, Step buildYearlyFacts, Step publishReport) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(Runs.startedListener())
			.start(buildYearlyFacts)
			.next(publishReport)
			.build();
	}

	@Bean
	Step buildYearlyFacts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			YearlyFacts yearlyFacts, TableStatistics statistics, RunProgress progress) {
		return new StepBuilder("buildYearlyFacts", jobRepository).tasklet((contribution, context) -> {
			statistics.refresh("pole", "pole_record", "member_record", "source_file");
			contribution.incrementWriteCount(yearlyFacts.rebuildAll());
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(progress.tracking()).build();
	}

	@Bean
	Step publishReport(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ReportPublisher publisher, RunProgress progress) {
		return new StepBuilder("publishReport", jobRepository).tasklet((contribution, context) -> {
			int year = ((Number) context.getStepContext().getJobParameters().get("year")).intValue();
			long executionId = context.getStepContext().getStepExecution().getJobExecutionId();
			Report report = publisher.publish(year, executionId);
			contribution.incrementWriteCount(report.files().size());
			context.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
				.putLong("reportId", report.id());
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(progress.tracking()).build();
	}

}
