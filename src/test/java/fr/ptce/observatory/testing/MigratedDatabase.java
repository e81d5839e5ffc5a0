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

	/** A file stored as read, named {@code name}: something for raw rows to name. */
	public long storedFile(String name) {
		return this.jdbc.queryForObject("""
				insert into source_file (sha256, name, location, size_bytes, import_execution_id, status)
				values (encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, '/inbox/' || ?, 10, 1, 'READ') returning id""",
				Long.class, name, name, name);
	}

	/** A raw row of a stored file, its cells empty. */
	public long rawRow(long file, String sheet, int rowNumber) {
		return this.jdbc.queryForObject("""
				insert into raw_row (file_id, sheet, row_number, cells) values (?, ?, ?, '{}') returning id""", Long.class,
				file, sheet, rowNumber);
	}

	public DataSource dataSource() {
		return this.postgres.getPostgresDatabase();
	}

	@Override
	public void close() throws IOException {
		this.postgres.close();
	}

}
