package fr.ptce.observatory.ingestion;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files the observatory knows and the raw rows read from them ({@code source_file}, {@code raw_row}).
 */
@Repository
public class SourceFiles {

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public SourceFiles(JdbcTemplate jdbcTemplate, JsonMapper json, ApplicationEventPublisher events, Clock clock) {
		this.clock = clock;
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = JdbcClient.create(jdbcTemplate);
		this.json = json;
		this.events = events;
	}

	/**
	 * Records a file found in the inbox; {@code false} when the same content (SHA-256) is already known, in which
	 * case a copy under another name gets its verdict (« déjà reçu le … sous le nom … »).
	 */
	public boolean register(Inbox.InboxFile file, SourceProfile profile, long importExecutionId) {
		boolean registered = this.jdbc.sql("""
				insert into source_file (sha256, name, location, size_bytes, import_execution_id, status, profile,
				                         network, priority, observation_year, replacement)
				values (:sha256, :name, :location, :size, :execution, 'DISCOVERED', :profile, :network, :priority,
				        :year, :replacement)
				on conflict (sha256) do nothing""")
			.param("sha256", file.sha256())
			.param("name", file.name())
			.param("location", file.path().toString())
			.param("size", file.size())
			.param("execution", importExecutionId)
			.param("profile", (profile == SourceProfile.NONE) ? null : profile.name())
			.param("network", profile.network())
			.param("priority", profile.priority())
			.param("year", ObservationYear.ofFile(file.name(), profile, Year.now(this.clock).getValue()))
			.param("replacement", profile.replacement().name())
			.update() == 1;
		if (!registered) {
			recordCopy(file, importExecutionId);
		}
		return registered;
	}

	/**
	 * A file whose content was received before under another name: it is not imported again, and gets its verdict.
	 */
	private void recordCopy(Inbox.InboxFile file, long importExecutionId) {
		this.jdbc.sql("""
				insert into received_copy (name, sha256, import_execution_id, verdict)
				select :name, f.sha256, :execution, 'Déjà reçu le '
				       || to_char(f.received_at at time zone 'Europe/Paris', 'DD/MM/YYYY')
				       || ' sous le nom « ' || f.name || ' » : même contenu, pas relu une seconde fois.'
				from source_file f where f.sha256 = :sha256 and f.name <> :name
				on conflict (name, sha256) do nothing""")
			.param("name", file.name())
			.param("sha256", file.sha256())
			.param("execution", importExecutionId)
			.update();
	}

	/** Gives a file the profile an analyst accepted for it: the next import reads it again with it. */
	public void assignProfile(long fileId, SourceProfile profile) {
		this.jdbc.sql("""
				update source_file set profile = :profile, network = :network, priority = :priority,
				       replacement = :replacement, observation_year = :year
				where id = :id""")
			.param("year", ObservationYear.ofFile(this.jdbc.sql("select name from source_file where id = :id")
				.param("id", fileId).query(String.class).single(), profile, Year.now(this.clock).getValue()))
			.param("profile", profile.name())
			.param("network", profile.network())
			.param("priority", profile.priority())
			.param("replacement", profile.replacement().name())
			.param("id", fileId)
			.update();
	}

	/** Files discovered and not read yet (also those a crashed run left half read), in discovery order. */
	public List<SourceFile> discovered() {
		return withStatus(FileStatus.DISCOVERED);
	}

	/** How many files wait to be read. */
	public long countDiscovered() {
		return this.jdbc.sql("select count(*) from source_file where status = 'DISCOVERED'").query(Long.class).single();
	}

	public List<SourceFile> withStatus(FileStatus status) {
		return this.jdbc.sql("select * from source_file where status = cast(:status as file_status) order by id")
			.param("status", status.name())
			.query((rs, n) -> new SourceFile(rs.getLong("id"), rs.getString("name"), Path.of(rs.getString("location")),
					rs.getString("sha256"), rs.getObject("received_at", OffsetDateTime.class), FileStatus.valueOf(rs.getString("status")),
					rs.getString("verdict"), rs.getString("profile"), rs.getString("network"),
					rs.getInt("observation_year")))
			.list();
	}

