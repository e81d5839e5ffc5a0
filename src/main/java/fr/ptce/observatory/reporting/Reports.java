package fr.ptce.observatory.reporting;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reports built so far ({@code report}). The current report of a year is the latest one built for it;
 * earlier ones are kept.
 */
@Repository
public class Reports {

	private final JdbcTemplate jdbc;

	Reports(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The current report of each year, latest year first. */
	public List<Report> current() {
		return this.jdbc.query("""
				select distinct on (year) * from report where cardinality(files) > 0
				order by year desc, id desc""", this::map);
	}

	public Optional<Report> current(int year) {
		return this.jdbc.query("select * from report where year = ? and cardinality(files) > 0 order by id desc limit 1",
				this::map, year).stream().findFirst();
	}

	/** Every report built for a year, the current one first: earlier builds stay downloadable. */
	public List<Report> versions(int year) {
		return this.jdbc.query("select * from report where year = ? and cardinality(files) > 0 order by id desc",
				this::map, year);
	}

	/** A file of one build of a year's report, only if it is one of that build's own files. */
	public Optional<Path> file(int year, long reportId, String name) {
		return versions(year).stream()
			.filter(report -> report.id() == reportId && report.files().contains(name))
			.findFirst()
			.map(report -> report.directory().resolve(name));
	}

	/** A file of the current report of a year, only if it is one of the report's own files. */
	public Optional<Path> file(int year, String name) {
		return current(year).filter(report -> report.files().contains(name))
			.map(report -> report.directory().resolve(name));
	}

	/**
	 * The key figures of a built report, as its first page gives them: from the indicators it stored and the files
	 * received when it was built.
	 */
	public List<KeyFigures.KeyFigure> keyFigures(Report report) {
		Map<String, Indicator> indicators = new HashMap<>();
		for (Indicator indicator : Indicator.values()) {
			indicators.put(indicator.code(), indicator);
		}
		List<IndicatorValue> values = this.jdbc.query(
				"select indicator, dimension, value, coverage from indicator_value where report_id = ?",
				(rs, n) -> new IndicatorValue(indicators.get(rs.getString("indicator")), rs.getString("dimension"),
						rs.getBigDecimal("value"), rs.getInt("coverage")),
				report.id());
		Integer files = this.jdbc.queryForObject("select count(*) from source_file where received_at <= ?",
				Integer.class, report.builtAt());
		return KeyFigures.of(report.year(), values, (files != null) ? files : 0);
	}

	long create(int year, long executionId, Path directory) {
		return this.jdbc.queryForObject("""
				insert into report (year, job_execution_id, directory, files) values (?, ?, ?, '{}') returning id""",
				Long.class, year, executionId, directory.toString());
	}

	void complete(long reportId, Path directory, List<String> files) {
		this.jdbc.update("update report set directory = ?, files = ? where id = ?", directory.toString(),
				files.toArray(String[]::new), reportId);
	}

	private Report map(ResultSet rs, int rowNum) throws SQLException {
		Array files = rs.getArray("files");
		return new Report(rs.getLong("id"), rs.getInt("year"), rs.getLong("job_execution_id"),
				rs.getObject("built_at", OffsetDateTime.class), Path.of(rs.getString("directory")),
				Arrays.asList((String[]) files.getArray()));
	}

}
