package fr.ptce.observatory.ingestion;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * A network file known to the observatory.
 *
 * @param id its number in the database
 * @param name its path relative to the inbox
 * @param location where it was read from
 * @param sha256 its checksum: the same content is imported once
 * @param receivedAt when the observatory discovered it
 * @param status where it stands
 * @param verdict what the network is told about it, in French
 * @param profile the name of the source profile that claims it ({@code null} when none does)
 * @param network the network that sent it ({@code null} when unknown)
 * @param observationYear the year it describes, unless a row says otherwise
 */
public record SourceFile(long id, String name, Path location, String sha256, OffsetDateTime receivedAt, FileStatus status,
		String verdict, String profile, String network, int observationYear) {

}
