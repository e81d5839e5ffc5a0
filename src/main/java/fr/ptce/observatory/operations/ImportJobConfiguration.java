package fr.ptce.observatory.operations;

import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import fr.ptce.observatory.ingestion.FileColumns;
import fr.ptce.observatory.ingestion.FileDiscovery;
import fr.ptce.observatory.ingestion.FileRow;
import fr.ptce.observatory.ingestion.HeaderDictionary;
import fr.ptce.observatory.ingestion.RawRows;
import fr.ptce.observatory.ingestion.RawRowsReader;
import fr.ptce.observatory.ingestion.SourceFiles;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.ingestion.StoredRawRow;
import fr.ptce.observatory.normalisation.MemberRecordNormaliser;
import fr.ptce.observatory.normalisation.NormalisedRow;
import fr.ptce.observatory.normalisation.PoleRecordNormaliser;
import fr.ptce.observatory.normalisation.PoleRecords;
import fr.ptce.observatory.normalisation.RawRowProcessor;
import fr.ptce.observatory.provenance.ImportVerdicts;
import fr.ptce.observatory.resolution.MemberLinker;
import fr.ptce.observatory.resolution.PoleResolver;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code import} job: discover new files in the inbox, read them into raw rows, normalise the rows,
 * resolve the records into poles, and give each file its verdict.
 * <p>
 * Parameters: {@code inbox} (the folder to import), {@code requestedAt} (when the run was asked for: each
 * run is a new instance), and optionally {@code file} (only this file, imported again if known) or
 * {@code network} (that network's files imported again). Every step can run again after a crash: a file half read is read again,
 * rows already normalised or resolved are not touched twice.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobConfiguration {

	static final String JOB_NAME = "import";

	/**
	 * Rows per transaction of the reading and normalising steps: each commit waits for the disk (fsync), so a
	 * chunk is large; a file half read is read again whole after a crash, and rows not yet normalised are found
	 * again by their query, so a chunk is never the unit of restart.
	 */
	static final int CHUNK_SIZE = 5_000;

	@Bean
	Job importJob(JobRepository jobRepository, Step discoverFiles, Step readRows, Step normaliseRows,
			Step resolvePoles, Step giveVerdicts) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(Runs.startedListener())
			.start(discoverFiles)
			.next(readRows)
			.next(normaliseRows)
			.next(resolvePoles)
			.next(giveVerdicts)
			.build();
	}

	@Bean
	Step discoverFiles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			FileDiscovery discovery, RunProgress progress) {
		return new StepBuilder(ImportResults.DISCOVER_FILES, jobRepository).tasklet((contribution, context) -> {
			Map<String, Object> parameters = context.getStepContext().getJobParameters();
			FileDiscovery.Discovered discovered = discovery.discover(new FileDiscovery.Request(
					Path.of((String) parameters.get("inbox")), (String) parameters.get("file"),
					(String) parameters.get("network"), context.getStepContext().getStepExecution().getJobExecutionId()));
			for (int file = 0; file < discovered.found(); file++) {
				contribution.incrementReadCount(); // one at a time: Spring Batch counts no other way
			}
			contribution.incrementWriteCount(discovered.toRead());
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(progress.tracking()).build();
	}

	@Bean
	Step readRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			RawRowsReader rawRowsReader, SourceFiles sourceFiles, RawRows rawRows, RunProgress progress) {
		ProgressListener<FileRow> listener = new ProgressListener<>(progress, "fichiers", sourceFiles::countDiscovered,
				(files, rows) -> files - sourceFiles.countDiscovered());
		return new StepBuilder("readRows", jobRepository).<FileRow, FileRow>chunk(CHUNK_SIZE)
			.reader(rawRowsReader)
			.writer(chunk -> rawRows.insert(chunk.getItems()))
			.listener(listener)
			.transactionManager(transactionManager)
			.build();
	}

	@Bean
	@StepScope
	RawRowsReader rawRowsReader(SourceFiles sourceFiles, RawRows rawRows, HeaderDictionary headerDictionary,
			SourceProfiles profiles) {
		return new RawRowsReader(sourceFiles, rawRows, headerDictionary, profiles);
	}

	@Bean
	Step normaliseRows(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			JdbcCursorItemReader<StoredRawRow> rowsToNormalise, RawRowProcessor rawRowProcessor, RawRows rawRows,
			PoleRecords poleRecords, RunProgress progress) {
		return new StepBuilder("normaliseRows", jobRepository).<StoredRawRow, NormalisedRow>chunk(CHUNK_SIZE)
			.reader(rowsToNormalise)
			.processor(rawRowProcessor)
			.taskExecutor(normalisingThreads())
			.writer(chunk -> poleRecords.insert(chunk.getItems()))
			.listener(new ProgressListener<NormalisedRow>(progress, "lignes", rawRows::countToNormalise,
					(total, rows) -> rows))
			.transactionManager(transactionManager)
			.build();
	}

	/**
	 * The threads that normalise the rows of a chunk, one per core, while the step's thread reads the rest of the
	 * chunk; the step's thread then writes the chunk in its transaction, in the order read. Idle threads end after a
	 * minute.
	 */
	private static ThreadPoolTaskExecutor normalisingThreads() {
		ThreadPoolTaskExecutor threads = new ThreadPoolTaskExecutor();
		threads.setCorePoolSize(Runtime.getRuntime().availableProcessors());
		threads.setAllowCoreThreadTimeOut(true);
		threads.setDaemon(true);
		threads.setThreadNamePrefix("normalise-");
		threads.initialize();
		return threads;
	}

	@Bean
	@StepScope
	JdbcCursorItemReader<StoredRawRow> rowsToNormalise(DataSource dataSource, RawRows rawRows) {
		return new JdbcCursorItemReaderBuilder<StoredRawRow>().name("rowsToNormalise")
			.dataSource(dataSource)
			.sql(RawRows.TO_NORMALISE)
			.rowMapper(rawRows.storedRawRowMapper())
			.fetchSize(CHUNK_SIZE)
			.saveState(false)
			.build();
	}

	@Bean
	@StepScope
	RawRowProcessor rawRowProcessor(FileColumns columns, SourceProfiles profiles,
			PoleRecordNormaliser poleRecordNormaliser, MemberRecordNormaliser memberRecordNormaliser) {
		return new RawRowProcessor(columns, profiles, poleRecordNormaliser, memberRecordNormaliser);
	}

	@Bean
	Step resolvePoles(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			PoleResolver resolver, MemberLinker memberLinker, TableStatistics statistics, RunProgress progress) {
		return new StepBuilder(ImportResults.RESOLVE_POLES, jobRepository).tasklet((contribution, context) -> {
			statistics.refresh("raw_row", "pole_record", "member_record");
			StepExecution step = context.getStepContext().getStepExecution();
			progress.start(step, 0, "fiches de pôles");
			PoleResolver.Summary summary = resolver.resolvePending(
					(done, total) -> progress.advance(step, done, total, done));
			progress.start(step, 0, "lignes de membres");
			int members = memberLinker.linkPending((done, total) -> progress.advance(step, done, total, done));
			contribution.incrementWriteCount(summary.accepted() + summary.merged() + members);
			ImportResults.storeResolution(step.getExecutionContext(), summary);
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(progress.tracking()).build();
	}

	@Bean
	Step giveVerdicts(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SourceFiles sourceFiles, ImportVerdicts verdicts, MeterRegistry meters, RunProgress progress) {
		return new StepBuilder("giveVerdicts", jobRepository).tasklet((contribution, context) -> {
			ImportVerdicts.Closing closing = verdicts.giveVerdicts();
			SourceFiles.RowCounts counts = sourceFiles.rowCounts(closing.closed());
			meters.counter("observatoire.lignes.lues").increment(counts.read());
			meters.counter("observatoire.lignes.quarantaine").increment(counts.quarantined());
			contribution.incrementWriteCount(closing.superseded().size());
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(progress.tracking()).build();
	}

}
