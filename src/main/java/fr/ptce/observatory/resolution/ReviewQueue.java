package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.shared.NotFoundException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pairs of poles resolution doubted of, and the analysts' decisions on them. A pair is shown with its two
 * poles side by side and its score explained field by field; "same" merges the poles at once (the older
 * identifier survives, the other redirects), "different" is kept as a constraint no later run or decision
 * crosses. Decisions are stored with who took them and when; every later run honours them because
 * resolution never re-decides a resolved record and never merges two poles by score.
 */
@Service
public class ReviewQueue {

	/** An analyst's decision on a pair. */
	public enum Decision {

		SAME, DIFFERENT

	}

	/**
	 * Where a pair stands: waiting, or decided one pole or two. PostgreSQL's type {@code pair_status} holds the same
	 * values in the same order (V23, {@code DatabaseTypesTest}).
	 */
	public enum PairStatus {

		PENDING, SAME, DIFFERENT

	}

	/** A pole as the review page shows it. */
	public record PoleSummary(String id, String name, String acronym, String carrierName, String siret,
			String commune, String departement, String website, int rows, List<String> networks) {
	}

	/** A pair with its explanation; {@code poleA} and {@code poleB} are the current identifiers. */
	public record Pair(long id, PoleSummary poleA, PoleSummary poleB, double score, List<Map<String, Object>> fields,
			String status, String decidedBy, String decidedAt) {
	}

	private final JdbcTemplate jdbc;

	private final PoleMerger merger;

	private final Redirects redirects;

	ReviewQueue(JdbcTemplate jdbc, PoleMerger merger, Redirects redirects) {
		this.jdbc = jdbc;
		this.merger = merger;
		this.redirects = redirects;
	}

	/**
	 * The first {@code limit} pairs waiting for a decision: those whose decision would change the year's count of
	 * active poles first, then best score first; pairs already joined by a merge are left out.
	 */
	public List<Pair> pending(int limit) {
		return pairs("status = 'PENDING'", limit).stream()
			.filter(pair -> !pair.poleA().id().equals(pair.poleB().id()))
			.toList();
	}

	/** How many pairs wait with a score at or above {@code score}: what {@link #acceptAll} would decide. */
	public int countAtLeast(double score) {
		Integer count = this.jdbc.queryForObject(
				"select count(*) from review_pair where status = 'PENDING' and score >= ?", Integer.class, score);
		return (count != null) ? count : 0;
	}

	/** The first {@code limit} of those pairs, in the queue's order (a preview). */
	public List<Pair> pendingAtLeast(double score, int limit) {
		return pairs("status = 'PENDING' and score >= " + Double.toString(score), limit).stream()
			.filter(pair -> !pair.poleA().id().equals(pair.poleB().id()))
			.toList();
	}

	/**
	 * Accepts as the same pole every pair waiting with a score at or above {@code score}, best first, as one analyst's
	 * decisions; a pair that an earlier decision contradicts, or whose poles are one already, is left as it is.
	 *
	 * @return how many pairs were merged
	 */
	@Transactional
	public int acceptAll(double score, String analyst) {
		lock();
		int merged = 0;
		List<Map<String, Object>> pairs = this.jdbc.queryForList("select id, pole_a, pole_b from review_pair"
				+ " where status = 'PENDING' and score >= ? order by score desc, id", score);
		for (Map<String, Object> pair : pairs) {
			try {
				if (!this.redirects.current((String) pair.get("pole_a"))
					.equals(this.redirects.current((String) pair.get("pole_b")))) {
					decide(((Number) pair.get("id")).longValue(), Decision.SAME, analyst);
					merged++;
				}
			}
			catch (DecisionConflictException ex) {
				// an analyst said otherwise: the pair stays for a decision of its own
			}
		}
		return merged;
	}

	/** How many pairs wait for a decision. */
	public int pendingCount() {
		Integer count = this.jdbc.queryForObject("select count(*) from review_pair where status = 'PENDING'",
				Integer.class);
		return (count != null) ? count : 0;
	}

	/** The latest {@code limit} decisions, latest first. */
	public List<Pair> decided(int limit) {
		return pairs("status <> 'PENDING'", limit);
	}

	public Optional<Pair> pair(long id) {
		return pairs("id = " + id, 1).stream().findFirst();
	}

