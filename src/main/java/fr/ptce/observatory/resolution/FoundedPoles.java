package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
		Map<Long, Founder> founders = new LinkedHashMap<>();
		// the pending pairs first, then their founded poles' records by pole: the tables were just filled, so their
		// statistics may count a handful of pairs where there are thousands
		this.jdbc.query("with pending as materialized (select pole_a, pole_b from review_pair where status = 'PENDING') "
				+ "select rp.pole_a, rp.pole_b, " + Evidence.COLUMNS + """
				 from pending rp join pole_record r on r.pole_id = rp.pole_b
				join source_file f on f.id = r.file_id
				where f.status = 'READ' and r.outcome = 'ACCEPTED'
				  and not exists (select 1 from pole_record o where o.pole_id = rp.pole_b and o.raw_row_id <> r.raw_row_id)
				order by r.raw_row_id, rp.pole_a""", rs -> {
			Founder founder = founders.get(rs.getLong("raw_row_id"));
			if (founder == null) {
				founder = new Founder(Evidence.Row.of(rs), rs.getString("pole_b"), new ArrayList<>());
				founders.put(founder.row().rawRowId(), founder);
			}
			founder.candidates().add(rs.getString("pole_a"));
		});
		return List.copyOf(founders.values());
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
