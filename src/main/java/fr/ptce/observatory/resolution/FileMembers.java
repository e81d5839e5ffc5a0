package fr.ptce.observatory.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The members that files list and that are not attached to a pole yet, by file and by the way they name their pole,
 * read as evidence of the poles those files list.
 */
@Repository
class FileMembers {

	private final JdbcTemplate jdbc;

	FileMembers(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The members that files list and that are not attached yet, by file and by the way they name their pole
	 * (matching name or acronym); {@code condition} selects the files.
	 */
	Map<Long, Map<String, Set<String>>> pending(String condition, Object... parameters) {
		Map<Long, Map<String, Set<String>>> members = new HashMap<>();
		this.jdbc.query("""
				select m.file_id, m.pole_reference, m.name_key from member_record m
				where m.outcome = 'NORMALISED' and m.name_key is not null and m.pole_reference is not null and"""
				+ " " + condition, rs -> {
			String reference = rs.getString("pole_reference");
			Map<String, Set<String>> ofFile = members.computeIfAbsent(rs.getLong("file_id"), key -> new HashMap<>());
			for (String key : PoleReferences.ofReference(reference)) {
				ofFile.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getString("name_key"));
			}
		}, parameters);
		return members;
	}

	/** A record with the members its file lists under its name or acronym. */
	static ResolvableRecord withMembers(ResolvableRecord record, Map<String, Set<String>> membersOfFile, String acronym) {
		if (membersOfFile.isEmpty() || record.name() == null) {
			return record;
		}
		Set<String> members = new HashSet<>();
		PoleReferences.ofPole(record.name(), acronym)
			.forEach(key -> members.addAll(membersOfFile.getOrDefault(key, Set.of())));
		return record.withMemberKeys(members);
	}

}
