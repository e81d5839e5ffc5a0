package fr.ptce.observatory.resolution;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The advisory lock that keeps a resolution and an analyst's decisions apart ({@code ptce-resolution}), held on a
 * connection of its own for a whole run: a resolution commits batch after batch on other connections, and a
 * merge or split landing between two batches would meet a run that still holds the poles as they were. A
 * decision ({@link ReviewQueue}, which takes the same lock in its transaction) waits for the run's end; the lock
 * goes with the connection if the process dies.
 */
final class ResolutionLock implements AutoCloseable {

	static final String KEY = "hashtext('ptce-resolution')";

	private final Connection connection;

	private ResolutionLock(Connection connection) {
		this.connection = connection;
	}

	static ResolutionLock take(JdbcTemplate jdbc) {
		DataSource dataSource = jdbc.getDataSource();
		try {
			Connection connection = dataSource.getConnection();
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_advisory_lock(" + KEY + ")");
			}
			catch (SQLException ex) {
				connection.close();
				throw ex;
			}
			return new ResolutionLock(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The resolution lock could not be taken", ex);
		}
	}

	@Override
	public void close() {
		try (Connection held = this.connection; Statement statement = held.createStatement()) {
			statement.execute("select pg_advisory_unlock(" + KEY + ")");
		}
		catch (SQLException ex) {
			// the lock goes with the connection anyway
		}
	}

}
