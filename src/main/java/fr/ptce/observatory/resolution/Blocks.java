package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking: a record is compared only with the poles that share one of its keys (union of keys): own SIREN,
 * RNA, an acronym or the initials, each distinctive word of the name, the name's fingerprint (its words
 * sorted), a website or e-mail domain. A key shared by more poles than the settings allow (a word every pole
 * uses) is not used. Territory alone is no key: a territory never merges two poles.
 */
final class Blocks {

	private final Map<String, List<String>> polesByKey = new HashMap<>();

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
		if (record.rna() != null) {
			keys.add("rna:" + record.rna());
		}
		record.acronyms().forEach(acronym -> keys.add("sigle:" + acronym));
		if (record.initials() != null && record.initials().length() >= 3) {
			keys.add("sigle:" + record.initials());
		}
		for (String token : record.tokens()) {
			if (!this.genericWords.contains(token) && token.length() > 2) {
				keys.add("mot:" + token);
			}
		}
		if (!record.tokens().isEmpty()) {
			keys.add("empreinte:" + String.join(" ", new TreeSet<>(record.tokens())));
		}
		record.domains().forEach(domain -> keys.add("domaine:" + domain));
		return keys;
	}

	void add(String poleId, ResolvableRecord record) {
		for (String key : keys(record)) {
			List<String> poles = this.polesByKey.computeIfAbsent(key, k -> new ArrayList<>(2));
			if (!poles.contains(poleId)) {
				poles.add(poleId);
			}
		}
	}

	/** The poles sharing a usable key with the record, in a stable order. */
	Set<String> candidates(ResolvableRecord record) {
		Set<String> candidates = new TreeSet<>();
		for (String key : keys(record)) {
			List<String> poles = this.polesByKey.get(key);
			if (poles != null && (poles.size() <= this.limit || !key.startsWith("mot:"))) {
				candidates.addAll(poles);
			}
		}
		return candidates;
	}

}
