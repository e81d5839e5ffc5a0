package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
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

	/** A member record to give an organisation to. */
	record Member(long rawRowId, String name, String nameKey, String siren, String category, String departement) {

		/** The same member, placed in a département. */
		Member in(String departement) {
			return new Member(this.rawRowId, this.name, this.nameKey, this.siren, this.category, departement);
		}

	}

	private final JdbcTemplate jdbc;

	private final IdentifierCounter counter;

	MemberResolver(JdbcTemplate jdbc, IdentifierCounter counter) {
		this.jdbc = jdbc;
		this.counter = counter;
	}

	/**
	 * Finds or creates the organisation of each member, in order, in the caller's transaction (a member without a
	 * matching name gets none), and returns their identifiers in the members' order. The organisations it may be are read from the database (by SIREN and by matching
	 * name), so that memory holds the members given, not every organisation known.
	 */
	String[] resolve(List<Member> members) {
		Map<String, Organisation> bySiren = new HashMap<>();
		Map<String, List<Organisation>> byName = new HashMap<>();
		String[] sirens = members.stream().map(Member::siren).filter(java.util.Objects::nonNull).distinct()
			.toArray(String[]::new);
		String[] names = members.stream().map(Member::nameKey).filter(java.util.Objects::nonNull).distinct()
			.toArray(String[]::new);
		// the same organisations, in the same order (by identifier), as if every one were held in memory
		this.jdbc.query("""
				select id, name_key, siren, departement from member
				where id in (select id from member where siren = any(?) union select id from member where name_key = any(?))
				order by id""", rs -> {
			index(new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), bySiren,
					byName);
		}, sirens, names);
		IdentifierCounter.Sequence numbers = this.counter.members();
		List<Object[]> created = new ArrayList<>();
		String[] ids = new String[members.size()];
		for (int i = 0; i < members.size(); i++) {
			Member member = members.get(i);
			if (member.nameKey() == null) {
				continue;
			}
			Organisation found = find(member, bySiren, byName);
			if (found == null) {
				found = new Organisation(numbers.next(), member.nameKey(), member.siren(), member.departement());
				created.add(new Object[] { found.id(), member.name(), member.nameKey(), member.siren(),
						member.category(), member.departement() });
				index(found, bySiren, byName);
			}
			ids[i] = found.id();
		}
		numbers.close();
		this.jdbc.batchUpdate(
				"insert into member (id, name, name_key, siren, category, departement) values (?, ?, ?, ?, ?, ?)",
				created);
		return ids;
	}

	private static Organisation find(Member member, Map<String, Organisation> bySiren,
			Map<String, List<Organisation>> byName) {
		if (member.siren() != null && bySiren.containsKey(member.siren())) {
			return bySiren.get(member.siren());
		}
		// a name alone is one organisation only within a département: a cooperative of the same name in four cities
		// is four organisations
		for (Organisation known : byName.getOrDefault(member.nameKey(), List.of())) {
			boolean sirensDiffer = member.siren() != null && known.siren() != null
					&& !member.siren().equals(known.siren());
			boolean samePlace = member.departement() != null && member.departement().equals(known.departement());
			if (!sirensDiffer && samePlace) {
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
