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
 * @param status DISCOVERED, READ, IMPORTED or REJECTED
 * @param verdict what the network is told about it, in French
 * @param profile the name of the source profile that claims it ({@code null} when none does)
 * @param network the network that sent it ({@code null} when unknown)
 * @param observationYear the year it describes, unless a row says otherwise
 */
public record SourceFile(long id, String name, Path location, String sha256, OffsetDateTime receivedAt, String status,
		String verdict, String profile, String network, int observationYear) {

	public static final String DISCOVERED = "DISCOVERED";

	public static final String READ = "READ";

	public static final String IMPORTED = "IMPORTED";

	public static final String REJECTED = "REJECTED";

	/** Imported, then replaced by a corrected file of the same network and year. */
	public static final String SUPERSEDED = "SUPERSEDED";

}
