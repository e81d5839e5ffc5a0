package fr.ptce.observatory.ingestion;

/**
 * A raw row with the file it was read from.
 */
public record FileRow(long fileId, RawRow row) {
}
