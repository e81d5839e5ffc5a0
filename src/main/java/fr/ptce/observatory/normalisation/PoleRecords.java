package fr.ptce.observatory.normalisation;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Normalised records of poles ({@code pole_record}) and of members ({@code member_record}), quarantined
 * and ignored rows included with their reason.
 */
@Repository
public class PoleRecords {

	private final JdbcTemplate jdbc;

	public PoleRecords(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores normalised rows; a row already stored (a restarted step) is left as it is. */
	public void insert(List<? extends NormalisedRow> rows) {
		insertPoles(rows.stream().filter(row -> row.pole() != null).toList());
		insertMembers(rows.stream().filter(row -> row.member() != null).toList());
	}

	private void insertMembers(List<? extends NormalisedRow> rows) {
		List<Object[]> batch = rows.stream().map(row -> {
			MemberRecord m = row.member();
			return new Object[] { row.rawRowId(), row.fileId(), m.outcome().name(), m.reason(), messages(m.warnings()),
					fields(m.warnings()), m.poleReference(), m.name(), m.nameKey(), m.siret(), m.siren(), m.category(),
					m.siae(), m.siaeType(), m.postalCode(), m.commune(), m.departement(), m.yearJoined() };
		}).toList();
		this.jdbc.batchUpdate("""
				insert into member_record (raw_row_id, file_id, outcome, reason, warnings, warning_fields,
				    pole_reference, name, name_key, siret, siren, category, siae, siae_type, postal_code, commune,
				    departement, year_joined)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (raw_row_id) do nothing""", batch);
	}

	private static String[] messages(List<FieldWarning> warnings) {
		return warnings.stream().map(FieldWarning::message).toArray(String[]::new);
	}

	private static String[] fields(List<FieldWarning> warnings) {
		return warnings.stream().map(warning -> warning.field().name()).toArray(String[]::new);
	}

	private void insertPoles(List<? extends NormalisedRow> rows) {
		List<Object[]> batch = rows.stream().map(row -> {
			PoleRecord r = row.pole();
			PoleRecord.Identity who = r.identity();
			Territory.Place where = r.place();
			PoleRecord.Facts facts = r.facts();
			PoleRecord.MemberCounts members = facts.members();
			return new Object[] { row.rawRowId(), row.fileId(), r.outcome().name(), r.reason(), messages(r.warnings()),
					fields(r.warnings()), who.name(), who.nameKey(), who.acronym(), who.carrierName(), who.siret(),
					who.siren(), who.siretRole(), who.rna(), who.legalForm(), where.postalCode(), where.commune(),
					where.departement(), where.region(), where.evidence(), facts.creationYear(), facts.status(),
					facts.laureates().toArray(String[]::new), facts.sectors().toArray(String[]::new), facts.website(),
					facts.jobsCreated(), facts.fte(), facts.budget(), members.ess(), members.classic(),
					members.authorities(), members.research(), members.training(), members.siae(), members.other(),
					r.contact().name(), r.contact().email(), r.contact().phone(), r.observationYear() };
		}).toList();
		this.jdbc.batchUpdate("""
				insert into pole_record (raw_row_id, file_id, outcome, reason, warnings, warning_fields, name, name_key,
				    acronym, carrier_name, siret, siren, siret_role, rna, legal_form, postal_code, commune, departement,
				    region, territory_evidence, creation_year, status, laureates, sectors, website, jobs_created, fte,
				    budget, members_ess, members_classic, members_authorities, members_research, members_training,
				    members_siae, members_other, contact_name, contact_email, contact_phone, observation_year)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				        ?, ?, ?, ?, ?, ?)
				on conflict (raw_row_id) do nothing""", batch);
	}

}
