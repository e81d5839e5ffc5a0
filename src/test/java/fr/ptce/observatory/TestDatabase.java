package fr.ptce.observatory;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the observatory's tables (not Spring Batch's) and restarts its identifier counters, as on a fresh
 * database.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static void empty(JdbcTemplate jdbc) {
		jdbc.execute("""
				truncate source_file, raw_row, pole, pole_record, member_record, member, pole_year, report,
				         indicator_value, review_pair, pole_redirect, pole_override, pole_field_source, previous_link, network_action, network_account, correction cascade""");
		jdbc.execute("update identifier_counter set last = 0");
	}

}
