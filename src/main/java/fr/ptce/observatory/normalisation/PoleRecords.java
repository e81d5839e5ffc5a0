package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;

import fr.ptce.observatory.database.CopyRows;
import fr.ptce.observatory.ingestion.FilesToReadAgain;

import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
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

	private static final String MEMBER_COLUMNS = """
			raw_row_id, file_id, outcome, reason, warnings, warning_fields, pole_reference, name, name_key, siret, siren,
			category, siae, siae_type, postal_code, commune, departement, year_joined""";

	private static final String POLE_COLUMNS = """
			raw_row_id, file_id, outcome, reason, warnings, warning_fields, name, name_key, acronym, carrier_name, siret,
			siren, siret_role, rna, legal_form, postal_code, commune, departement, region, territory_evidence,
			creation_year, status, laureates, sectors, website, jobs_created, fte, budget, members_ess, members_classic,
			members_authorities, members_research, members_training, members_siae, members_other, contact_name,
			contact_email, contact_phone, observation_year""";

	/**
	 * Stores normalised rows by COPY, in the chunk's transaction. Each raw row is normalised once: the step reads
	 * only the rows without a record, so a restarted step never stores one twice (the primary key would refuse it).
	 * The foreign key to {@code raw_row} is the lineage's guarantee (the raw row's own names the file); PostgreSQL
	 * checks it row by row, about a third of the write.
	 */
	public void insert(List<? extends NormalisedRow> rows) {
		store(rows.stream().filter(row -> row.pole() != null).toList(), PoleRecords::addPole, "pole_record",
				POLE_COLUMNS);
		store(rows.stream().filter(row -> row.member() != null).toList(), PoleRecords::addMember, "member_record",
				MEMBER_COLUMNS);
	}

	/** COPY into the table, on the chunk's connection. */
	private void store(List<? extends NormalisedRow> rows, BiConsumer<CopyRows, NormalisedRow> writer, String table,
			String columns) {
		if (rows.isEmpty()) {
			return;
		}
		try (CopyRows copy = CopyRows.into(this.jdbc, table + " (" + columns + ")")) {
			rows.forEach(row -> writer.accept(copy, row));
			copy.finish();
		}
	}

	/** Files to be read again: their records go (resolution has kept their rows' poles first). */
	@EventListener
	@Order(FilesToReadAgain.FORGET)
	void forget(FilesToReadAgain files) {
		this.jdbc.update("delete from member_record where file_id = any(?)", (Object) files.ids());
		this.jdbc.update("delete from pole_record where file_id = any(?)", (Object) files.ids());
	}

	private static void addMember(CopyRows copy, NormalisedRow row) {
		MemberRecord m = row.member();
		copy.add(row.rawRowId()).add(row.fileId()).add(m.outcome().name()).add(m.reason()).add(messages(m.warnings()))
			.add(fields(m.warnings())).add(m.poleReference()).add(m.name()).add(m.nameKey()).add(m.siret())
			.add(m.siren()).add(m.category()).add(m.siae()).add(m.siaeType()).add(m.postalCode()).add(m.commune())
			.add(m.departement()).add(m.yearJoined()).endRow();
	}

	private static String[] messages(List<FieldWarning> warnings) {
		return warnings.stream().map(FieldWarning::message).toArray(String[]::new);
	}

	private static String[] fields(List<FieldWarning> warnings) {
		return warnings.stream().map(warning -> warning.field().name()).toArray(String[]::new);
	}

	private static void addPole(CopyRows copy, NormalisedRow row) {
		PoleRecord r = row.pole();
		PoleRecord.Identity who = r.identity();
		Territory.Place where = r.place();
		PoleRecord.Facts facts = r.facts();
		PoleRecord.MemberCounts members = facts.members();
		copy.add(row.rawRowId()).add(row.fileId()).add(r.outcome().name()).add(r.reason()).add(messages(r.warnings()))
			.add(fields(r.warnings())).add(who.name()).add(who.nameKey()).add(who.acronym()).add(who.carrierName())
			.add(who.siret()).add(who.siren()).add(who.siretRole()).add(who.rna()).add(who.legalForm())
			.add(where.postalCode()).add(where.commune()).add(where.departement()).add(where.region())
			.add(where.evidence()).add(facts.creationYear()).add(facts.status())
			.add(laureates(facts)).add(facts.sectors().toArray(String[]::new))
			.add(facts.website()).add(facts.jobsCreated()).add(plain(facts.fte())).add(plain(facts.budget()))
			.add(members.ess()).add(members.classic()).add(members.authorities()).add(members.research())
			.add(members.training()).add(members.siae()).add(members.other()).add(r.contact().name())
			.add(r.contact().email()).add(r.contact().phone()).add(r.observationYear()).endRow();
	}

	private static String plain(BigDecimal number) {
		return (number != null) ? number.toPlainString() : null;
	}


	private static String[] laureates(PoleRecord.Facts facts) {
		return (facts.laureates() != null) ? facts.laureates().toArray(String[]::new) : null;
	}

}
