package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attaches the members of a file to the poles of the same file: the row names its pole by the pole's
 * identifier ({@code PTCE-000012}), its name (in matching form) or its acronym. A member whose pole cannot be
 * found is quarantined with the reason. Each attached member is then resolved to its organisation
 * ({@link MemberResolver}).
 */
@Service
public class MemberLinker {

	private static final Pattern POLE_ID = Pattern.compile("PTCE-\\d{6}");

	private record Pending(String reference, MemberResolver.Member member) {
	}

	private final JdbcTemplate jdbc;

	private final MemberResolver organisations;

	private final Redirects redirects;

	private final TransactionTemplate transactions;

	MemberLinker(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, MemberResolver organisations,
			Redirects redirects) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// each batch commits on its own, also inside the step's transaction
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.redirects = redirects;
		this.organisations = organisations;
	}

	/**
	 * Links the pending member records to their poles and resolves them to organisations, one file per
	 * transaction, in the order the rows were read; returns how many were attached.
	 */
	public int linkPending() {
		return linkPending(Progress.NONE);
	}

	/** The same, telling {@code progress} how many member rows were handled after each file. */
	public int linkPending(Progress progress) {
		Map<Long, Long> rowsByFile = new LinkedHashMap<>();
		this.jdbc.query("""
				select file_id, count(*) from member_record where outcome = 'NORMALISED' group by file_id
				order by min(raw_row_id)""", rs -> {
			rowsByFile.put(rs.getLong(1), rs.getLong(2));
		});
		long total = rowsByFile.values().stream().mapToLong(Long::longValue).sum();
		long done = 0;
		long analysedAt = 0;
		int attached = 0;
		for (Map.Entry<Long, Long> file : rowsByFile.entrySet()) {
			Integer linked = this.transactions.execute(status -> linkFile(file.getKey()));
			attached += (linked != null) ? linked : 0;
			done += file.getValue();
			progress.advanced(done, total);
			if (done >= 2 * analysedAt + 10_000) {
				// organisations are looked up by index as the table grows: statistics of a table still empty
				// would have PostgreSQL read all of it for each file (each analyze samples at most 30,000 rows)
				this.transactions.executeWithoutResult(status -> this.jdbc.execute("analyze member"));
				analysedAt = done;
			}
		}
		return attached;
	}

	private int linkFile(long fileId) {
		List<Pending> pending = this.jdbc.query("""
				select raw_row_id, pole_reference, name, name_key, siren, category, departement from member_record
				where file_id = ? and outcome = 'NORMALISED' order by raw_row_id""",
				(rs, n) -> new Pending(rs.getString("pole_reference"), new MemberResolver.Member(rs.getLong("raw_row_id"),
						rs.getString("name"), rs.getString("name_key"), rs.getString("siren"), rs.getString("category"),
						rs.getString("departement"))),
				fileId);
		Map<String, String> poles = polesOfFile(fileId);
		Map<String, String> departements = departementsOfPoles(fileId);
		List<String> poleIds = new ArrayList<>();
		List<MemberResolver.Member> attached = new ArrayList<>();
		List<Object[]> quarantined = new ArrayList<>();
		for (Pending member : pending) {
			String poleId = find(member.reference(), poles);
			if (poleId != null) {
				poleIds.add(poleId);
				// a member whose file says nothing of its place is taken to be in its pole's département
				MemberResolver.Member listed = member.member();
				attached.add((listed.departement() != null) ? listed : listed.in(departements.get(poleId)));
			}
			else {
				quarantined.add(new Object[] { "Pôle « " + member.reference()
						+ " » introuvable dans la feuille des pôles du fichier (nom, sigle ou identifiant attendu).",
						member.member().rawRowId() });
			}
		}
		String[] organisations = this.organisations.resolve(attached);
		// one statement for the file: a large file attaches tens of thousands of members
		this.jdbc.update("""
				update member_record m set outcome = 'ACCEPTED', pole_id = u.pole_id, member_id = u.member_id
				from unnest(?::text[], ?::text[], ?::bigint[]) as u(pole_id, member_id, raw_row_id)
				where m.raw_row_id = u.raw_row_id""", poleIds.toArray(String[]::new), organisations,
				attached.stream().map(MemberResolver.Member::rawRowId).toArray(Long[]::new));
		this.jdbc.batchUpdate("update member_record set outcome = 'QUARANTINED', reason = ? where raw_row_id = ?",
				quarantined);
		return attached.size();
	}

	private String find(String reference, Map<String, String> poles) {
		if (POLE_ID.matcher(reference.strip()).matches()) {
			// an identifier absorbed by a merge still names its pole
			String current = this.redirects.current(reference.strip());
			Integer known = this.jdbc.queryForObject("select count(*) from pole where id = ?", Integer.class, current);
			return (known != null && known > 0) ? current : null;
		}
		for (String key : PoleReferences.ofReference(reference)) {
			if (poles.containsKey(key)) {
				return poles.get(key);
			}
		}
		return null;
	}

	/** The poles of a file by the matching form of their name and by their acronym. */
	/** The département of each pole of a file, as the file gives it. */
	private Map<String, String> departementsOfPoles(long fileId) {
		Map<String, String> departements = new HashMap<>();
		this.jdbc.query("select pole_id, departement from pole_record where file_id = ? and pole_id is not null "
				+ "and departement is not null order by raw_row_id", rs -> {
					departements.putIfAbsent(rs.getString(1), rs.getString(2));
				}, fileId);
		return departements;
	}

	private Map<String, String> polesOfFile(long fileId) {
		Map<String, String> poles = new HashMap<>();
		this.jdbc.query("""
				select pole_id, name, acronym from pole_record
				where file_id = ? and pole_id is not null order by raw_row_id""", rs -> {
			String poleId = rs.getString("pole_id");
			PoleReferences.ofPole(rs.getString("name"), rs.getString("acronym"))
				.forEach(key -> poles.putIfAbsent(key, poleId));
		}, fileId);
		return poles;
	}

}
