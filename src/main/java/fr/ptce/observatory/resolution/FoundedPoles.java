package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The poles that one record of the files being imported founded and left for review beside other poles, and how
 * such a record joins one of them after all ({@link SecondLook}).
 */
@Repository
class FoundedPoles {

	/** A record that founds a pole alone, and the poles its pending review pairs name, in identifier order. */
	record Founder(Evidence.Row row, String founded, List<String> candidates) {
	}

	private final JdbcTemplate jdbc;

	FoundedPoles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The records of the files being imported that found a pole alone and left it for review, in row order. */
	List<Founder> leftForReview() {
		// the pending pairs first, each founded pole with the poles of its pairs; then the founded poles' records by
		// pole: the tables were just filled, so their statistics may count a handful of pairs where there are
		// thousands, and a plan made on them compared every record with every pair (a second for 2,500 pairs)
		Map<String, List<String>> candidates = new HashMap<>();
		this.jdbc.query("""
				select pole_b, array_agg(pole_a order by pole_a) from review_pair where status = 'PENDING'
				group by pole_b""", rs -> {
			candidates.put(rs.getString(1), PoleDirectory.texts(rs.getArray(2)));
		});
		List<Founder> founders = new ArrayList<>();
		if (candidates.isEmpty()) {
			return founders;
		}
		this.jdbc.query("select " + Evidence.COLUMNS + ", r.pole_id" + """
				 from pole_record r join source_file f on f.id = r.file_id
				where r.pole_id = any(?) and f.status = 'READ' and r.outcome = 'ACCEPTED'
				  and not exists (select 1 from pole_record o where o.pole_id = r.pole_id and o.raw_row_id <> r.raw_row_id)
				order by r.raw_row_id""", rs -> {
			String founded = rs.getString("pole_id");
			founders.add(new Founder(Evidence.Row.of(rs), founded, new ArrayList<>(candidates.get(founded))));
		}, (Object) candidates.keySet().toArray(String[]::new));
		return founders;
	}

	/**
	 * Moves a founding record to the pole it joins after all: its pole and its members follow, and the pole it
	 * founded redirects to the other (its identifier may have been seen). Its review pairs go with
	 * {@link #forgetPairsOf}, all at once.
	 */
	void rejoin(Founder founder, SecondLook.Rejoin rejoin) {
		this.jdbc.update("""
				update pole_record set pole_id = ?, outcome = 'MERGED', match_rule = 'score', match_score = ?
				where raw_row_id = ?""", rejoin.poleId(), rejoin.score(), founder.row().rawRowId());
		this.jdbc.update("update member_record set pole_id = ? where pole_id = ?", rejoin.poleId(), founder.founded());
		this.jdbc.update("delete from pole_field_source where pole_id = ?", founder.founded());
		this.jdbc.update("delete from pole where id = ?", founder.founded());
		this.jdbc.update("update pole_redirect set to_id = ? where to_id = ?", rejoin.poleId(), founder.founded());
		this.jdbc.update("insert into pole_redirect (from_id, to_id, reason) values (?, ?, ?)", founder.founded(),
				rejoin.poleId(), "rattaché au pôle " + rejoin.poleId() + " une fois tous les fichiers lus");
	}

	/** Forgets the pending review pairs of the poles founded and moved; returns how many went. */
	int forgetPairsOf(List<String> founded) {
		String[] poles = founded.toArray(String[]::new);
		return this.jdbc.update("delete from review_pair where status = 'PENDING' and (pole_a = any(?) or pole_b = any(?))",
				poles, poles);
	}

}
