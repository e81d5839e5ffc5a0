package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What resolution reads and writes of the pole records: the known poles read back, the pending records batch by
 * batch with the members their files list, and each batch's outcomes, new poles and review pairs.
 */
@Repository
class ResolutionRecords {

	/** A batch of pending records with their evidence, and the row of the last (the next batch starts after it). */
	record Pending(List<ResolvableRecord> records, Evidence.Row last) {
	}

	/** The records already resolved of the files being imported (left so by a killed run). */
	private static final String RESOLVED_IN_OPEN_FILES = """
			from pole_record r join source_file f on f.id = r.file_id where f.status = 'READ' and r.pole_id is not null""";

	private final JdbcTemplate jdbc;

	private final MatchingSettings settings;

	private final Evidence evidence;

	private final GoldenRecords goldenRecords;

	private final IdentifierCounter counter;

	private final Redirects redirects;

	/** The evidence worked out by earlier runs of this service. */
	private final EvidenceMemory memory;

	private final FileMembers members;

	ResolutionRecords(JdbcTemplate jdbc, MatchingSettings settings, GoldenRecords goldenRecords,
			IdentifierCounter counter, Redirects redirects, FileMembers members) {
		this.jdbc = jdbc;
		this.members = members;
		this.settings = settings;
		this.evidence = new Evidence(settings);
		this.memory = new EvidenceMemory(this.evidence);
		this.goldenRecords = goldenRecords;
		this.counter = counter;
		this.redirects = redirects;
	}

	/**
	 * The known poles (their records, with the members their files list), the words of every record (resolved
	 * or pending) for their rarity, the links of rows imported again, and the redirects.
	 */
	KnownPoles load() {
		KnownPoles index = new KnownPoles();
		Map<String, Set<String>> membersByPole = new HashMap<>();
		this.jdbc.query("select pole_id, name_key from member_record where pole_id is not null and name_key is not null",
				rs -> {
					membersByPole.computeIfAbsent(rs.getString(1), key -> new HashSet<>()).add(rs.getString(2));
				});
		// the members of files whose poles a killed run resolved but whose members it did not attach yet
		Map<Long, Map<String, Set<String>>> unattached = this.members.pending(
				"m.file_id in (select distinct r.file_id " + RESOLVED_IN_OPEN_FILES + ")");
		List<String> poleIds = new ArrayList<>();
		List<Evidence.Row> rows = new ArrayList<>();
		this.jdbc.query("select r.pole_id, " + Evidence.COLUMNS
				+ " from pole_record r where r.pole_id is not null order by r.raw_row_id", rs -> {
					poleIds.add(rs.getString("pole_id"));
					rows.add(Evidence.Row.of(rs));
				});
		index.known = rows.size();
		// the evidence of each known record (words, acronyms, stems) is worked out on every core, then added in order;
		// a record read as it was by an earlier run keeps the evidence worked out then
		List<ResolvableRecord> records = new ArrayList<>(IntStream.range(0, rows.size()).parallel()
			.mapToObj(i -> this.memory.evidenceOf(rows.get(i), membersByPole.getOrDefault(poleIds.get(i), Set.of())))
			.toList());
		this.memory.keepOnly(rows, records);
		for (int i = 0; i < records.size(); i++) {
			ResolvableRecord record = records.get(i);
			if (unattached.containsKey(record.fileId())) {
				record = FileMembers.withMembers(record, unattached.get(record.fileId()), rows.get(i).acronym());
				records.set(i, record);
			}
			index.words.count(record.tokens(), record.departement());
		}
		this.jdbc.query("select r.name, r.departement from pole_record r where r.outcome = 'NORMALISED'", rs -> {
			index.words.count(NameTokens.of(rs.getString(1)), rs.getString(2));
			index.pending++;
		});
		// the words of every record counted first: a word the names' comparison finds common blocks only a few poles
		index.scoreWith(this.settings, index.words.scorer(this.settings));
		for (int i = 0; i < records.size(); i++) {
			// as the run that resolved it added it: a SIREN several poles hold by then is read as a carrier's, so that a
			// run resumed after a crash knows the poles as an uninterrupted run does
			index.add(poleIds.get(i), index.asEvidence(records.get(i)));
		}
		index.previousLinks = previousLinks();
		index.knownPoles = new HashSet<>(this.jdbc.queryForList("select id from pole", String.class));
		index.redirects = this.redirects.all();
		return index;
	}

	/** The poles a killed run touched: records resolved in files it left open. */
	Set<String> polesResolvedInOpenFiles() {
		return new TreeSet<>(this.jdbc.queryForList("select distinct r.pole_id " + RESOLVED_IN_OPEN_FILES, String.class));
	}

