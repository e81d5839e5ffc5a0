package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything a pole's records say about it, gathered for comparison: a new record is compared with the
 * pole through the best agreement it finds among these values.
 */
final class PoleProfile {

	private final String poleId;

	final List<List<String>> names = new ArrayList<>();

	final Set<String> nameKeys = new HashSet<>();

	final Set<String> acronyms = new HashSet<>();

	final Set<String> initials = new HashSet<>();

	/** SIRENs that may be the pole's own (declared so, or of unknown role). */
	final Set<String> ownSirens = new HashSet<>();

	/** SIRENs a file declares the pole's own: hard evidence. */
	final Set<String> declaredSirens = new HashSet<>();

	final Set<String> carrierSirens = new HashSet<>();

	final Set<String> rnas = new HashSet<>();

	final Set<String> postalCodes = new HashSet<>();

	final Set<String> communes = new HashSet<>();

	final Set<String> departements = new HashSet<>();

	final Set<String> regions = new HashSet<>();

	final Set<String> carrierKeys = new HashSet<>();

	final Set<String> domains = new HashSet<>();

	final Set<String> memberKeys = new HashSet<>();

	/** The files that list the pole (a few: a plain array searched in order, not a set of boxed numbers). */
	private long[] fileIds = new long[0];

	PoleProfile(String poleId) {
		this.poleId = poleId;
	}

	String poleId() {
		return this.poleId;
	}

	void add(ResolvableRecord record) {
		if (record.nameKey() != null && this.nameKeys.add(record.nameKey())) {
			this.names.add(record.tokens());
		}
		this.acronyms.addAll(record.acronyms());
		addIfPresent(this.initials, record.initials());
		addIfPresent(this.ownSirens, record.ownSiren());
		if (record.sirenDeclared()) {
			this.declaredSirens.add(record.ownSiren());
		}
		addIfPresent(this.carrierSirens, record.carrierSiren());
		addIfPresent(this.rnas, record.rna());
		addIfPresent(this.postalCodes, record.postalCode());
		addIfPresent(this.communes, record.commune());
		addIfPresent(this.departements, record.departement());
		addIfPresent(this.regions, record.region());
		addIfPresent(this.carrierKeys, record.carrierKey());
		this.domains.addAll(record.domains());
		this.memberKeys.addAll(record.memberKeys());
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

	private static void addIfPresent(Set<String> values, String value) {
		if (value != null) {
			values.add(value);
		}
	}

}
