package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pole as one row of one file describes it, after normalisation. Values that could not be understood are
 * {@code null} (or empty) and explained in {@link #warnings()}.
 *
 * @param outcome what became of the row
 * @param reason why it was quarantined or ignored, in French
 * @param warnings values set aside (or repaired) while the row was kept
 * @param identity who the pole is
 * @param place where it is
 * @param facts what the network reports about it for the observation year
 * @param contact its contact: personal data, never in a public output
 * @param observationYear the year the row describes
 */
public record PoleRecord(RecordOutcome outcome, String reason, List<FieldWarning> warnings, Identity identity,
		Territory.Place place, Facts facts, Contact contact, Integer observationYear) {

	/**
	 * @param name the display form, as received
	 * @param nameKey the matching form
	 * @param acronym from its column, or written in the name ({@code Name (ACR)}, {@code ACR - Name})
	 * @param carrierName the legal entity that carries the pole
	 * @param siret a valid SIRET
	 * @param siren its SIREN, or a valid SIREN given alone
	 * @param siretRole {@code pôle} (its own) or {@code porteuse} (its carrier's); {@code null} when unknown
	 * @param rna the association's RNA number ({@code W} and 9 digits)
	 * @param legalForm the carrier's legal form, from the vocabulary (or as received when unknown)
	 */
	public record Identity(String name, String nameKey, String acronym, String carrierName, String siret,
			String siren, String siretRole, String rna, String legalForm) {
	}

	/**
	 * @param creationYear between 1990 and the current year
	 * @param status émergent, actif, en sommeil or dissous (or as received when unknown)
	 * @param laureates the State calls it won (2013, 2015, AMI émergents, AMI 2023); empty for « non », {@code null} when the file does not say
	 * @param sectors its sectors, from the vocabulary
	 * @param jobsCreated jobs created, an integer ≥ 0
	 * @param fte full-time equivalents, ≥ 0
	 * @param budget annual budget in euros, ≥ 0
	 * @param members its members counted by category, when no member list is given
	 * @param website its website, with its scheme
	 */
	public record Facts(Integer creationYear, String status, List<String> laureates, List<String> sectors,
			Integer jobsCreated, BigDecimal fte, BigDecimal budget, MemberCounts members, String website) {

		static final Facts NONE = new Facts(null, null, List.of(), List.of(), null, null, null, MemberCounts.NONE, null);

	}

	/** Members by category, as counted by the network (SPEC §3 members_*). */
	public record MemberCounts(Integer ess, Integer classic, Integer authorities, Integer research, Integer training,
			Integer siae, Integer other) {

		static final MemberCounts NONE = new MemberCounts(null, null, null, null, null, null, null);

	}

	/** Personal data: kept for the observatory's team, never published. */
	public record Contact(String name, String email, String phone) {

		static final Contact NONE = new Contact(null, null, null);

	}

	static PoleRecord rejected(RecordOutcome outcome, String reason) {
		return new PoleRecord(outcome, reason, List.of(),
				new Identity(null, null, null, null, null, null, null, null, null),
				new Territory.Place(null, null, null, null, null), Facts.NONE, Contact.NONE, null);
	}

}
