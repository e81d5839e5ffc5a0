package fr.ptce.observatory.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves normalised records into poles with stable identifiers.
 * <p>
 * Evidence, strongest first: the same valid SIREN (unless the SIRET is known to be the carrier's); the same
 * matching name in the same département. Two different own SIRENs are never merged, and two rows of one file join one pole only on the same SIREN (a
 * network lists a pole once). A record that founds a pole is ACCEPTED; one that joins a known pole is
 * MERGED. Identifiers come from a sequence: never reused, and a pole keeps its identifier across runs
 * because earlier records are never resolved again.
 */
@Service
public class PoleResolver {

	/** What a resolution did. */
	public record Summary(int accepted, int merged, int polesTouched) {
	}

	private static final RowMapper<ResolvableRecord> RECORD = (rs, n) -> new ResolvableRecord(rs.getLong("raw_row_id"),
			rs.getLong("file_id"), rs.getString("siren"), rs.getString("siret_role"), rs.getString("name_key"),
			rs.getString("departement"));

	private final JdbcTemplate jdbc;

	private final GoldenRecords goldenRecords;

	public PoleResolver(JdbcTemplate jdbc, GoldenRecords goldenRecords) {
		this.jdbc = jdbc;
		this.goldenRecords = goldenRecords;
	}

	@Transactional
	public Summary resolvePending() {
		PoleIndex index = new PoleIndex();
		this.jdbc.query("""
				select pole_id, raw_row_id, file_id, siren, siret_role, name_key, departement from pole_record
				where pole_id is not null order by raw_row_id""",
				rs -> {
					index.add(rs.getString("pole_id"), RECORD.mapRow(rs, 0));
				});
		List<ResolvableRecord> pending = this.jdbc.query("""
				select raw_row_id, file_id, siren, siret_role, name_key, departement from pole_record
				where outcome = 'NORMALISED' order by file_id, raw_row_id""", RECORD);

		Map<Long, String> previousLinks = new HashMap<>();
		this.jdbc.query("""
				select p.raw_row_id, l.pole_id from pole_record p
				join raw_row r on r.id = p.raw_row_id
				join previous_link l on l.file_id = r.file_id and l.sheet = r.sheet and l.row_number = r.row_number
				where p.outcome = 'NORMALISED'""", rs -> {
			previousLinks.put(rs.getLong("raw_row_id"), rs.getString("pole_id"));
		});
		List<Object[]> outcomes = new ArrayList<>();
		List<Object[]> founders = new ArrayList<>();
		Set<String> touched = new LinkedHashSet<>();
		for (ResolvableRecord record : pending) {
			String poleId = previousLinks.containsKey(record.rawRowId()) ? previousLinks.get(record.rawRowId())
					: index.match(record);
			String outcome = "MERGED";
			if (poleId == null) {
				poleId = this.jdbc.queryForObject("select 'PTCE-' || lpad(nextval('pole_number')::text, 6, '0')",
						String.class);
				outcome = "ACCEPTED";
				founders.add(new Object[] { poleId, record.rawRowId() });
			}
			index.add(poleId, record);
			touched.add(poleId);
			outcomes.add(new Object[] { outcome, poleId, record.rawRowId() });
		}
		this.goldenRecords.create(founders);
		this.jdbc.batchUpdate("update pole_record set outcome = ?, pole_id = ? where raw_row_id = ?", outcomes);
		this.goldenRecords.refresh(touched);
		this.jdbc.update("""
				delete from previous_link l where exists (select 1 from raw_row r join pole_record p on p.raw_row_id = r.id
				where r.file_id = l.file_id and p.pole_id is not null)""");
		return new Summary(founders.size(), pending.size() - founders.size(), touched.size());
	}

}
