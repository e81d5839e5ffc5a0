package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.SourceProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoleRecordNormaliserTest {

	private final PoleRecordNormaliser normaliser = new PoleRecordNormaliser(Territory.official(),
			Vocabulary.legalForms(), Vocabulary.statuses(), 2026);

	@Test
	void aRowIsNormalisedIntoCanonicalValues() {
		PoleRecord record = normalise(Map.of(Field.NAME, "Coop'Cotentin (CCT)", Field.POSTAL_CODE, "50100",
				Field.LEGAL_FORM, "Association loi 1901", Field.STATUS, "en activité", Field.BUDGET, "1 234,50 €",
				Field.SIRET, "412 345 678 00014", Field.CREATION_YEAR, "15/03/2013"));

		assertThat(record.outcome()).isEqualTo(PoleRecord.Outcome.NORMALISED);
		assertThat(record.name()).isEqualTo("Coop'Cotentin (CCT)");
		assertThat(record.acronym()).isEqualTo("CCT");
		assertThat(record.nameKey()).isEqualTo("coop cotentin");
		assertThat(record.departement()).isEqualTo("50");
		assertThat(record.region()).isEqualTo("28");
		assertThat(record.legalForm()).isEqualTo("association");
		assertThat(record.status()).isEqualTo("actif");
		assertThat(record.budget()).isEqualByComparingTo(new BigDecimal("1234.50"));
		assertThat(record.creationYear()).isEqualTo(2013);
		assertThat(record.observationYear()).isEqualTo(2025);
	}

	@Test
	void invalidFieldsAreSetAsideWithAWarningWhileTheRowIsKept() {
		PoleRecord record = normalise(Map.of(Field.NAME, "PTCE du Vexin", Field.SIRET, "41234567800015",
				Field.CREATION_YEAR, "2099", Field.JOBS_CREATED, "-3", Field.LEGAL_FORM, "Coopérative lunaire"));

		assertThat(record.outcome()).isEqualTo(PoleRecord.Outcome.NORMALISED);
		assertThat(record.siret()).isNull();
		assertThat(record.creationYear()).isNull();
		assertThat(record.jobsCreated()).isNull();
		assertThat(record.legalForm()).isEqualTo("Coopérative lunaire");
		assertThat(record.warnings()).hasSize(4)
			.anyMatch(warning -> warning.field() == Field.SIRET
					&& warning.message().startsWith("SIRET « 41234567800015 » invalide"))
			.anyMatch(warning -> warning.field() == Field.LEGAL_FORM
					&& warning.message().startsWith("Forme juridique « Coopérative lunaire » inconnue"));
	}

	@Test
	void rowsWithoutANameAreQuarantinedAndTotalsOrBlanksIgnored() {
		assertThat(normalise(Map.of(Field.POSTAL_CODE, "61000")).outcome()).isEqualTo(PoleRecord.Outcome.QUARANTINED);
		assertThat(normalise(Map.of(Field.NAME, "1234")).reason()).contains("aucune lettre");
		assertThat(normalise(Map.of(Field.NAME, "TOTAL")).outcome()).isEqualTo(PoleRecord.Outcome.IGNORED);
		assertThat(normalise(Map.of()).outcome()).isEqualTo(PoleRecord.Outcome.IGNORED);
	}

	@Test
	void theLongFormOfPtceMatchesTheShortOne() {
		assertThat(Names.matchingKey("Pôle territorial de coopération économique du Pays de Bray"))
			.isEqualTo(Names.matchingKey("PTCE Pays de Bray"));
		assertThat(Names.matchingKey("Le Cluster Vivre en Pays de Bray"))
			.isNotEqualTo(Names.matchingKey("PTCE Pays de Bray"));
	}

	private PoleRecord normalise(Map<Field, String> values) {
		Map<String, String> cells = new LinkedHashMap<>();
		Map<String, Field> fields = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			cells.put(field.templateHeader(), value);
			fields.put(field.templateHeader(), field);
		});
		return this.normaliser.normalise(new RawRow("Pôles", 5, cells), fields, 2025, SourceProfile.NONE);
	}

}
