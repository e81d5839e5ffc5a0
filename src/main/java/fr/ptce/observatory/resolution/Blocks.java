package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking: a record is compared only with the poles that share one of its keys (union of keys): a SIREN (its own,
 * of unknown role, or its carrier's), RNA, an acronym or the initials, each distinctive word of the name, the name's fingerprint (its words
 * sorted), a website or e-mail domain. A key shared by more poles than the settings allow (a word every pole
 * uses) is not used. Territory alone is no key: a territory never merges two poles.
 */
final class Blocks {

	private final Map<String, List<PoleProfile>> polesByKey = new HashMap<>();

	private final int limit;

	private final Set<String> genericWords;

	Blocks(int limit, Set<String> genericWords) {
		this.limit = limit;
		this.genericWords = genericWords;
	}

	Set<String> keys(ResolvableRecord record) {
		Set<String> keys = new LinkedHashSet<>();
		if (record.ownSiren() != null) {
			keys.add("siren:" + record.ownSiren());
		}
		// a SIREN another file gives as the carrier's meets the same SIREN of unknown role (« Lnbo », « Lanbo »)
		if (record.carrierSiren() != null) {
			keys.add("siren:" + record.carrierSiren());
		}
		if (record.rna() != null) {
			keys.add("rna:" + record.rna());
		}
		record.acronyms().forEach(acronym -> keys.add("sigle:" + acronym));
		if (record.initials() != null && record.initials().length() >= 3) {
			keys.add("sigle:" + record.initials());
		}
		for (String token : record.tokens()) {
			if (!this.genericWords.contains(token) && token.length() > 2) {
				keys.add(WORD + token);
			}
		}
		if (!record.tokens().isEmpty()) {
			keys.add("empreinte:" + String.join(" ", new TreeSet<>(record.tokens())));
		}
		record.domains().forEach(domain -> keys.add("domaine:" + domain));
		// the poles of one commune meet whatever their names' typos
		if (record.commune() != null) {
			keys.add(COMMUNE + record.commune());
		}
		return keys;
	}

	private static final String COMMUNE = "commune:";

	private static final String WORD = "mot:";

	/** Files a pole under the keys of one of its records. */
	void add(PoleProfile pole, ResolvableRecord record) {
		for (String key : keys(record)) {
			List<PoleProfile> poles = this.polesByKey.computeIfAbsent(key, k -> new ArrayList<>(2));
			// a word shared by more poles than the limit is never used again: its list stops growing
			boolean full = (key.startsWith(WORD) || key.startsWith(COMMUNE)) && poles.size() > this.limit;
			if (!full && !poles.contains(pole)) {
				poles.add(pole);
			}
		}
	}

	/** The poles sharing a usable key with the record, each once. */
	Collection<PoleProfile> candidates(ResolvableRecord record) {
		Set<PoleProfile> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
		for (String key : keys(record)) {
			List<PoleProfile> poles = this.polesByKey.get(key);
			if (poles != null && (poles.size() <= this.limit || !(key.startsWith(WORD) || key.startsWith(COMMUNE)))) {
				candidates.addAll(poles);
			}
		}
		return candidates;
	}

}
