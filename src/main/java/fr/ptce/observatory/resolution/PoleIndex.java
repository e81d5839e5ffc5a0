package fr.ptce.observatory.resolution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is known of the poles' evidence while records are resolved: which pole holds a SIREN, a name in a
 * département, and from which files each pole's records came.
 */
final class PoleIndex {

	private final Map<String, String> poleBySiren = new HashMap<>();

	private final Map<String, String> poleByNameAndPlace = new HashMap<>();

	private final Map<String, Set<String>> sirensByPole = new HashMap<>();

	private final Map<String, Set<Long>> filesByPole = new HashMap<>();

	void add(String poleId, ResolvableRecord record) {
		if (record.ownSiren() != null) {
			this.poleBySiren.putIfAbsent(record.ownSiren(), poleId);
			this.sirensByPole.computeIfAbsent(poleId, key -> new HashSet<>()).add(record.ownSiren());
		}
		if (record.departement() != null) {
			this.poleByNameAndPlace.putIfAbsent(nameAndPlace(record), poleId);
		}
		this.filesByPole.computeIfAbsent(poleId, key -> new HashSet<>()).add(record.fileId());
	}

	/**
	 * The pole a record belongs to, or {@code null}: the same SIREN; else the same matching name in the same
	 * département, unless the SIRENs differ or the pole already has a row of the record's file.
	 */
	String match(ResolvableRecord record) {
		if (record.ownSiren() != null && this.poleBySiren.containsKey(record.ownSiren())) {
			return this.poleBySiren.get(record.ownSiren());
		}
		if (record.departement() == null) {
			return null;
		}
		String candidate = this.poleByNameAndPlace.get(nameAndPlace(record));
		if (candidate == null) {
			return null;
		}
		Set<String> sirens = this.sirensByPole.getOrDefault(candidate, Set.of());
		boolean differentSiren = record.ownSiren() != null && !sirens.isEmpty() && !sirens.contains(record.ownSiren());
		boolean sameFile = this.filesByPole.getOrDefault(candidate, Set.of()).contains(record.fileId());
		return (differentSiren || sameFile) ? null : candidate;
	}

	private static String nameAndPlace(ResolvableRecord record) {
		return record.nameKey() + "|" + record.departement();
	}

}
