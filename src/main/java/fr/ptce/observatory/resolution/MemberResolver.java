package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resolves attached member records into member organisations ({@code member}) with stable identifiers
 * ({@code MBR-000001}): a département council or a CCI is one organisation, member of many poles. Evidence:
 * the same SIREN; else the same matching name in the same département; else the same matching name when one
 * side does not say its département. Two different SIRENs are never one organisation. Identifiers come from a
 * counter in record order, never reused.
 */
@Repository
class MemberResolver {

	private record Organisation(String id, String nameKey, String siren, String departement) {
	}

	private record Pending(long rawRowId, String name, String nameKey, String siren, String category,
			String departement) {
	}

	private final JdbcTemplate jdbc;

	private final IdentifierCounter counter;

	private final TransactionTemplate transactions;

	MemberResolver(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, IdentifierCounter counter) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// each batch commits on its own, also inside the step's transaction
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.counter = counter;
	}

	/** How many member records one transaction resolves. */
	static final int BATCH_SIZE = 20_000;

	/**
	 * Gives an organisation to every attached member record that has none, in batches of {@link #BATCH_SIZE}
	 * records that each commit; returns how many organisations were created.
	 */
	int resolvePending() {
		Map<String, Organisation> bySiren = new HashMap<>();
		Map<String, List<Organisation>> byName = new HashMap<>();
		this.transactions.executeWithoutResult(status -> this.jdbc.query(
				"select id, name_key, siren, departement from member order by id", rs -> {
					index(new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), bySiren,
							byName);
				}));
		int created = 0;
		while (true) {
			Integer batch = this.transactions.execute(status -> resolveBatch(bySiren, byName));
			if (batch == null || batch < 0) {
				return created;
			}
			created += batch;
		}
	}

	/** Resolves the next batch; returns the organisations it created, or -1 when nothing was pending. */
	private int resolveBatch(Map<String, Organisation> bySiren, Map<String, List<Organisation>> byName) {
		List<Pending> pending = this.jdbc.query("""
				select raw_row_id, name, name_key, siren, category, departement from member_record
				where outcome = 'ACCEPTED' and member_id is null and name_key is not null order by raw_row_id limit ?""",
				(rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)), BATCH_SIZE);
		if (pending.isEmpty()) {
			return -1;
		}
		IdentifierCounter.Sequence numbers = this.counter.members();
		List<Object[]> organisations = new ArrayList<>();
		String[] memberIds = new String[pending.size()];
		Long[] rawRowIds = new Long[pending.size()];
		for (int i = 0; i < pending.size(); i++) {
			Pending member = pending.get(i);
			Organisation found = find(member, bySiren, byName);
			if (found == null) {
				found = new Organisation(numbers.next(), member.nameKey(), member.siren(), member.departement());
				organisations.add(new Object[] { found.id(), member.name(), member.nameKey(), member.siren(),
						member.category(), member.departement() });
				index(found, bySiren, byName);
			}
			memberIds[i] = found.id();
			rawRowIds[i] = member.rawRowId();
		}
		numbers.close();
		this.jdbc.batchUpdate(
				"insert into member (id, name, name_key, siren, category, departement) values (?, ?, ?, ?, ?, ?)",
				organisations);
		this.jdbc.update("""
				update member_record m set member_id = u.member_id
				from unnest(?::text[], ?::bigint[]) as u(member_id, raw_row_id) where m.raw_row_id = u.raw_row_id""",
				memberIds, rawRowIds);
		return organisations.size();
	}

	private static Organisation find(Pending member, Map<String, Organisation> bySiren,
			Map<String, List<Organisation>> byName) {
		if (member.siren() != null && bySiren.containsKey(member.siren())) {
			return bySiren.get(member.siren());
		}
		for (Organisation known : byName.getOrDefault(member.nameKey(), List.of())) {
			boolean sirensDiffer = member.siren() != null && known.siren() != null && !member.siren().equals(known.siren());
			boolean placesAgree = member.departement() == null || known.departement() == null
					|| member.departement().equals(known.departement());
			if (!sirensDiffer && placesAgree) {
				return known;
			}
		}
		return null;
	}

	private static void index(Organisation organisation, Map<String, Organisation> bySiren,
			Map<String, List<Organisation>> byName) {
		if (organisation.siren() != null) {
			bySiren.putIfAbsent(organisation.siren(), organisation);
		}
		byName.computeIfAbsent(organisation.nameKey(), key -> new ArrayList<>()).add(organisation);
	}

}
