package fr.ptce.observatory.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Refreshes PostgreSQL's statistics of tables a step has just filled in bulk, so the next step's queries are
 * planned on what the tables hold now (autovacuum comes later; without it, a large year's first import plans
 * its aggregates as if the tables were empty).
 */
@Component
class TableStatistics {

	private final JdbcTemplate jdbc;

	TableStatistics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void refresh(String... tables) {
		this.jdbc.execute("analyze " + String.join(", ", tables));
	}

}
