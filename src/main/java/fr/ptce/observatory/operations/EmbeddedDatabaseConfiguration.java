package fr.ptce.observatory.operations;

import java.io.IOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.ptce.observatory.shared.ObservatoryProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server from the jar when no {@code spring.datasource.url} is configured, so a
 * fresh clone runs with no database installed. Its data directory is kept across restarts; a server that a killed
 * run left running on it is stopped first ({@link OrphanedServer}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(ObservatoryProperties properties) throws IOException {
		ObservatoryProperties.Database database = properties.database();
		Files.createDirectories(database.dataDir());
		OrphanedServer.clear(database.dataDir());
		String durability = database.durable() ? "on" : "off";
		return EmbeddedPostgres.builder()
			.setDataDirectory(database.dataDir())
			.setCleanDataDirectory(database.clean())
			.setServerConfig("fsync", durability)
			.setServerConfig("synchronous_commit", durability)
			.setServerConfig("full_page_writes", durability)
			.start();
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(8);
		dataSource.setPoolName("observatory");
		return dataSource;
	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
