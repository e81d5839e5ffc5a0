package fr.ptce.observatory.normalisation;

import java.util.List;

/**
 * A member of a pole as one row of a sheet of members describes it, after normalisation.
 *
 * @param outcome NORMALISED (to be attached to its pole), QUARANTINED or IGNORED
 * @param reason why it was quarantined or ignored, in French
 * @param warnings values set aside while the row was kept
 * @param poleReference the pole as the row names it (name, acronym or identifier)
 * @param name the member's name as received
 * @param nameKey the matching form of its name
 * @param siret its SIRET when valid
 * @param siren its SIREN when known
 * @param category its category (member-categories vocabulary), from the column or inferred from its name
 * @param siae whether it is a structure d'insertion par l'activité économique
 * @param siaeType its SIAE type (ACI, AI, EI, ETTI, EITI) when known
 * @param postalCode its postal code
 * @param commune its commune
 * @param departement its département
 * @param yearJoined the year it joined the pole
 */
public record MemberRecord(RecordOutcome outcome, String reason, List<FieldWarning> warnings,
		String poleReference, String name, String nameKey, String siret, String siren, String category, boolean siae,
		String siaeType, String postalCode, String commune, String departement, Integer yearJoined) {

	static MemberRecord rejected(RecordOutcome outcome, String reason) {
		return new MemberRecord(outcome, reason, List.of(), null, null, null, null, null, null, false, null, null, null,
				null, null);
	}

}
