package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Resolves attached member records into member organisations ({@code member}) with stable identifiers
 * ({@code MBR-000001}): a département council or a CCI is one organisation, member of many poles. Evidence:
 * the same SIREN; else the same name in the same département; else the same name when one side does not say its
 * département (the organisation then takes the département of the first member that says it). Names are compared
 * with their legal form set aside (« SCOP Jugou » is « Jugou »). Two different SIRENs are never one organisation.
 * Identifiers come from a counter in record order, never reused.
 */
@Repository
class MemberResolver {

	private record Organisation(String id, String nameKey, String siren, String departement) {

		Organisation in(String departement) {
			return new Organisation(this.id, this.nameKey, this.siren, departement);
		}

	}

	/** Legal forms written before or after an organisation's name, in matching form (as in V14's function). */
	private static final java.util.List<String> LEGAL_FORMS = java.util.List.of("association", "asso", "scic", "scop",
			"sas", "sasu", "sarl", "sa", "eurl", "gie");

	/**
	 * A name in matching form with a legal form before or after it set aside: « association rikalan », « rikalan » and
	 * « rikalan scop » are one. A name that is only a legal form stays as it is.
	 */
	static String withoutLegalForm(String nameKey) {
		String core = nameKey;
		int space = core.indexOf(' ');
		if (space > 0 && LEGAL_FORMS.contains(core.substring(0, space))) {
			core = core.substring(space + 1);
		}
		space = core.lastIndexOf(' ');
		if (space > 0 && LEGAL_FORMS.contains(core.substring(space + 1))) {
			core = core.substring(0, space);
		}
		return core;
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
	 * matching name gets none), and returns their identifiers in the members' order. The organisations it may be are read
	 * from the database (by SIREN, and by matching name in the member's département or in none), so that memory holds
	 * the members given, not every organisation known nor every one of a name written all over the country.
	 */
	String[] resolve(List<Member> members) {
		Map<String, Organisation> bySiren = new HashMap<>();
		Map<String, List<Organisation>> byName = new HashMap<>();
		String[] sirens = members.stream().map(Member::siren).filter(java.util.Objects::nonNull).distinct()
			.toArray(String[]::new);
		// organisations are looked up by their names without legal form and their département (indexed, V24): a
		// member placed in a département can only be one of that département or of none (see find); a member placed
		// nowhere can be any of its name
		Set<String> names = new LinkedHashSet<>();
		Set<String> namesPlacedNowhere = new LinkedHashSet<>();
		Set<List<String>> namesPlaced = new LinkedHashSet<>();
		for (Member member : members) {
			if (member.nameKey() != null) {
				String core = withoutLegalForm(member.nameKey());
				names.add(core);
				if (member.departement() == null) {
					namesPlacedNowhere.add(core);
				}
				else {
					namesPlaced.add(List.of(core, member.departement()));
				}
			}
		}
		// the same organisations that find may choose, in the same order (by identifier), as if every one were held
		// in memory: each index returns whole rows, and `union` keeps once an organisation found twice
		this.jdbc.query("""
				select id, name_key, siren, departement from member where siren = any(?)
				union select id, name_key, siren, departement from member where member_name_core(name_key) = any(?)
				union select id, name_key, siren, departement from member
				      where member_name_core(name_key) = any(?) and departement is null
				union select m.id, m.name_key, m.siren, m.departement
				      from unnest(?::text[], ?::text[]) as w(core, departement)
				      join member m on member_name_core(m.name_key) = w.core and m.departement = w.departement
				order by id""", rs -> {
			index(new Organisation(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), bySiren,
					byName);
		}, sirens, namesPlacedNowhere.toArray(String[]::new), names.toArray(String[]::new),
				namesPlaced.stream().map(pair -> pair.get(0)).toArray(String[]::new),
				namesPlaced.stream().map(pair -> pair.get(1)).toArray(String[]::new));
		IdentifierCounter.Sequence numbers = this.counter.members();
		List<Object[]> created = new ArrayList<>();
		Map<String, String> placed = new java.util.LinkedHashMap<>();
		String[] ids = new String[members.size()];
		for (int i = 0; i < members.size(); i++) {
			Member member = members.get(i);
			if (member.nameKey() == null) {
				continue;
			}
			Organisation found = find(member, bySiren, byName);
			if (found != null && found.departement() == null && member.departement() != null) {
				// an organisation first met without its département takes the first one a member says
				Organisation located = found.in(member.departement());
				replace(found, located, bySiren, byName);
				placed.put(found.id(), member.departement());
				found = located;
			}
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
		this.jdbc.batchUpdate("update member set departement = ? where id = ? and departement is null",
				placed.entrySet().stream().map(entry -> new Object[] { entry.getValue(), entry.getKey() }).toList());
		return ids;
	}

	private static Organisation find(Member member, Map<String, Organisation> bySiren,
			Map<String, List<Organisation>> byName) {
		if (member.siren() != null && bySiren.containsKey(member.siren())) {
			return bySiren.get(member.siren());
		}
		// a name alone is one organisation only within a département: a cooperative of the same name in four cities
		// is four organisations; a side that does not say its département may be any of them (the first)
		Organisation placeless = null;
		for (Organisation known : byName.getOrDefault(withoutLegalForm(member.nameKey()), List.of())) {
			boolean sirensDiffer = member.siren() != null && known.siren() != null
					&& !member.siren().equals(known.siren());
			if (sirensDiffer) {
				continue;
			}
			if (member.departement() != null && member.departement().equals(known.departement())) {
				return known;
			}
			if (placeless == null && (member.departement() == null || known.departement() == null)) {
				placeless = known;
			}
		}
		return placeless;
	}

	private static void replace(Organisation old, Organisation located, Map<String, Organisation> bySiren,
			Map<String, List<Organisation>> byName) {
		if (old.siren() != null && bySiren.get(old.siren()) == old) {
			bySiren.put(old.siren(), located);
		}
		List<Organisation> named = byName.get(withoutLegalForm(old.nameKey()));
		named.set(named.indexOf(old), located);
	}

	private static void index(Organisation organisation, Map<String, Organisation> bySiren,
			Map<String, List<Organisation>> byName) {
		if (organisation.siren() != null) {
			bySiren.putIfAbsent(organisation.siren(), organisation);
		}
		byName.computeIfAbsent(withoutLegalForm(organisation.nameKey()), key -> new ArrayList<>()).add(organisation);
	}

}
