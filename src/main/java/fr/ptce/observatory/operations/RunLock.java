package fr.ptce.observatory.operations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * A PostgreSQL advisory lock per job, held on a connection of its own for as long as a run lasts: two runs of
 * one job never overlap, also across several instances of the observatory on one database. The lock goes
 * with the connection if the process dies.
 */
@Component
class RunLock {

	private final DataSource dataSource;

	RunLock(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The lock of a job, or empty when a run of it holds the lock already. */
	Optional<Held> tryLock(String jobName) {
		try {
			Connection connection = this.dataSource.getConnection();
			try (PreparedStatement statement = connection
				.prepareStatement("select pg_try_advisory_lock(hashtext('observatoire:' || ?))")) {
				statement.setString(1, jobName);
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					if (result.getBoolean(1)) {
						return Optional.of(new Held(connection, jobName));
					}
				}
			}
			connection.close();
			return Optional.empty();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Advisory lock of job " + jobName + " could not be taken", ex);
		}
	}

	/** A lock held; closing it releases it. */
	static final class Held implements AutoCloseable {

		private final Connection connection;

		private final String jobName;

		private Held(Connection connection, String jobName) {
			this.connection = connection;
			this.jobName = jobName;
		}

		@Override
		public void close() {
			try (Connection held = this.connection;
					PreparedStatement statement = held
						.prepareStatement("select pg_advisory_unlock(hashtext('observatoire:' || ?))")) {
				statement.setString(1, this.jobName);
				statement.execute();
			}
			catch (SQLException ex) {
				// the lock goes with the connection anyway
			}
		}

	}

}