	/** Decides a pair of the queue. */
	@Transactional
	public Pair decide(long pairId, Decision decision, String analyst) {
		lock();
		Map<String, Object> row = this.jdbc.queryForList("select pole_a, pole_b, status::text as status from review_pair where id = ?",
				pairId).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("Paire " + pairId + " inconnue."));
		if (!PairStatus.PENDING.name().equals(row.get("status"))) {
			throw new DecisionConflictException("La paire " + pairId + " a déjà été décidée (" + row.get("status") + ").");
		}
		apply((String) row.get("pole_a"), (String) row.get("pole_b"), decision);
		this.jdbc.update("update review_pair set status = ?::pair_status, decided_by = ?, decided_at = now() where id = ?",
				decision.name(), analyst, pairId);
		return pair(pairId).orElseThrow();
	}

	/** Decides on two poles that were not paired by resolution (an analyst saw them). */
	@Transactional
	public Pair decide(String poleA, String poleB, Decision decision, String analyst) {
		lock();
		for (String id : List.of(poleA, poleB)) {
			Integer known = this.jdbc.queryForObject(
					"select count(*) from (select id from pole where id = ? union select from_id from pole_redirect where from_id = ?) k",
					Integer.class, id, id);
			if (known == null || known == 0) {
				throw new NotFoundException("Pôle " + id + " inconnu.");
			}
		}
		String first = (poleA.compareTo(poleB) < 0) ? poleA : poleB;
		String second = first.equals(poleA) ? poleB : poleA;
		apply(first, second, decision);
		Long id = this.jdbc.queryForObject("""
				insert into review_pair (pole_a, pole_b, score, explanation, status, decided_by, decided_at)
				values (?, ?, 0, '[]', ?::pair_status, ?, now())
				on conflict (pole_a, pole_b) do update set status = excluded.status, decided_by = excluded.decided_by,
				    decided_at = excluded.decided_at
				returning id""", Long.class, first, second, decision.name(), analyst);
		return pair(id).orElseThrow();
	}

	/** Splits rows off a pole: they were not the same pole. Returns the identifier of the new pole. */
	@Transactional
	public String split(String poleId, List<Long> rawRowIds, String analyst) {
		lock();
		String current = this.redirects.current(poleId);
		String newId = this.merger.split(current, rawRowIds);
		this.jdbc.update("""
				insert into review_pair (pole_a, pole_b, score, explanation, status, decided_by, decided_at)
				values (?, ?, 0, '[]', 'DIFFERENT', ?, now())""", current, newId, analyst);
		return newId;
	}

	private void apply(String poleA, String poleB, Decision decision) {
		String a = this.redirects.current(poleA);
		String b = this.redirects.current(poleB);
		if (decision == Decision.SAME) {
			if (!a.equals(b)) {
				this.merger.merge(a, b, "décision d'un analyste : même pôle que " + (a.compareTo(b) < 0 ? a : b));
			}
		}
		else if (a.equals(b)) {
			throw new DecisionConflictException("Les pôles " + poleA + " et " + poleB + " ont déjà été fusionnés en " + a
					+ " : séparez ses lignes (POST /api/poles/" + a + "/separation).");
		}
	}

	/** Decisions and runs do not interleave: a decision waits for a running resolution ({@link ResolutionLock}). */
	private void lock() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(" + ResolutionLock.KEY + ")");
	}

	/**
	 * Whether both poles of a pair are listed active in the latest year observed: deciding such a pair changes the
	 * published count of active poles, so it comes first.
	 */
	private static final String ACTIVE_BOTH = "(select count(distinct r.pole_id) from pole_record r"
			+ " where r.pole_id in (review_pair.pole_a, review_pair.pole_b) and r.status = 'actif'"
			+ " and r.observation_year = (select max(observation_year) from pole_record)) = 2";

	private List<Pair> pairs(String condition, int limit) {
		Map<String, String> redirects = this.redirects.all();
		List<Pair> pairs = new ArrayList<>();
		this.jdbc.query("select id, pole_a, pole_b, score, explanation::text as explanation, status, decided_by, "
				+ "to_char(decided_at, 'YYYY-MM-DD HH24:MI') as decided_at from review_pair where " + condition
				+ " order by decided_at desc nulls first, " + ACTIVE_BOTH + " desc, score desc, id limit "
				+ Math.max(limit, 0), rs -> {
					PoleSummary a = summary(Redirects.follow(rs.getString("pole_a"), redirects));
					PoleSummary b = summary(Redirects.follow(rs.getString("pole_b"), redirects));
					if (a != null && b != null) {
						pairs.add(new Pair(rs.getLong("id"), a, b, rs.getDouble("score"),
								Explanations.parse(rs.getString("explanation")), rs.getString("status"),
								rs.getString("decided_by"), rs.getString("decided_at")));
					}
				});
		return pairs;
	}

	private PoleSummary summary(String poleId) {
		return this.jdbc.query("""
				select p.id, p.name, p.acronym, p.carrier_name, p.siret, p.commune, p.departement, p.website,
				       (select count(*) from pole_record r where r.pole_id = p.id) as rows,
				       (select array_agg(distinct f.network order by f.network) from pole_record r
				        join source_file f on f.id = r.file_id where r.pole_id = p.id and f.network is not null) as networks
				from pole p where p.id = ?""", rs -> {
			if (!rs.next()) {
				return null;
			}
			java.sql.Array networks = rs.getArray("networks");
			return new PoleSummary(rs.getString("id"), rs.getString("name"), rs.getString("acronym"),
					rs.getString("carrier_name"), rs.getString("siret"), rs.getString("commune"),
					rs.getString("departement"), rs.getString("website"), rs.getInt("rows"),
					(networks != null) ? List.of((String[]) networks.getArray()) : List.of());
		}, poleId);
	}

}
