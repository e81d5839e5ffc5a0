package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

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

	MemberResolver(JdbcTemplate jdbc, IdentifierCounter counter) {
		this.jdbc = jdbc;
		this.counter = counter;
	}

	/** Gives an organisation to every attached member record that has none; returns how many were created. */
	int resolvePending() {
		Map<String, Organisation> bySiren = new HashMap<>();
		Map<String, List<Organisation>> byName = new HashMap<>();
		this.jdbc.query("select id, name_key, siren, departement from member order by id", rs -> {
			index(new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), bySiren, byName);
		});
		List<Pending> pending = this.jdbc.query("""
				select raw_row_id, name, name_key, siren, category, departement from member_record
				where outcome = 'ACCEPTED' and member_id is null and name_key is not null order by raw_row_id""",
				(rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6)));
		Map<Long, String> assigned = new LinkedHashMap<>();
		Map<String, Pending> founders = new LinkedHashMap<>();
		int created = 0;
		for (Pending member : pending) {
			Organisation found = find(member, bySiren, byName);
			if (found == null) {
				found = new Organisation("nouveau:" + (++created), member.nameKey(), member.siren(), member.departement());
				founders.put(found.id(), member);
				index(found, bySiren, byName);
			}
			assigned.put(member.rawRowId(), found.id());
		}
		List<String> numbers = this.counter.nextMembers(created);
		Map<String, String> ids = new HashMap<>();
		List<Object[]> organisations = new ArrayList<>();
		founders.forEach((provisional, member) -> {
			String id = numbers.get(ids.size());
			ids.put(provisional, id);
			organisations.add(new Object[] { id, member.name(), member.nameKey(), member.siren(), member.category(),
					member.departement() });
		});
		this.jdbc.batchUpdate(
				"insert into member (id, name, name_key, siren, category, departement) values (?, ?, ?, ?, ?, ?)",
				organisations);
		this.jdbc.update("""
				update member_record m set member_id = u.member_id
				from unnest(?::text[], ?::bigint[]) as u(member_id, raw_row_id) where m.raw_row_id = u.raw_row_id""",
				assigned.values().stream().map(id -> ids.getOrDefault(id, id)).toArray(String[]::new),
				assigned.keySet().toArray(Long[]::new));
		return created;
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
