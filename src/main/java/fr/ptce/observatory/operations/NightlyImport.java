package fr.ptce.observatory.operations;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import fr.ptce.observatory.shared.ObservatoryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * The nightly import of the inbox, on {@code observatory.schedule.import-cron} (02:00 Europe/Paris by
 * default), followed by the report of the current year (else the latest observed one) when files were
 * imported. Each fire time is claimed in the database first: with several instances on one database, one
 * runs it.
 */
@Component
@Profile("!" + OneShotRun.PROFILE)
class NightlyImport implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(NightlyImport.class);

	private final Runs runs;

	private final JdbcTemplate jdbc;

	private final ObservatoryProperties properties;

	private final Clock clock;

	private final ReportYear reportYear;

	NightlyImport(Runs runs, ReportYear reportYear, JdbcTemplate jdbc, ObservatoryProperties properties, Clock clock) {
		this.reportYear = reportYear;
		this.clock = clock;
		this.runs = runs;
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/** Schedules the import on the settings' cron, in their zone; a cron of {@code -} schedules nothing. */
	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		ObservatoryProperties.Schedule schedule = this.properties.schedule();
		if (!Scheduled.CRON_DISABLED.equals(schedule.importCron())) {
			registrar.addCronTask(new CronTask(this::onSchedule,
					new CronTrigger(schedule.importCron(), ZoneId.of(schedule.zone()))));
		}
	}

	void onSchedule() {
		run(this.clock.instant().truncatedTo(ChronoUnit.MINUTES));
	}

	/**
	 * Runs the import of one fire time, unless another instance claimed it.
	 *
	 * @return whether this instance ran it
	 */
	boolean run(Instant slot) {
		int claimed = this.jdbc.update("""
				insert into scheduled_run (job, slot, claimed_by) values ('import', ?, ?)
				on conflict do nothing""", java.sql.Timestamp.from(slot), ManagementFactory.getRuntimeMXBean().getName());
		if (claimed == 0) {
			logger.info("Nightly import of {} already run by another instance", slot);
			return false;
		}
		try {
			JobExecution execution = this.runs.importInbox(this.properties.inbox());
			if (ImportResults.newFiles(execution) > 0) {
				this.reportYear.toReport().ifPresent(this.runs::report);
			}
		}
		catch (RuntimeException ex) {
			logger.error("Nightly import of {} failed", slot, ex);
		}
		return true;
	}

}