	/**
	 * The next batch of pending records, those after {@code after} in file and row order (the batch before may not be
	 * committed yet), with the members their files list (read once per file into {@code index}); {@code null} when
	 * none is left.
	 */
	Pending next(KnownPoles index, Evidence.Row after) {
		List<Evidence.Row> rows = new ArrayList<>();
		this.jdbc.query("select " + Evidence.COLUMNS + """
				 from pole_record r where r.outcome = 'NORMALISED' and (r.file_id, r.raw_row_id) > (?, ?)
				order by r.file_id, r.raw_row_id limit ?""", rs -> {
			rows.add(Evidence.Row.of(rs));
		}, (after != null) ? after.fileId() : Long.MIN_VALUE, (after != null) ? after.rawRowId() : Long.MIN_VALUE,
				PoleResolver.BATCH_SIZE);
		Set<Long> files = new HashSet<>();
		for (Evidence.Row row : rows) {
			// a file's members are read once, however many batches its records span
			if (files.add(row.fileId())) {
				index.membersOfFiles.computeIfAbsent(row.fileId(),
						file -> this.members.pending("m.file_id = ?", file).getOrDefault(file, Map.of()));
			}
		}
		index.membersOfFiles.keySet().retainAll(files);
		// the evidence of the batch's records is worked out on every core
		List<ResolvableRecord> read = this.memory.evidenceOf(rows, index.pending <= EvidenceMemory.LIMIT);
		List<ResolvableRecord> pending = IntStream.range(0, rows.size())
			.mapToObj(i -> FileMembers.withMembers(read.get(i), index.membersOfFiles.get(rows.get(i).fileId()), rows.get(i).acronym()))
			.toList();
		return pending.isEmpty() ? null : new Pending(pending, rows.get(rows.size() - 1));
	}

	/** Writes what became of a batch's records, its new poles and review pairs, and how far the numbering went. */
	PoleResolver.Summary write(BatchResolver.Batch batch, Set<String> touched) {
		List<Object[]> founders = new ArrayList<>();
		List<Object[]> outcomes = new ArrayList<>();
		this.counter.recordPoles(batch.lastNumber());
		for (BatchResolver.Resolution resolution : batch.resolutions()) {
			if (resolution.founds()) {
				founders.add(new Object[] { resolution.poleId(), resolution.record().rawRowId() });
			}
			touched.add(resolution.poleId());
			outcomes.add(new Object[] { resolution.founds() ? "ACCEPTED" : "MERGED", resolution.poleId(),
					resolution.rule().code(), resolution.score(), resolution.record().rawRowId() });
		}
		this.goldenRecords.create(founders);
		this.jdbc.update("""
				update pole_record p set outcome = u.outcome::record_outcome, pole_id = u.pole_id, match_rule = u.rule::match_rule,
				       match_score = u.score
				from unnest(?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[])
				     as u(outcome, pole_id, rule, score, raw_row_id)
				where p.raw_row_id = u.raw_row_id""", column(outcomes, 0, String[]::new), column(outcomes, 1, String[]::new),
				column(outcomes, 2, String[]::new), column(outcomes, 3, Double[]::new), column(outcomes, 4, Long[]::new));
		List<Object[]> pairs = new ArrayList<>();
		for (BatchResolver.Review review : batch.reviews()) {
			pairs.add(new Object[] { review.candidate(), review.founded(), review.score().total(),
					Explanations.write(review.score()) });
		}
		this.jdbc.batchUpdate("""
				insert into review_pair (pole_a, pole_b, score, explanation) values (?, ?, ?, ?::jsonb)
				on conflict do nothing""", pairs);
		return batch.summary();
	}

	@SuppressWarnings("unchecked")
	private static <T> T[] column(List<Object[]> rows, int index, java.util.function.IntFunction<T[]> array) {
		return rows.stream().map(row -> (T) row[index]).toArray(array);
	}

	/**
	 * Refreshes the statistics of the records' poles: the golden records read the records by pole_id, which the
	 * batches have just filled; statistics taken before (every pole_id null) would make PostgreSQL scan the whole
	 * table for each chunk of poles.
	 */
	void analysePoles() {
		this.jdbc.execute("analyze pole_record (pole_id)");
	}

	/** Whether a tenth of the records or more changed since their statistics were last taken. */
	boolean statisticsStale() {
		Boolean stale = this.jdbc.queryForObject("""
				select coalesce(bool_or(n_mod_since_analyze * 10 >= n_live_tup
				                        or last_analyze is null and last_autoanalyze is null), true)
				from pg_stat_user_tables where relid = 'pole_record'::regclass""", Boolean.class);
		return Boolean.TRUE.equals(stale);
	}

	/** Forgets the previous links of the files whose rows are resolved again. */
	void forgetUsedPreviousLinks() {
		this.jdbc.update("""
				delete from previous_link l where exists (select 1 from raw_row r join pole_record p on p.raw_row_id = r.id
				where r.file_id = l.file_id and p.pole_id is not null)""");
	}

	private Map<Long, String> previousLinks() {
		Map<Long, String> links = new HashMap<>();
		this.jdbc.query("""
				select p.raw_row_id, l.pole_id from pole_record p
				join raw_row r on r.id = p.raw_row_id
				join previous_link l on l.file_id = r.file_id and l.sheet = r.sheet and l.row_number = r.row_number
				where p.outcome = 'NORMALISED'""", rs -> {
			links.put(rs.getLong("raw_row_id"), rs.getString("pole_id"));
		});
		return links;
	}

}
