package fr.ptce.observatory.ingestion;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files received as pages and the API show them: verdicts, row accounting, the files of a run. Reads only;
 * {@link SourceFiles} writes.
 */
@Repository
public class ReceivedFiles {

	private final JdbcClient jdbc;

	public ReceivedFiles(JdbcTemplate jdbc) {
		this.jdbc = JdbcClient.create(jdbc);
	}

	/** A file and its verdict, as the home page lists them. */
	public record Verdict(long id, String name, String status, String verdict) {
	}

	/** A file read by a run, with its counts ({@code null} while not known). */
	public record OfRun(String name, String status, Integer read, Integer quarantined) {
	}

	/** The files discovered, in the order they were, with their verdicts. */
	public List<Verdict> verdicts() {
		return this.jdbc.sql("select id, name, status, verdict from source_file order by id")
			.query((rs, n) -> new Verdict(rs.getLong("id"), rs.getString("name"), rs.getString("status"),
					rs.getString("verdict")))
			.list();
	}

	/**
	 * Every file received, copies included, latest first, with its row accounting and whether a profile can be
	 * proposed for it (read, and no profile claimed it).
	 */
	public List<Map<String, Object>> latestFirst() {
		return this.jdbc.sql("""
				select id, name, coalesce(network, '—') as network, status, verdict, rows_read, rows_accepted, rows_merged,
				       rows_quarantined, rows_ignored, profile is null and read and id is not null as proposal
				from received_file order by received_at desc, id desc""")
			.query()
			.listOfRows();
	}

	/** Every file received, copies included, in the order received: what {@code GET /api/files} answers. */
	public List<Map<String, Object>> inOrderReceived() {
		return this.jdbc.sql("""
				select id, name, network, sha256, received_at::text as received_at, status, verdict, observation_year,
				       rows_read, rows_accepted, rows_merged, rows_quarantined, rows_ignored
				from received_file order by received_at, id""")
			.query()
			.listOfRows();
	}

	/**
	 * A file of one network as its account sees it: when received, its verdict and its row accounting; a copy of
	 * content already received has no number (nothing more to download).
	 */
	public record NetworkFile(Long id, String name, java.time.OffsetDateTime receivedAt, String status, String verdict,
			Integer read, Integer accepted, Integer merged, Integer quarantined, Integer ignored) {
	}

	/**
	 * The files a network sent (its profile's network name), and the copies it sent of content already received
	 * (found in its folder), latest first. A copy of another network's file is told as such, without that file's
	 * name.
	 */
	public List<NetworkFile> ofNetwork(String network, String folder) {
		return this.jdbc.sql("""
				select id, name, received_at, status::text as status, verdict, rows_read, rows_accepted, rows_merged,
				       rows_quarantined, rows_ignored
				from source_file where network = :network
				union all
				select null, c.name, c.received_at, 'DUPLICATE',
				       case when f.network = :network then c.verdict
				            else 'Déjà reçu : ce contenu a déjà été transmis à l''observatoire, il n''est pas importé une '
				                 || 'seconde fois.' end,
				       null, null, null, null, null
				from received_copy c join source_file f on f.sha256 = c.sha256 where c.name like :folder
				order by received_at desc, name""")
			.param("network", network)
			.param("folder", folder.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%")
			.query((rs, n) -> new NetworkFile((Long) rs.getObject("id"), rs.getString("name"),
					rs.getObject("received_at", java.time.OffsetDateTime.class), rs.getString("status"),
					rs.getString("verdict"), (Integer) rs.getObject("rows_read"), (Integer) rs.getObject("rows_accepted"),
					(Integer) rs.getObject("rows_merged"), (Integer) rs.getObject("rows_quarantined"),
					(Integer) rs.getObject("rows_ignored")))
			.list();
	}

	/** Whether a file is one a network sent: what keeps a network's account to its own files. */
	public boolean sentBy(long id, String network) {
		return this.jdbc.sql("select count(*) from source_file where id = ? and network = ?").params(id, network)
			.query(Integer.class).single() > 0;
	}

	/** The name of a file, as it was found in the inbox. */
	public Optional<String> name(long id) {
		return this.jdbc.sql("select name from source_file where id = ?").param(id).query(String.class).optional();
	}

	/** The files an import discovered, in order. */
	public List<OfRun> ofRun(long importExecutionId) {
		return this.jdbc.sql("""
				select name, status, rows_read, rows_quarantined from source_file where import_execution_id = ? order by id""")
			.param(importExecutionId)
			.query((rs, n) -> new OfRun(rs.getString(1), rs.getString(2), (Integer) rs.getObject(3),
					(Integer) rs.getObject(4)))
			.list();
	}

}
