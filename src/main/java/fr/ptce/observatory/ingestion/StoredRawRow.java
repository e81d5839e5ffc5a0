package fr.ptce.observatory.ingestion;

import java.time.OffsetDateTime;

/**
 * A raw row as stored, with what is known of its file.
 *
 * @param id the raw row's number in the database
 * @param fileId its file
 * @param fileName its file's path relative to the inbox
 * @param receivedAt when its file was discovered
 * @param row the row as read
 */
public record StoredRawRow(long id, long fileId, String fileName, OffsetDateTime receivedAt, RawRow row) {
}
