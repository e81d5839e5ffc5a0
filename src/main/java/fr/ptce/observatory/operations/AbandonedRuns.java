package fr.ptce.observatory.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs left "in progress" by a process that died (killed, machine stopped). Called while holding the job's
 * advisory lock: no live run of the job exists then, so any execution of it still marked running is
 * abandoned. It is marked FAILED with the reason, so the runs page tells the truth and an analyst may restart
 * it; its work is resumed by the next run anyway (each step picks up what is left).
 */
@Component
class AbandonedRuns {

	static final String REASON = "Exécution interrompue : le processus s'est arrêté avant sa fin (reprise possible).";

	private final JdbcTemplate jdbc;

	AbandonedRuns(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Marks the abandoned executions of a job as failed; returns how many there were. */
	int markFailed(String jobName) {
		this.jdbc.update("""
				update batch_step_execution s set status = 'FAILED', exit_code = 'FAILED', exit_message = ?,
				       end_time = coalesce(s.end_time, now())
				where s.status in ('STARTED', 'STARTING', 'STOPPING') and s.job_execution_id in (
				    select e.job_execution_id from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
				    where i.job_name = ? and e.status in ('STARTED', 'STARTING', 'STOPPING'))""", REASON, jobName);
		return this.jdbc.update("""
				update batch_job_execution e set status = 'FAILED', exit_code = 'FAILED', exit_message = ?,
				       end_time = coalesce(e.end_time, now())
				where e.status in ('STARTED', 'STARTING', 'STOPPING') and e.job_instance_id in (
				    select job_instance_id from batch_job_instance where job_name = ?)""", REASON, jobName);
	}

}
