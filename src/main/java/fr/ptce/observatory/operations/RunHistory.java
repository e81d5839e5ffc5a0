package fr.ptce.observatory.operations;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.ingestion.ReceivedFiles;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The runs as the job repository recorded them, with each step's counts and the files an import read:
 * what the runs page and {@code /api/runs} show.
 */
@Component
public class RunHistory {

	private final JdbcTemplate jdbc;

	private final RunProgress progress;

	private final ReceivedFiles files;

	RunHistory(JdbcTemplate jdbc, RunProgress progress, ReceivedFiles files) {
		this.jdbc = jdbc;
		this.progress = progress;
		this.files = files;
	}

	/**
	 * A step of a run, with its French name; a step running on this instance says how far it has gone.
	 */
	public record Step(String name, String label, String status, long read, long written, long filtered, long skipped,
			Progress progress) {
	}

	/**
	 * @param done units done, out of {@code total} (0 while not known)
	 * @param unit what is counted, in French
	 * @param percent done as a percentage, {@code null} while the total is not known
	 * @param rate rows (or units) handled per second so far, counted in {@code rateUnit}
	 * @param secondsLeft time left at that rate, {@code null} until something was done
	 */
	public record Progress(long done, long total, String unit, Integer percent, long rate, String rateUnit,
			Long secondsLeft) {

		static Progress of(RunProgress.Step step) {
			return new Progress(step.done(), step.total(), step.unit(),
					step.fraction().map(fraction -> (int) Math.floor(100 * fraction)).orElse(null),
					Math.round(step.rowsPerSecond()), step.rateUnit(), step.secondsLeft().map(Math::round).orElse(null));
		}

	}

	public record Run(long id, String job, String status, String exitMessage, Map<String, String> parameters,
			LocalDateTime start, LocalDateTime end, long durationSeconds, List<Step> steps, List<ReceivedFiles.OfRun> files) {
	}

	public List<Run> recent(int count) {
		List<Long> ids = this.jdbc.queryForList(
				"select job_execution_id from batch_job_execution order by job_execution_id desc limit ?", Long.class,
				count);
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	public Optional<Run> find(long id) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("""
				select e.job_execution_id, i.job_name, e.status, e.exit_message, e.start_time, e.end_time
				from batch_job_execution e join batch_job_instance i on i.job_instance_id = e.job_instance_id
				where e.job_execution_id = ?""", id);
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> row = rows.get(0);
		Map<String, String> parameters = new LinkedHashMap<>();
		this.jdbc.query("select parameter_name, parameter_value from batch_job_execution_params where job_execution_id = ?"
				+ " order by parameter_name", rs -> {
					parameters.put(rs.getString(1), rs.getString(2));
				}, id);
		List<Step> steps = this.jdbc.query("""
				select step_name, status, read_count, write_count, filter_count, read_skip_count + write_skip_count +
				       process_skip_count as skipped, step_execution_id
				from batch_step_execution where job_execution_id = ? order by step_execution_id""",
				(rs, n) -> new Step(rs.getString(1), RunProgress.label(rs.getString(1)), rs.getString(2), rs.getLong(3),
						rs.getLong(4), rs.getLong(5), rs.getLong(6),
						this.progress.of(rs.getLong(7)).map(Progress::of).orElse(null)),
				id);
		List<ReceivedFiles.OfRun> files = this.files.ofRun(id);
		LocalDateTime start = toLocal(row.get("start_time"));
		LocalDateTime end = toLocal(row.get("end_time"));
		long duration = (start == null) ? 0
				: Duration.between(start, (end != null) ? end : LocalDateTime.now()).toSeconds();
		String message = (String) row.get("exit_message");
		return Optional.of(new Run(id, (String) row.get("job_name"), (String) row.get("status"),
				(message == null || message.isBlank()) ? null : firstLine(message), parameters, start, end, duration,
				new ArrayList<>(steps), files));
	}

	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

	private static LocalDateTime toLocal(Object value) {
		return (value instanceof java.sql.Timestamp timestamp) ? timestamp.toLocalDateTime()
				: (value instanceof LocalDateTime local) ? local : null;
	}

}
