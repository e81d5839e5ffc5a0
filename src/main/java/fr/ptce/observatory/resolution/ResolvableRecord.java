package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Set;

/**
 * The evidence a normalised record carries for resolution. Its SIREN is evidence of identity only when the
 * SIRET is not known to be its carrier's: one carrier may carry several poles.
 *
 * @param tokens the stemmed words of its name
 * @param nameKey the matching form of its name
 * @param acronyms the acronyms it shows (declared, or words of its name written as acronyms)
 * @param initials the initials of its name's words
 * @param acronymForms the other forms an acronym of its name may take ({@link NameTokens#acronymForms})
 * @param ownSiren the SIREN that may be the pole's own: declared so, or of unknown role
 * @param sirenDeclared whether the file declares {@code ownSiren} the pole's own (its SIRET « du pôle »): only
 * then is it hard evidence
 * @param carrierSiren the SIREN of its carrier
 * @param carrierKey the matching form of its carrier's name
 * @param domains its website's host and its e-mail's domain (public mailboxes left out)
 * @param memberKeys the matching names of the members its file lists for it
 */
record ResolvableRecord(long rawRowId, long fileId, String name, List<String> tokens, String nameKey,
		Set<String> acronyms, String initials, Set<String> acronymForms, String ownSiren, boolean sirenDeclared, String carrierSiren, String rna,
		String postalCode, String commune, String departement, String region, String carrierKey, Set<String> domains,
		Set<String> memberKeys) {

	/** The same record with the members its file lists for it. */
	ResolvableRecord withMemberKeys(Set<String> members) {
		return new ResolvableRecord(this.rawRowId, this.fileId, this.name, this.tokens, this.nameKey, this.acronyms,
				this.initials, this.acronymForms, this.ownSiren, this.sirenDeclared, this.carrierSiren, this.rna, this.postalCode,
				this.commune, this.departement, this.region, this.carrierKey, this.domains, members);
	}

	/**
	 * The same record with its SIREN of unknown role read as its carrier's: a SIREN that other poles hold too, or
	 * that a file declares a carrier's, says who carries the pole, not which pole it is.
	 */
	ResolvableRecord withSirenAsCarrier() {
		return new ResolvableRecord(this.rawRowId, this.fileId, this.name, this.tokens, this.nameKey, this.acronyms,
				this.initials, this.acronymForms, null, false, (this.carrierSiren != null) ? this.carrierSiren : this.ownSiren, this.rna,
				this.postalCode, this.commune, this.departement, this.region, this.carrierKey, this.domains,
				this.memberKeys);
	}

}
