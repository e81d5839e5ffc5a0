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
import java.util.function.Predicate;

/**
 * Blocking: a record is compared only with the poles it meets through one of its keys (union of keys): a SIREN (its
 * own, of unknown role, or its carrier's), RNA, an acronym, each word of the name but the settings' generic words,
 * the name's fingerprint (its words sorted), a website or e-mail domain, the commune. An acronym meets the names it
 * is the initials of anywhere (« CBM », « Coopérative Bois Meuse »), but two names of the same initials meet only
 * within one département: names of three or four words share their initials by chance all over the country (in a
 * cold run of 200,000 records, most of the comparisons), while a name cut short of its one distinctive word
 * (« Coopération territoriale du Pays Ba ») has nothing else to meet its whole form by. A word or commune shared by
 * more poles than the settings allow (a word every pole uses) is not used, nor a word the names' comparison finds
 * common (written all over the country: « lycée », « maison ») once more poles than its own, smaller limit share it:
 * alone, such a word does not make two names agree, and in a register of thousands of schools each row met hundreds
 * of poles through it. Territory alone is no key: a territory never merges two poles.
 */
final class Blocks {

	private final Map<String, List<PoleProfile>> polesByKey = new HashMap<>();

	private final int limit;

	private final int commonLimit;

	private final Set<String> genericWords;

	private final Predicate<String> common;

	Blocks(int limit, int commonLimit, Set<String> genericWords, Predicate<String> common) {
		this.limit = limit;
		this.commonLimit = commonLimit;
		this.genericWords = genericWords;
		this.common = common;
	}

	/** The keys a pole is filed under for one of its records. */
	Set<String> keys(ResolvableRecord record) {
		return keys(record, false);
	}

	/**
	 * The keys a record looks poles up by: its filing keys, except that its acronyms also look up the poles of those
	 * initials, its initials look up the poles of that acronym, and the same initials are looked up only within its
	 * département. Two records meet alike either way round: {@code meetingKeys(a)} shares a key with {@code keys(b)}
	 * exactly when {@code meetingKeys(b)} shares one with {@code keys(a)}.
	 */
	Set<String> meetingKeys(ResolvableRecord record) {
		return keys(record, true);
	}

	private Set<String> keys(ResolvableRecord record, boolean meeting) {
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
		for (String acronym : record.acronyms()) {
			keys.add(ACRONYM + acronym);
			if (meeting) {
				keys.add(INITIALS + acronym);
			}
		}
		if (record.initials() != null && record.initials().length() >= 3) {
			keys.add((meeting ? ACRONYM : INITIALS) + record.initials());
			if (record.departement() != null) {
				keys.add(INITIALS + record.initials() + "|" + record.departement());
			}
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

	private static final String ACRONYM = "sigle:";

	private static final String INITIALS = "initiales:";

	private static final String COMMUNE = "commune:";

	private static final String WORD = "mot:";

	/** Files a pole under the keys of one of its records. */
	void add(PoleProfile pole, ResolvableRecord record) {
		for (String key : keys(record)) {
			List<PoleProfile> poles = this.polesByKey.computeIfAbsent(key, k -> new ArrayList<>(2));
			// a word shared by more poles than the limit is never used again: its list stops growing
			boolean full = !usable(key, poles.size());
			if (!full && !poles.contains(pole)) {
				poles.add(pole);
			}
		}
	}

	/** The poles sharing a usable key with the record, each once. */
	Collection<PoleProfile> candidates(ResolvableRecord record) {
		Set<PoleProfile> poles = Collections.newSetFromMap(new IdentityHashMap<>());
		meet(record, poles);
		return poles;
	}

	/**
	 * Adds the poles a record meets as the blocks stand to {@code poles}, and returns how many poles each of its
	 * keys held then, with the keys' lists: the poles it meets later are those and the ones filed since
	 * ({@link #filedSince}), the blocks' lists only growing.
	 */
	Meeting meet(ResolvableRecord record, Set<PoleProfile> poles) {
		String[] keys = meetingKeys(record).toArray(String[]::new);
		int[] sizes = new int[keys.length];
		List<List<PoleProfile>> lists = new ArrayList<>(keys.length);
		for (int i = 0; i < keys.length; i++) {
			List<PoleProfile> filed = this.polesByKey.get(keys[i]);
			lists.add(filed);
			sizes[i] = (filed != null) ? filed.size() : 0;
			if (filed != null && usable(keys[i], sizes[i])) {
				poles.addAll(filed);
			}
		}
		return new Meeting(keys, sizes, lists);
	}

	/**
	 * The poles filed under the meeting's usable keys since it took place (a pole may come twice, or be one met
	 * then); {@code null} when one of its keys has filled up since, so that what it met then no longer holds.
	 */
	List<PoleProfile> filedSince(Meeting meeting) {
		List<PoleProfile> since = new ArrayList<>();
		for (int i = 0; i < meeting.keys().length; i++) {
			String key = meeting.keys()[i];
			// a key's list, once made, is the same list for good (it only grows): looked up again only if it was none
			List<PoleProfile> met = meeting.lists().get(i);
			List<PoleProfile> filed = (met != null) ? met : this.polesByKey.get(key);
			int size = (filed != null) ? filed.size() : 0;
			if (usable(key, size) != usable(key, meeting.sizes()[i])) {
				return null;
			}
			if (size > meeting.sizes()[i] && usable(key, size)) {
				since.addAll(filed.subList(meeting.sizes()[i], size));
			}
		}
		return since;
	}

	/** A word or commune shared by more poles than the limit is no key; a common word, more than its own limit. */
	private boolean usable(String key, int poles) {
		if (key.startsWith(WORD)) {
			return poles <= this.limit && (poles <= this.commonLimit || !this.common.test(key.substring(WORD.length())));
		}
		return poles <= this.limit || !key.startsWith(COMMUNE);
	}

	/**
	 * The keys of a record, how many poles each held when it met them, and their lists themselves (live: they go on
	 * growing; {@code null} where a key had none), never to be changed through it.
	 */
	record Meeting(String[] keys, int[] sizes, List<List<PoleProfile>> lists) {
	}

}
