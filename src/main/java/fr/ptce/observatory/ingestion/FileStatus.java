package fr.ptce.observatory.ingestion;

/**
 * Where a received file stands: PostgreSQL's type {@code file_status} holds the same values in the same order
 * (V22, checked by {@code DatabaseTypesTest}).
 */
public enum FileStatus {

	/** Found in the inbox, not read yet (or left half read by a crashed run). */
	DISCOVERED("en attente de lecture"),

	/** Its rows read and stored; not yet normalised and resolved. */
	READ("lu, en cours d'import"),

	/** Its rows normalised and resolved: it counts in the figures. */
	IMPORTED("importé"),

	/** Refused whole, with its verdict. */
	REJECTED("refusé"),

	/** Imported, then replaced by a corrected file of the same network and year. */
	SUPERSEDED("remplacé par un fichier plus récent");

	private final String label;

	FileStatus(String label) {
		this.label = label;
	}

	/** As a network or an analyst reads it, in French. */
	public String label() {
		return this.label;
	}

}
