package fr.ptce.observatory.resolution;

/**
 * The evidence a normalised record carries for resolution. Its SIREN is evidence of identity only when the
 * SIRET is not known to be its carrier's: one carrier may carry several poles.
 */
record ResolvableRecord(long rawRowId, long fileId, String siren, String siretRole, String nameKey,
		String departement) {

	/** The SIREN that identifies the pole itself, or {@code null}. */
	String ownSiren() {
		return "porteuse".equals(this.siretRole) ? null : this.siren;
	}

}
