package fr.ptce.observatory.ingestion;

import java.nio.file.Path;
import java.time.Instant;

import fr.ptce.observatory.testing.MovingClock;
import fr.ptce.observatory.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file is registered with the year it describes; when neither its profile nor its name says, that is the year it
 * was received, read from the observatory's clock at each file, so a service running across New Year files the
 * first night's files under the new year.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SourceFilesTest {

	MigratedDatabase database;

	JdbcTemplate jdbc;

	final MovingClock clock = new MovingClock(Instant.parse("2026-12-31T22:30:00Z")); // 23 h 30 in Paris

	SourceFiles files;

	@BeforeAll
	void migrate() throws Exception {
		this.database = MigratedDatabase.start();
		this.jdbc = this.database.jdbc();
		this.files = new SourceFiles(this.jdbc, JsonMapper.builder().build(), event -> {
		}, this.clock);
	}

	@AfterAll
	void stop() throws Exception {
		this.database.close();
	}

	@Test
	void aFileWithoutYearIsFiledUnderTheYearItArrivesInParis() {
		assertThat(this.files.register(file("avant-minuit.xlsx", "a"), SourceProfile.NONE, 1)).isTrue();
		this.clock.set(Instant.parse("2026-12-31T23:30:00Z")); // 0 h 30 in Paris, still 2026 in UTC
		assertThat(this.files.register(file("apres-minuit.xlsx", "b"), SourceProfile.NONE, 1)).isTrue();
		assertThat(this.files.register(file("bilan-2025.xlsx", "c"), SourceProfile.NONE, 1)).isTrue();

		assertThat(yearOf("avant-minuit.xlsx")).isEqualTo(2026);
		assertThat(yearOf("apres-minuit.xlsx")).isEqualTo(2027);
		assertThat(yearOf("bilan-2025.xlsx")).as("the year in the name wins").isEqualTo(2025);
	}

	private Inbox.InboxFile file(String name, String digit) {
		return new Inbox.InboxFile(Path.of("/inbox", name), name, 10, digit.repeat(64));
	}

	private int yearOf(String name) {
		return this.jdbc.queryForObject("select observation_year from source_file where name = ?", Integer.class, name);
	}

}
