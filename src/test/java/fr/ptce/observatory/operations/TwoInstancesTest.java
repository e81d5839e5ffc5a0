package fr.ptce.observatory.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import fr.ptce.observatory.ObservatoryApplication;
import fr.ptce.observatory.shared.ObservatoryProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the observatory on one PostgreSQL: the scheduled import of a fire time runs once.
 */
@SpringBootTest
class TwoInstancesTest {

	@Autowired
	NightlyImport firstInstance;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	ObservatoryProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theScheduledImportOfAFireTimeRunsOnce() throws Exception {
		Files.createDirectories(this.properties.inbox());
		Files.copy(Path.of("input-samples/coorace/coorace-ptce-siae-2025.csv"),
				this.properties.inbox().resolve("coorace-ptce-siae-2025.csv"));
		SpringApplication second = new SpringApplication(ObservatoryApplication.class);
		second.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext other = second.run(
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres",
				"--observatory.inbox=" + this.properties.inbox().toAbsolutePath())) {
			NightlyImport secondInstance = other.getBean(NightlyImport.class);
			Instant slot = Instant.now().truncatedTo(ChronoUnit.MINUTES);
			int importsBefore = imports();

			CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> this.firstInstance.run(slot));
			CompletableFuture<Boolean> other2 = CompletableFuture.supplyAsync(() -> secondInstance.run(slot));

			assertThat(List.of(first.get(), other2.get())).containsExactlyInAnyOrder(true, false);
			assertThat(imports()).isEqualTo(importsBefore + 1);
			assertThat(this.jdbc.queryForObject("select count(*) from source_file", Integer.class)).isEqualTo(1);
			// the import found a new file: the report of its year followed
			assertThat(this.jdbc.queryForObject("select count(*) from report where year = 2025", Integer.class))
				.isEqualTo(1);
		}
	}

	private int imports() {
		return this.jdbc.queryForObject("""
				select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
				where i.job_name = 'import'""", Integer.class);
	}

}
