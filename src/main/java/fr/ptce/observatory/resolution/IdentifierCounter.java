package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.List;

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

	/** The next {@code count} identifiers of a kind ({@code pole}, {@code member}), with the given prefix. */
	List<String> next(String kind, String prefix, int count) {
		if (count == 0) {
			return List.of();
		}
		Long last = this.jdbc.queryForObject("update identifier_counter set last = last + ? where kind = ? returning last",
				Long.class, count, kind);
		List<String> ids = new ArrayList<>(count);
		for (long number = last - count + 1; number <= last; number++) {
			ids.add(prefix + String.format("%06d", number));
		}
		return ids;
	}

	List<String> nextPoles(int count) {
		return next("pole", "PTCE-", count);
	}

	List<String> nextMembers(int count) {
		return next("member", "MBR-", count);
	}

}
