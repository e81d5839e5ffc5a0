package fr.ptce.observatory.ingestion;

/**
 * A raw row as stored, with what is known of its file.
 *
 * @param id the raw row's number in the database
 * @param fileId its file
 * @param fileName its file's path relative to the inbox
 * @param profile the name of its file's source profile ({@code null} when none)
 * @param observationYear the year its file describes, unless the row says otherwise
 * @param row the row as read
 */
public record StoredRawRow(long id, long fileId, String fileName, String profile, int observationYear, RawRow row) {
}
