package fr.ptce.observatory.normalisation;

/**
 * The normalised record of one stored raw row.
 */
public record NormalisedRow(long rawRowId, long fileId, PoleRecord record) {
}
