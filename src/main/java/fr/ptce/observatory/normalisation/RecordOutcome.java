package fr.ptce.observatory.normalisation;

import java.util.Locale;

/**
 * What became of a row read as a pole or a member: PostgreSQL's type {@code record_outcome} holds the same
 * values in the same order (V22, checked by {@code DatabaseTypesTest}), so a query naming an outcome that does not
 * exist fails instead of counting nothing.
 */
public enum RecordOutcome {

	/** Understood; resolution will make it ACCEPTED or MERGED (a member row: ACCEPTED or QUARANTINED). */
	NORMALISED("En cours", "En cours"),

	/** Founded a pole; a member row: attached to its pole. */
	ACCEPTED("Nouveau pôle", "Rattaché à son pôle"),

	/** Joined a known pole. */
	MERGED("Fusionnée avec un pôle connu", "Fusionnée avec un pôle connu"),

	/** Set aside with its reason: no pole (or member) can be made of it. */
	QUARANTINED("En quarantaine", "En quarantaine"),

	/** Not a record: a blank line or a total. */
	IGNORED("Ignorée", "Ignorée");

	private final String poleLabel;

	private final String memberLabel;

	RecordOutcome(String poleLabel, String memberLabel) {
		this.poleLabel = poleLabel;
		this.memberLabel = memberLabel;
	}

	/** The outcome of a pole row as a network reads it, in French. */
	public String poleLabel() {
		return this.poleLabel;
	}

	/** The outcome of a member row as a network reads it, in French. */
	public String memberLabel() {
		return this.memberLabel;
	}

	/** As the lineage file names it: accepted, merged, quarantined, ignored, or pending for a row not resolved. */
	public String lineageName() {
		return (this == NORMALISED) ? "pending" : name().toLowerCase(Locale.ROOT);
	}

}
