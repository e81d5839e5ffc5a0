package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A pole as one row of one file describes it, after normalisation. Fields that could not be understood are
 * {@code null} and explained in {@link #warnings()}.
 */
public record PoleRecord(Outcome outcome, String reason, List<FieldWarning> warnings, String name, String nameKey,
		String acronym, String carrierName, String siret, String siren, String legalForm, String postalCode,
		String commune, String departement, String region, Integer creationYear, String status, String website,
		Integer jobsCreated, BigDecimal budget, String contactName, String contactEmail, String contactPhone,
		Integer observationYear) {

	/** What became of a row. */
	public enum Outcome {

		/** Understood; resolution will make it ACCEPTED (a new pole) or MERGED (into a known pole). */
		NORMALISED,
		/** Set aside with its reason: no pole can be made of it. */
		QUARANTINED,
		/** Not a record: a blank line or a total. */
		IGNORED

	}

	static PoleRecord rejected(Outcome outcome, String reason) {
		return new PoleRecord(outcome, reason, List.of(), null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

}
