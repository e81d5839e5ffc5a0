package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a pole's records say about it, gathered for comparison: a new record is compared with the
 * pole through the best agreement it finds among these values.
 * <p>
 * A resolution holds the profile of every known pole, and most of a profile's sets hold no value or one: they
 * start as the shared empty set and stay immutable up to two values, so that an empty or small set costs a
 * reference or a small object instead of a hash table (at five times the large year, the profiles were most of the
 * heap). Only the resolution's thread adds to a profile; the sets are read-only when records are scored on
 * several threads.
 */
final class PoleProfile {

	private final String poleId;

	final List<List<String>> names = new ArrayList<>(1);

	/**
	 * The weight of each word of each name, in the order of {@link #names}, as {@link NameComparison#baseWeight} finds
	 * it (before the words naming places of a compared record's département are halved): found once, as the name is
	 * added, for every record the pole is compared with.
	 */
	final List<double[]> nameWeights = new ArrayList<>(1);

	Set<String> nameKeys = Set.of();

	Set<String> acronyms = Set.of();

	Set<String> initials = Set.of();

	/** The other forms acronyms of its names may take ({@link NameTokens#acronymForms}). */
	Set<String> acronymForms = Set.of();

	/** SIRENs that may be the pole's own (declared so, or of unknown role). */
	Set<String> ownSirens = Set.of();

	/** SIRENs a file declares the pole's own: hard evidence. */
	Set<String> declaredSirens = Set.of();

	Set<String> carrierSirens = Set.of();

	Set<String> rnas = Set.of();

	Set<String> postalCodes = Set.of();

	Set<String> communes = Set.of();

	Set<String> departements = Set.of();

	Set<String> regions = Set.of();

	Set<String> carrierKeys = Set.of();

	Set<String> domains = Set.of();

	/**
	 * The members its files list, as 64-bit hashes of their matching names, sorted: only how many a record shares
	 * with the pole is asked, and a pole's members were most of the profiles' memory as strings in hash sets (two
	 * different names share a hash about once in 10^19 pairs).
	 */
	private long[] memberHashes = new long[0];

	/** The files that list the pole (a few: a plain array searched in order, not a set of boxed numbers). */
	private long[] fileIds = new long[0];

	PoleProfile(String poleId) {
		this.poleId = poleId;
	}

	String poleId() {
		return this.poleId;
	}

	/** Adds a record's values; a name new to the pole joins it with its words weighed as {@code names} weighs them. */
	void add(ResolvableRecord record, NameComparison names) {
		if (record.nameKey() != null && !this.nameKeys.contains(record.nameKey())) {
			double[] weights = new double[record.tokens().size()];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = names.baseWeight(record.tokens().get(i));
			}
			this.nameKeys = with(this.nameKeys, record.nameKey());
			this.names.add(record.tokens());
			this.nameWeights.add(weights);
		}
		this.acronyms = withAll(this.acronyms, record.acronyms());
		this.initials = with(this.initials, record.initials());
		this.acronymForms = withAll(this.acronymForms, record.acronymForms());
		this.ownSirens = with(this.ownSirens, record.ownSiren());
		if (record.sirenDeclared()) {
			this.declaredSirens = with(this.declaredSirens, record.ownSiren());
		}
		this.carrierSirens = with(this.carrierSirens, record.carrierSiren());
		this.rnas = with(this.rnas, record.rna());
		this.postalCodes = with(this.postalCodes, record.postalCode());
		this.communes = with(this.communes, record.commune());
		this.departements = with(this.departements, record.departement());
		this.regions = with(this.regions, record.region());
		this.carrierKeys = with(this.carrierKeys, record.carrierKey());
		this.domains = withAll(this.domains, record.domains());
		record.memberKeys().forEach(this::addMember);
		if (!listedBy(record.fileId())) {
			this.fileIds = Arrays.copyOf(this.fileIds, this.fileIds.length + 1);
			this.fileIds[this.fileIds.length - 1] = record.fileId();
		}
	}

	/** Whether a record of the given file is among the pole's. */
	boolean listedBy(long fileId) {
		for (long listing : this.fileIds) {
			if (listing == fileId) {
				return true;
			}
		}
		return false;
	}

	boolean hasMembers() {
		return this.memberHashes.length > 0;
	}

	/** How many of the given members (matching names) the pole's files list. */
	int sharedMembers(Set<String> memberKeys) {
		int shared = 0;
		for (String key : memberKeys) {
			if (Arrays.binarySearch(this.memberHashes, hash(key)) >= 0) {
				shared++;
			}
		}
		return shared;
	}

	private void addMember(String key) {
		long hash = hash(key);
		int position = Arrays.binarySearch(this.memberHashes, hash);
		if (position < 0) {
			int at = -position - 1;
			long[] grown = new long[this.memberHashes.length + 1];
			System.arraycopy(this.memberHashes, 0, grown, 0, at);
			grown[at] = hash;
			System.arraycopy(this.memberHashes, at, grown, at + 1, this.memberHashes.length - at);
			this.memberHashes = grown;
		}
	}

	/** FNV-1a, 64 bits, over the characters of a member's matching name. */
	static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		return hash;
	}

	/** The set with one more value (none when null): immutable up to two values, then a hash set grown in place. */
	static Set<String> with(Set<String> values, String value) {
		if (value == null || values.contains(value)) {
			return values;
		}
		if (values instanceof HashSet<String> growing) {
			growing.add(value);
			return growing;
		}
		if (values.isEmpty()) {
			return Set.of(value);
		}
		if (values.size() == 1) {
			return Set.of(values.iterator().next(), value);
		}
		HashSet<String> growing = new HashSet<>(values);
		growing.add(value);
		return growing;
	}

	private static Set<String> withAll(Set<String> values, Collection<String> more) {
		Set<String> all = values;
		for (String value : more) {
			all = with(all, value);
		}
		return all;
	}

}
