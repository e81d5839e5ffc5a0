package fr.ptce.observatory.testing;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real PostgreSQL of its own with the observatory's schema (Flyway's migrations), for tests of SQL and the schema
 * that need no Spring context. Closed at the end of the test class.
 */
public final class MigratedDatabase implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final JdbcTemplate jdbc;

	private MigratedDatabase(EmbeddedPostgres postgres) {
		this.postgres = postgres;
		this.jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
	}

	/** Starts a server and migrates its database. */
	public static MigratedDatabase start() throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgres.start();
		try {
			Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();
		}
		catch (RuntimeException ex) {
			postgres.close();
			throw ex;
		}
		return new MigratedDatabase(postgres);
	}

	public JdbcTemplate jdbc() {
		return this.jdbc;
	}

	public DataSource dataSource() {
		return this.postgres.getPostgresDatabase();
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
