package fr.ptce.observatory.resolution;


import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Numbers new identifiers ({@code PTCE-000001}, {@code MBR-000001}) from a counter updated in the caller's
 * transaction: a rolled-back resolution gives its numbers back, so a run resumed after a crash numbers its
 * poles exactly as an uninterrupted run would. Numbers are never reused otherwise.
 */
@Repository
class IdentifierCounter {

	private final JdbcTemplate jdbc;

	IdentifierCounter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The next pole identifier (a split gives its moved rows a new pole). */
	String nextPole() {
		Sequence sequence = poles();
		String id = sequence.next();
		sequence.close();
		return id;
	}

	/**
	 * The pole identifiers to come, numbered one at a time while records are resolved: the counter's row is
	 * locked until the transaction ends, and {@link Sequence#close()} writes how far it went.
	 */
	Sequence poles() {
		return sequence("pole", "PTCE-");
	}

	/**
	 * Records that the pole identifiers up to the given number are given, in the caller's transaction (a resolution
	 * numbers its poles under its lock, and records each batch's numbers with its outcomes).
	 */
	void recordPoles(long last) {
		this.jdbc.update("update identifier_counter set last = greatest(last, ?) where kind = 'pole'", last);
	}

	/** The member identifiers to come, like {@link #poles()}. */
	Sequence members() {
		return sequence("member", "MBR-");
	}

	private Sequence sequence(String kind, String prefix) {
		Long last = this.jdbc.queryForObject("select last from identifier_counter where kind = ? for update", Long.class,
				kind);
		return new Sequence(kind, prefix, last);
	}

	/** Identifiers given one at a time in the caller's transaction. */
	final class Sequence {

		private final String kind;

		private final String prefix;

		private final long first;

		private long last;

		private Sequence(String kind, String prefix, long last) {
			this.kind = kind;
			this.prefix = prefix;
			this.first = last;
			this.last = last;
		}

		String next() {
			return this.prefix + String.format("%06d", ++this.last);
		}

		/** The number of the last identifier given. */
		long last() {
			return this.last;
		}

		/** Records the identifiers given; call it in the same transaction. */
		void close() {
			if (this.last > this.first) {
				IdentifierCounter.this.jdbc.update("update identifier_counter set last = ? where kind = ?", this.last,
						this.kind);
			}
		}

	}


}
