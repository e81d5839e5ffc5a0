package fr.ptce.observatory.resolution;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.normalisation.Names;

/**
 * How the members sheet of a file names a pole of the same file: by its name in matching form (with or
 * without the acronym written after it) or by its acronym. One rule for attaching members to their pole and
 * for counting shared members when poles are matched.
 */
final class PoleReferences {

	private PoleReferences() {
	}

	/** The keys a pole row of a file answers to, strongest first. */
	static Set<String> ofPole(String name, String acronym) {
		Set<String> keys = new LinkedHashSet<>();
		if (name != null) {
			keys.add("nom:" + Names.matchingKey(Names.withoutAcronym(name)));
			keys.add("nom:" + Names.matchingKey(name));
		}
		if (acronym != null) {
			keys.add("sigle:" + Folding.fold(acronym));
		}
		return keys;
	}

	/** The keys a member row's reference to its pole may mean, by name first. */
	static List<String> ofReference(String reference) {
		return List.of("nom:" + Names.matchingKey(reference), "sigle:" + Folding.fold(reference));
	}

}
