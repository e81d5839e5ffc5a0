package fr.ptce.observatory.operations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refreshes PostgreSQL's statistics of tables a step has just filled in bulk, so the next step's queries are
 * planned on what the tables hold now (autovacuum comes later; without it, a large year's first import plans
 * its aggregates as if the tables were empty).
 */
@Component
class TableStatistics {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	TableStatistics(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Analyses the tables in a transaction of its own: statistics taken inside a step's transaction would stay
	 * invisible to the other connections (the batches of resolution) until the step ends.
	 */
	void refresh(String... tables) {
		this.ownTransaction.executeWithoutResult(status -> this.jdbc.execute("analyze " + String.join(", ", tables)));
	}

}
