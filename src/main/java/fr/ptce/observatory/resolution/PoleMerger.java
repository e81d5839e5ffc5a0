package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Merges and splits poles on an analyst's decision, keeping identifiers stable: on a merge the older
 * identifier survives and the absorbed one redirects to it; on a split the larger part (on a tie, the part
 * holding the founding row) keeps the identifier and the other gets a new one, never a reused one.
 */
@Service
class PoleMerger {

	private final JdbcTemplate jdbc;

	private final GoldenRecords goldenRecords;

	private final IdentifierCounter counter;

	private final Redirects redirects;

	PoleMerger(JdbcTemplate jdbc, GoldenRecords goldenRecords, IdentifierCounter counter, Redirects redirects) {
		this.jdbc = jdbc;
		this.counter = counter;
		this.redirects = redirects;
		this.goldenRecords = goldenRecords;
	}

	/** Merges two poles (current identifiers); returns the surviving identifier. */
	String merge(String first, String second, String reason) {
		refuseAcrossDifferent(first, second);
		String kept = (first.compareTo(second) < 0) ? first : second;
		String absorbed = kept.equals(first) ? second : first;
		this.jdbc.update("update pole_record set pole_id = ? where pole_id = ?", kept, absorbed);
		this.jdbc.update("update member_record set pole_id = ? where pole_id = ?", kept, absorbed);
		this.jdbc.update("update previous_link set pole_id = ? where pole_id = ?", kept, absorbed);
		this.jdbc.update("""
				insert into pole_override (pole_id, field, value, decided_by, decided_at)
				select ?, field, value, decided_by, decided_at from pole_override where pole_id = ?
				on conflict do nothing""", kept, absorbed);
		this.jdbc.update("delete from pole_override where pole_id = ?", absorbed);
		this.jdbc.update("delete from pole_year where pole_id = ?", absorbed);
		this.jdbc.update("delete from pole where id = ?", absorbed);
		this.jdbc.update("update pole_redirect set to_id = ? where to_id = ?", kept, absorbed);
		this.jdbc.update("insert into pole_redirect (from_id, to_id, reason) values (?, ?, ?)", absorbed, kept, reason);
		this.goldenRecords.refresh(List.of(kept));
		return kept;
	}

	/**
	 * Splits the given rows off a pole. Returns the identifier of the part that did not keep the pole's
	 * identifier.
	 */
	String split(String poleId, List<Long> rawRowIds) {
		List<Long> rows = this.jdbc.queryForList(
				"select raw_row_id from pole_record where pole_id = ? order by raw_row_id", Long.class, poleId);
		Set<Long> moved = new HashSet<>(rawRowIds);
		if (moved.isEmpty() || !rows.containsAll(moved)) {
			throw new IllegalArgumentException("Les lignes à séparer doivent être des lignes du pôle " + poleId + ".");
		}
		if (moved.size() == rows.size()) {
			throw new IllegalArgumentException("Séparer toutes les lignes d'un pôle ne le sépare pas.");
		}
		List<Long> kept = new ArrayList<>(rows);
		kept.removeAll(moved);
		boolean movedPartKeepsId = moved.size() > kept.size() || (moved.size() == kept.size() && moved.contains(rows.get(0)));
		List<Long> leaving = movedPartKeepsId ? kept : new ArrayList<>(moved);
		String newId = this.counter.nextPole();
		this.jdbc.update("""
				insert into pole (id, name, name_key)
				select ?, name, name_key from pole_record where raw_row_id = ?""", newId, leaving.get(0));
		Long[] leavingRows = leaving.toArray(Long[]::new);
		this.jdbc.update("update pole_record set pole_id = ?, match_rule = 'decision', match_score = null where raw_row_id = any(?)",
				newId, leavingRows);
		// members follow the rows of their file
		this.jdbc.update("""
				update member_record m set pole_id = ? where m.pole_id = ?
				  and m.file_id in (select file_id from pole_record where raw_row_id = any(?))
				  and m.file_id not in (select file_id from pole_record where pole_id = ?)""", newId, poleId, leavingRows,
				poleId);
		this.goldenRecords.refresh(List.of(poleId, newId));
		return newId;
	}

	/** Refuses a merge that would join two poles an analyst decided are different. */
	private void refuseAcrossDifferent(String first, String second) {
		Map<String, String> redirects = this.redirects.all();
		this.jdbc.query("select pole_a, pole_b from review_pair where status = 'DIFFERENT'", rs -> {
			String a = Redirects.follow(rs.getString(1), redirects);
			String b = Redirects.follow(rs.getString(2), redirects);
			if ((a.equals(first) && b.equals(second)) || (a.equals(second) && b.equals(first))) {
				throw new DecisionConflictException("Un analyste a décidé que " + rs.getString(1) + " et "
						+ rs.getString(2) + " sont deux pôles différents : ils ne seront pas fusionnés.");
			}
		});
	}

}
