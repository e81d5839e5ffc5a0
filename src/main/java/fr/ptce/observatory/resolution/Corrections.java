package fr.ptce.observatory.resolution;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The corrections networks propose to their poles ({@code correction}), and the analysts' decisions: an approved
 * correction becomes an override of the golden record, kept with the network's account that proposed it and the
 * analyst who approved it.
 */
@Repository
public class Corrections {

	/**
	 * Where a proposal stands. PostgreSQL's type {@code correction_status} holds the same values in the same order
	 * (V23, {@code DatabaseTypesTest}).
	 */
	public enum Status {

		PENDING, APPROVED, REJECTED

	}

	/** A proposal as the queue and the network's page show it. */
	public record Correction(long id, String poleId, String poleName, String field, String value, String current,
			String network, String proposedBy, OffsetDateTime proposedAt, String status, String decidedBy) {
	}

	/** The current value of a correction's field, read from the pole itself: the field's name is one of FIELDS. */
	private static final String CURRENT_VALUE = NetworkPoles.FIELDS.stream()
		.map(field -> " when '" + field + "' then p." + field + "::text")
		.collect(java.util.stream.Collectors.joining("", "case c.field", " end"));

	private final JdbcTemplate jdbc;

	private final GoldenRecords goldenRecords;

	private final Redirects redirects;

	private final ReviewQueue reviewQueue;

	Corrections(JdbcTemplate jdbc, GoldenRecords goldenRecords, Redirects redirects, ReviewQueue reviewQueue) {
		this.jdbc = jdbc;
		this.goldenRecords = goldenRecords;
		this.redirects = redirects;
		this.reviewQueue = reviewQueue;
	}

	/** What a network proposes when it says two of its poles are one: the other pole's identifier is the value. */
	public static final String SAME_POLE = "meme_pole";

	/**
	 * Proposes a value for a field of a pole ({@link NetworkPoles#FIELDS}), or that the pole is the same as another
	 * ({@link #SAME_POLE}); the caller checks the poles are the network's.
	 */
	public long propose(String poleId, String field, String value, String network, String account) {
		if (!NetworkPoles.FIELDS.contains(field) && !SAME_POLE.equals(field)) {
			throw new IllegalArgumentException("Champ inconnu : « " + field + " ».");
		}
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Indiquez la valeur proposée.");
		}
		if (field.equals("creation_year") && !value.strip().matches("\\d{4}")) {
			throw new IllegalArgumentException("L'année de création doit être une année, par exemple 2015.");
		}
		Long id = this.jdbc.queryForObject("""
				insert into correction (pole_id, field, value, network, proposed_by) values (?, ?, ?, ?, ?) returning id""",
				Long.class, poleId, field, value.strip(), network, account);
		return (id != null) ? id : 0;
	}

	/** The proposals waiting for an analyst, oldest first. */
	public List<Correction> pending() {
		return query("c.status = 'PENDING' order by c.proposed_at, c.id");
	}

	/** A network's proposals on one pole, latest first. */
	public List<Correction> ofNetwork(String poleId, String network) {
		return query("c.pole_id = ? and c.network = ? order by c.proposed_at desc, c.id desc", poleId, network);
	}

	/**
	 * Approves a pending proposal: the value becomes the golden record's, in this run and every later one. Returns
	 * {@code false} when no pending proposal has that number.
	 */
	@Transactional
	public boolean approve(long id, String analyst) {
		List<Correction> found = query("c.id = ? and c.status = 'PENDING'", id);
		if (found.isEmpty()) {
			return false;
		}
		Correction correction = found.get(0);
		String author = correction.proposedBy() + " (" + correction.network() + "), approuvée par " + analyst;
		if (SAME_POLE.equals(correction.field())) {
			// the analyst's decision « même pôle », as on the review page: the two poles become one
			this.reviewQueue.decide(correction.poleId(), correction.value(), ReviewQueue.Decision.SAME, author);
		}
		else {
			// a pole absorbed since the proposal: the correction goes to the pole that absorbed it
			this.goldenRecords.override(this.redirects.current(correction.poleId()), correction.field(),
					correction.value(), author);
		}
		decide(id, Status.APPROVED, analyst);
		return true;
	}

	/** Rejects a pending proposal; {@code false} when no pending proposal has that number. */
	public boolean reject(long id, String analyst) {
		return decide(id, Status.REJECTED, analyst);
	}

	private boolean decide(long id, Status status, String analyst) {
		return this.jdbc.update("""
				update correction set status = ?::correction_status, decided_by = ?, decided_at = now()
				where id = ? and status = 'PENDING'""", status.name(), analyst, id) == 1;
	}

	private List<Correction> query(String where, Object... parameters) {
		return this.jdbc.query("select c.*, p.name as pole_name, " + CURRENT_VALUE + " as current from correction c "
				+ "left join pole p on p.id = c.pole_id where " + where,
				(rs, n) -> new Correction(rs.getLong("id"), rs.getString("pole_id"), rs.getString("pole_name"),
						rs.getString("field"), rs.getString("value"), rs.getString("current"), rs.getString("network"),
						rs.getString("proposed_by"), rs.getObject("proposed_at", OffsetDateTime.class),
						rs.getString("status"), rs.getString("decided_by")),
				parameters);
	}

}
