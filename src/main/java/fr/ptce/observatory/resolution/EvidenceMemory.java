package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The evidence of the records that earlier runs of this service worked out (words, stems, acronyms, places set
 * aside), without members, by raw row, each with the fingerprint of the columns it was worked out from: a night's
 * known records are mostly the day before's, and one read again with the same columns is not worked out again. A
 * record changed since, by another instance or by hand, has another fingerprint and is worked out anew, so nothing
 * needs telling this memory what others wrote. A new process starts with an empty memory. One run at a time writes
 * it (the resolution lock), from whichever thread runs it, while the evidence of a batch is read from it on every
 * core: a concurrent map, so that each run sees what the runs before it wrote.
 */
final class EvidenceMemory {

	/** A record's evidence without members, and the fingerprint of the columns it was worked out from. */
	private record WorkedOut(long fingerprint, ResolvableRecord evidence) {
	}

	/**
	 * How many records the memory holds at most: enough for a national year's known poles many times over, and no
	 * more, so that a cold run of a large year keeps its heap for its own work.
	 */
	static final int LIMIT = 50_000;

	private final Evidence evidence;

	private volatile Map<Long, WorkedOut> workedOut = new ConcurrentHashMap<>();

	EvidenceMemory(Evidence evidence) {
		this.evidence = evidence;
	}

	/** A record's evidence without members: as an earlier run worked it out if its columns are the same, else anew. */
	ResolvableRecord evidenceOf(Evidence.Row row) {
		WorkedOut earlier = this.workedOut.get(row.rawRowId());
		return (earlier != null && earlier.fingerprint() == fingerprint(row)) ? earlier.evidence()
				: this.evidence.read(row, Set.of());
	}

	/** A known record's evidence with the members its pole lists. */
	ResolvableRecord evidenceOf(Evidence.Row row, Set<String> members) {
		ResolvableRecord record = evidenceOf(row);
		return members.isEmpty() ? record : record.withMemberKeys(members);
	}

	/**
	 * The evidence of a batch of pending records, without members, worked out on every core; remembered when
	 * {@code remember} (not in a large run, which keeps its heap for itself) while the memory holds fewer than
	 * {@link #LIMIT}.
	 */
	List<ResolvableRecord> evidenceOf(List<Evidence.Row> rows, boolean remember) {
		List<ResolvableRecord> read = rows.parallelStream().map(this::evidenceOf).toList();
		for (int i = 0; remember && i < rows.size() && this.workedOut.size() < LIMIT; i++) {
			this.workedOut.put(rows.get(i).rawRowId(), new WorkedOut(fingerprint(rows.get(i)), read.get(i)));
		}
		return read;
	}

	/** Remembers the known records' evidence (the first {@link #LIMIT}), and forgets the records that are gone. */
	void keepOnly(List<Evidence.Row> rows, List<ResolvableRecord> records) {
		int kept = Math.min(rows.size(), LIMIT);
		Map<Long, WorkedOut> memory = new ConcurrentHashMap<>(kept * 4 / 3 + 1);
		for (int i = 0; i < kept; i++) {
			ResolvableRecord record = records.get(i);
			ResolvableRecord withoutMembers = record.memberKeys().isEmpty() ? record : record.withMemberKeys(Set.of());
			memory.put(rows.get(i).rawRowId(), new WorkedOut(fingerprint(rows.get(i)), withoutMembers));
		}
		this.workedOut = memory;
	}

	/** A 64-bit fingerprint of a record's columns (each field and its length mixed in, nulls told apart). */
	static long fingerprint(Evidence.Row row) {
		long hash = 0xcbf29ce484222325L ^ row.rawRowId() * 0x9E3779B97F4A7C15L ^ row.fileId();
		for (String field : new String[] { row.name(), row.nameKey(), row.acronym(), row.siren(), row.siretRole(),
				row.rna(), row.postalCode(), row.commune(), row.departement(), row.region(), row.carrierName(),
				row.website(), row.contactEmail() }) {
			if (field == null) {
				hash = (hash ^ 0x5bd1e995L) * 0x100000001b3L;
				continue;
			}
			for (int i = 0; i < field.length(); i++) {
				hash = (hash ^ field.charAt(i)) * 0x100000001b3L;
			}
			hash = (hash ^ field.length() ^ 0x27d4eb2fL) * 0x9E3779B97F4A7C15L;
			hash ^= hash >>> 29;
		}
		return hash;
	}

}
