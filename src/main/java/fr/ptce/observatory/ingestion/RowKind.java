package fr.ptce.observatory.ingestion;

/**
 * What a row describes: a pole (sheet of poles) or a member of a pole (sheet of members).
 */
public enum RowKind {

	POLE, MEMBER

}
