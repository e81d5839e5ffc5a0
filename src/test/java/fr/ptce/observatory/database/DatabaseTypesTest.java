package fr.ptce.observatory.database;

import java.util.Arrays;
import java.util.List;

import fr.ptce.observatory.ingestion.FileStatus;
import fr.ptce.observatory.normalisation.RecordOutcome;
import fr.ptce.observatory.resolution.Corrections;
import fr.ptce.observatory.resolution.MatchRule;
import fr.ptce.observatory.resolution.ReviewQueue;
import fr.ptce.observatory.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outcomes, file statuses and match rules are mapped once: each Java enum has the values of its PostgreSQL type, in
 * the same order, so a query that names a value that does not exist fails instead of counting nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseTypesTest {

	MigratedDatabase database;

	JdbcTemplate jdbc;

	@BeforeAll
	void migrate() throws Exception {
		this.database = MigratedDatabase.start();
		this.jdbc = this.database.jdbc();
	}

	@AfterAll
	void stop() throws Exception {
		this.database.close();
	}

	@Test
	void eachJavaEnumHasTheValuesOfItsDatabaseType() {
		assertThat(labels("record_outcome")).isEqualTo(Arrays.stream(RecordOutcome.values()).map(Enum::name).toList());
		assertThat(labels("file_status")).isEqualTo(Arrays.stream(FileStatus.values()).map(Enum::name).toList());
		assertThat(labels("match_rule")).isEqualTo(Arrays.stream(MatchRule.values()).map(MatchRule::code).toList());
		assertThat(labels("pair_status")).isEqualTo(Arrays.stream(ReviewQueue.PairStatus.values()).map(Enum::name).toList());
		assertThat(labels("correction_status"))
			.isEqualTo(Arrays.stream(Corrections.Status.values()).map(Enum::name).toList());
	}

	@Test
	void theRecordsAndFilesUseTheTypes() {
		assertThat(this.jdbc.queryForList("""
				select table_name || '.' || column_name || ' ' || udt_name from information_schema.columns
				where udt_name in ('record_outcome', 'file_status', 'match_rule', 'pair_status', 'correction_status')
				order by 1""", String.class))
			.containsExactly("correction.status correction_status", "member_record.outcome record_outcome",
					"pole_record.match_rule match_rule", "pole_record.outcome record_outcome",
					"review_pair.status pair_status", "source_file.status file_status");
	}

	@Test
	void aMisspeltOutcomeInAQueryIsAnError() {
		assertThatThrownBy(() -> this.jdbc.queryForObject(
				"select count(*) from pole_record where outcome = 'QUARANTINE'", Long.class))
			.isInstanceOf(org.springframework.dao.DataAccessException.class)
			.hasMessageContaining("invalid input value for enum record_outcome");
		assertThat(this.jdbc.queryForObject("select count(*) from pole_record where outcome = 'QUARANTINED'",
				Long.class)).isZero();
	}

	private List<String> labels(String type) {
		return this.jdbc.queryForList("select unnest(enum_range(null::" + type + "))::text", String.class);
	}

}