	/**
	 * Prepares files to be imported again on an analyst's request (a mapping or a vocabulary was fixed): the
	 * modules further down are told ({@link FilesToReadAgain}: resolution keeps the rows' poles aside so that
	 * identifiers do not change, normalisation removes their records), then their rows are removed and the files
	 * are read again by the next import.
	 *
	 * @return how many files will be imported again
	 */
	public int prepareAgain(List<Long> fileIds) {
		if (fileIds.isEmpty()) {
			return 0;
		}
		Long[] ids = fileIds.toArray(Long[]::new);
		// the modules further down forget what they made of the rows, in their own tables, before the rows go
		this.events.publishEvent(new FilesToReadAgain(List.copyOf(fileIds)));
		this.jdbc.sql("delete from raw_row where file_id = any(:ids)").param("ids", ids).update();
		return this.jdbc.sql("""
				update source_file set status = 'DISCOVERED', verdict = null, rows_read = null, rows_accepted = null,
				       rows_merged = null, rows_quarantined = null, rows_ignored = null, superseded_by = null
				where id = any(:ids)""").param("ids", ids).update();
	}

	/** Rows read and quarantined in a set of files. */
	public record RowCounts(long read, long quarantined) {
	}

	public RowCounts rowCounts(List<Long> fileIds) {
		return this.jdbc.sql("""
				select coalesce(sum(rows_read), 0), coalesce(sum(rows_quarantined), 0) from source_file
				where id = any(:ids)""")
			.param("ids", fileIds.toArray(Long[]::new))
			.query((rs, n) -> new RowCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** The files of a network that were imported (not rejected, not superseded). */
	public List<Long> importedOfNetwork(String network) {
		return this.jdbc.sql("select id from source_file where network = :network and status = 'IMPORTED' order by id")
			.param("network", network)
			.query(Long.class)
			.list();
	}

	/** The file known with this content, if any. */
	public Optional<Long> idOf(String sha256) {
		return this.jdbc.sql("select id from source_file where sha256 = :sha").param("sha", sha256).query(Long.class)
			.optional();
	}

	/** Records, for a file refused for want of a header, the row most like one and its columns, none recognised. */
	public void markCandidate(long fileId, Layout candidate) {
		this.jdbc.sql("""
				update source_file set sheet = :sheet, header_row = :header, columns = cast(:columns as json),
				       column_evidence = cast('{}' as json)
				where id = :id""")
			.param("sheet", candidate.sheet())
			.param("header", candidate.headerRow())
			.param("columns", this.json.writeValueAsString(candidate.fieldsByHeader()))
			.param("id", fileId)
			.update();
	}

	/** Records that a file was read whole, with where its poles (and members) were and what columns meant. */
	public void markRead(long fileId, Layout poles, Optional<Layout> members) {
		this.jdbc.sql("""
				update source_file set status = 'READ', sheet = :sheet, header_row = :header,
				       columns = cast(:columns as json), member_sheet = :memberSheet,
				       member_header_row = :memberHeader, member_columns = cast(:memberColumns as json),
				       column_evidence = cast(:evidence as json), member_column_evidence = cast(:memberEvidence as json)
				where id = :id""")
			.param("sheet", poles.sheet())
			.param("header", poles.headerRow())
			.param("columns", this.json.writeValueAsString(poles.fieldsByHeader()))
			.param("memberSheet", members.map(Layout::sheet).orElse(null))
			.param("memberHeader", members.map(Layout::headerRow).orElse(null))
			.param("memberColumns", members.map(layout -> this.json.writeValueAsString(layout.fieldsByHeader()))
				.orElse(null))
			.param("evidence", this.json.writeValueAsString(poles.evidenceByHeader()))
			.param("memberEvidence", members.map(layout -> this.json.writeValueAsString(layout.evidenceByHeader()))
				.orElse(null))
			.param("id", fileId)
			.update();
	}

	public void reject(long fileId, String verdict) {
		this.jdbc.sql("update source_file set status = 'REJECTED', verdict = :verdict where id = :id")
			.param("verdict", verdict)
			.param("id", fileId)
			.update();
	}

	/**
	 * The counts of a file's rows once resolved: they add up (read = accepted + merged + quarantined + ignored).
	 *
	 * @param accepted rows that founded a pole, and member rows attached to their pole
	 */
	public record ImportedRows(long read, long accepted, long merged, long quarantined, long ignored) {
	}

	/** Marks a file imported, with its rows' counts and its verdict. */
	public void markImported(long fileId, ImportedRows rows, String verdict) {
		this.jdbc.sql("""
				update source_file set status = 'IMPORTED', verdict = :verdict, rows_read = :read,
				       rows_accepted = :accepted, rows_merged = :merged, rows_quarantined = :quarantined,
				       rows_ignored = :ignored
				where id = :id""")
			.param("verdict", verdict)
			.param("read", rows.read())
			.param("accepted", rows.accepted())
			.param("merged", rows.merged())
			.param("quarantined", rows.quarantined())
			.param("ignored", rows.ignored())
			.param("id", fileId)
			.update();
	}

}
