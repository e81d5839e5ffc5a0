package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.samples.SampleSirets;
import fr.ptce.observatory.testing.MovingClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PoleRecordNormaliserTest {

	static final java.time.Clock MID_2026 = java.time.Clock.fixed(java.time.Instant.parse("2026-06-15T10:00:00Z"),
			java.time.ZoneOffset.UTC);

	private final PoleRecordNormaliser normaliser = new PoleRecordNormaliser(Territory.official(),
			Vocabularies.standard(), MID_2026);

	@Test
	void aServiceRunningAcrossNewYearAcceptsTheNewYearsDates() {
		// one normaliser, as the running service holds it, on the night of 31 December 2026 in Paris
		MovingClock clock = new MovingClock(java.time.Instant.parse("2026-12-31T22:00:00Z"));
		PoleRecordNormaliser service = new PoleRecordNormaliser(Territory.official(), Vocabularies.standard(), clock);
		java.util.function.Supplier<Integer> created = () -> normalise(service,
				Map.of(Field.NAME, "PTCE Nouvel An", Field.CREATION_YEAR, "2027")).facts().creationYear();
		assertThat(created.get()).as("23 h in Paris, still 2026").isNull();
		clock.set(java.time.Instant.parse("2026-12-31T23:30:00Z"));
		assertThat(created.get()).as("0 h 30 in Paris, 2027").isEqualTo(2027);
	}

	@Test
	void aRowIsNormalisedIntoCanonicalValues() {
		PoleRecord record = normalise(Map.of(Field.NAME, "Coop'Cotentin (CCT)", Field.POSTAL_CODE, "50100",
				Field.LEGAL_FORM, "Association loi 1901", Field.STATUS, "en activité", Field.BUDGET, "1 234,50 €",
				Field.SIRET, "412 345 678 00014", Field.CREATION_YEAR, "15/03/2013", Field.WEBSITE, "www.coop.example.fr"));

		assertThat(record.outcome()).isEqualTo(RecordOutcome.NORMALISED);
		assertThat(record.identity().name()).isEqualTo("Coop'Cotentin (CCT)");
		assertThat(record.identity().acronym()).isEqualTo("CCT");
		assertThat(record.identity().nameKey()).isEqualTo("coop cotentin");
		assertThat(record.identity().legalForm()).isEqualTo("association");
		assertThat(record.place().departement()).isEqualTo("50");
		assertThat(record.place().region()).isEqualTo("28");
		assertThat(record.place().evidence()).isEqualTo("code postal");
		assertThat(record.facts().status()).isEqualTo("actif");
		assertThat(record.facts().budget()).isEqualByComparingTo(new BigDecimal("1234.50"));
		assertThat(record.facts().creationYear()).isEqualTo(2013);
		assertThat(record.facts().website()).isEqualTo("https://www.coop.example.fr");
		assertThat(record.observationYear()).isEqualTo(2025);
	}

	@Test
	void invalidFieldsAreSetAsideWithAWarningWhileTheRowIsKept() {
		PoleRecord record = normalise(Map.of(Field.NAME, "PTCE du Vexin", Field.SIRET, "41234567800015",
				Field.CREATION_YEAR, "2099", Field.JOBS_CREATED, "-3", Field.LEGAL_FORM, "Coopérative lunaire",
				Field.RNA, "W12345", Field.CONTACT_EMAIL, "pas-une-adresse"));

		assertThat(record.outcome()).isEqualTo(RecordOutcome.NORMALISED);
		assertThat(record.identity().siret()).isNull();
		assertThat(record.identity().rna()).isNull();
		assertThat(record.facts().creationYear()).isNull();
		assertThat(record.facts().jobsCreated()).isNull();
		assertThat(record.contact().email()).isNull();
		assertThat(record.identity().legalForm()).isEqualTo("Coopérative lunaire");
		assertThat(record.warnings()).extracting(FieldWarning::field)
			.containsExactlyInAnyOrder(Field.SIRET, Field.CREATION_YEAR, Field.JOBS_CREATED, Field.LEGAL_FORM, Field.RNA,
					Field.CONTACT_EMAIL);
		assertThat(record.warnings()).anyMatch(warning -> warning.message()
			.startsWith("SIRET « 41234567800015 » invalide"));
	}

	@Test
	void rowsWithoutANameAreQuarantinedAndTotalsOrBlanksIgnored() {
		assertThat(normalise(Map.of(Field.POSTAL_CODE, "61000")).outcome()).isEqualTo(RecordOutcome.QUARANTINED);
		assertThat(normalise(Map.of(Field.NAME, "1234")).reason()).contains("aucune lettre");
		assertThat(normalise(Map.of(Field.NAME, "TOTAL")).outcome()).isEqualTo(RecordOutcome.IGNORED);
		assertThat(normalise(Map.of()).outcome()).isEqualTo(RecordOutcome.IGNORED);
	}

	@Test
	void placeholdersNotesAndNamesThatAreOnlyATerritoryOrALegalFormAreQuarantinedWithTheirReason() {
		for (String notAName : List.of("à compléter", "Voir fichier joint", "idem", "néant", "xxx", "?", "-", "N/A",
				"test", "=SOMME(B2:B9)", "Rhône", "Lyon", "Association", "SCIC", "Communauté de communes de Lodève",
				"#N/A", "Source : enquête 2025", "Les pôles en italique sont à confirmer")) {
			PoleRecord record = normalise(Map.of(Field.NAME, notAName, Field.DEPARTEMENT, "69"));
			assertThat(record.outcome()).as(notAName).isEqualTo(RecordOutcome.QUARANTINED);
			assertThat(record.reason()).as(notAName).startsWith("Ligne sans pôle : « " + notAName + " »");
		}
		assertThat(normalise(Map.of(Field.NAME, "Sous-total Rhône")).outcome()).isEqualTo(RecordOutcome.IGNORED);
		for (String name : List.of("Le Relais Lyon", "Ensemble Autrement", "ID'ées 21", "Sources et Rivières",
				"Vide-grenier solidaire du Pays de Morlaix", "Pas à Pas Solidaire", "Les Écossolies (44)",
				"Réseau des PTCE du Grand Est", "Coopérative de l'Est lyonnais", "Sources Vives 64", "(Re)Sources",
				"Voir Ensemble", "Les 2 Rives", "Pôle territorial de coopération économique de l'économie sociale et "
						+ "solidaire du Pays de Redon et de Vilaine")) {
			assertThat(normalise(Map.of(Field.NAME, name, Field.DEPARTEMENT, "69")).outcome()).as(name)
				.isEqualTo(RecordOutcome.NORMALISED);
		}
		// a commune's name is a territory alone where the row is, a name elsewhere
		assertThat(normalise(Map.of(Field.NAME, "La Forge", Field.DEPARTEMENT, "18")).outcome())
			.isEqualTo(RecordOutcome.NORMALISED);
		assertThat(normalise(Map.of(Field.NAME, "La Forge", Field.DEPARTEMENT, "88")).outcome())
			.isEqualTo(RecordOutcome.QUARANTINED);
		Map<Field, String> noName = new LinkedHashMap<>();
		noName.put(Field.POSTAL_CODE, "80000");
		noName.put(Field.DEPARTEMENT, "Somme");
		assertThat(normalise(noName).reason()).isEqualTo("Nom du pôle absent.");
		assertThat(normalise(Map.of(Field.NAME, "Association Les Ateliers")).outcome())
			.isEqualTo(RecordOutcome.NORMALISED);
	}

	@Test
	void aRepeatedHeaderRowIsIgnored() {
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("Nom du pôle", "Nom du pôle");
		cells.put("Département", "Département");
		PoleRecord record = this.normaliser.normalise(new RawRow("Pôles", 30, cells),
				Map.of("Nom du pôle", Field.NAME, "Département", Field.DEPARTEMENT), 2025, SourceProfile.NONE);
		assertThat(record.outcome()).isEqualTo(RecordOutcome.IGNORED);
		assertThat(record.reason()).isEqualTo("En-tête répété.");
	}

	@Test
	void aPostalCodeTypedInTheDepartementColumnIsUsedWithAWarning() {
		PoleRecord record = normalise(Map.of(Field.NAME, "PTCE Croix-Rousse", Field.DEPARTEMENT, "69004"));
		assertThat(record.place().postalCode()).isEqualTo("69004");
		assertThat(record.place().departement()).isEqualTo("69");
		assertThat(record.warnings()).extracting(FieldWarning::message)
			.contains("Code postal « 69004 » écrit dans la colonne du département : utilisé comme code postal.");
	}

	@Test
	void aConflictBetweenPostalCodeAndDepartementIsFlaggedAndThePostalCodeKept() {
		PoleRecord record = normalise(Map.of(Field.NAME, "PTCE Risle", Field.POSTAL_CODE, "27500", Field.DEPARTEMENT,
				"76", Field.REGION, "Picardie"));

		assertThat(record.place().departement()).isEqualTo("27");
		assertThat(record.warnings()).extracting(FieldWarning::field).containsExactly(Field.DEPARTEMENT, Field.REGION);
		assertThat(record.warnings().get(0).message())
			.isEqualTo("Département « 76 » en conflit avec le code postal (département 27) : le code postal est retenu.");
	}

	@Test
	void aRegionColumnOfInseeCodesIsReadWithoutWarnings() {
		PoleRecord coded = normalise(Map.of(Field.NAME, "PTCE des Combrailles", Field.REGION, "84"));
		PoleRecord agreeing = normalise(Map.of(Field.NAME, "PTCE Risle", Field.POSTAL_CODE, "27500", Field.REGION,
				"28 - Normandie"));

		assertThat(coded.place().region()).isEqualTo("84");
		assertThat(coded.warnings()).isEmpty();
		assertThat(agreeing.place().departement()).isEqualTo("27");
		assertThat(agreeing.warnings()).isEmpty();
	}

	@Test
	void identifiersRnaAndTheSiretsRoleAreRead() {
		String siren = SampleSirets.siren("41234567");
		PoleRecord record = normalise(Map.of(Field.NAME, "Association PTCE des Vallées", Field.RNA, "w 123 456 789",
				Field.SIRET, siren, Field.SIRET_ROLE, "Structure porteuse"));

		assertThat(record.identity().rna()).isEqualTo("W123456789");
		assertThat(record.identity().siren()).isEqualTo(siren);
		assertThat(record.identity().siret()).isNull();
		assertThat(record.identity().siretRole()).isEqualTo("porteuse");
		assertThat(record.identity().legalForm()).isEqualTo("association");
		assertThat(record.identity().nameKey()).isEqualTo("vallees");
	}

	@Test
	void theSiretsRoleIsReadFromItsHeaderWhenNoColumnSaysIt() {
		Map<String, String> cells = new LinkedHashMap<>(Map.of("Nom du PTCE", "PTCE A", "Siret porteur", "412345678"));
		Map<String, Field> fields = Map.of("Nom du PTCE", Field.NAME, "Siret porteur", Field.SIRET);

		PoleRecord record = this.normaliser.normalise(new RawRow("Pôles", 2, cells), fields, 2025, SourceProfile.NONE);

		assertThat(record.identity().siretRole()).isEqualTo("porteuse");
	}

	@Test
	void multiValuedCellsOfSectorsAndLaureatesAreSplitAndCanonical() {
		PoleRecord record = normalise(Map.of(Field.NAME, "PTCE Multi", Field.SECTORS,
				"Environnement, réemploi & économie circulaire; Énergie / circuits courts\nBTP", Field.LAUREATE,
				"AAP 2013, AMI 2023", Field.MEMBERS_SIAE, "3", Field.FTE, "2,5"));

		assertThat(record.facts().sectors()).containsExactly("environnement, réemploi & économie circulaire", "énergie",
				"agriculture & alimentation", "bâtiment & éco-construction");
		assertThat(record.facts().laureates()).containsExactly("2013", "AMI 2023");
		assertThat(record.facts().members().siae()).isEqualTo(3);
		assertThat(record.facts().fte()).isEqualByComparingTo("2.5");
		assertThat(normalise(Map.of(Field.NAME, "PTCE B", Field.LAUREATE, "non")).facts().laureates()).isEmpty();
		assertThat(normalise(Map.of(Field.NAME, "PTCE C")).facts().laureates()).as("the file does not say").isNull();
	}

	@Test
	void aDepartementNumberInParenthesesIsNoAcronym() {
		PoleRecord record = normalise(Map.of(Field.NAME, "PTCE du Saulnois à Remennecourt (55)"));

		assertThat(record.identity().acronym()).isNull();
		assertThat(normalise(Map.of(Field.NAME, "Pôle Olympe de Gouges (2A)")).identity().acronym()).isNull();
		assertThat(normalise(Map.of(Field.NAME, "Société 3IE (S2B)")).identity().acronym()).isEqualTo("S2B");
	}

	@Test
	void anAcronymBeforeTheNameIsRecognised() {
		PoleRecord record = normalise(Map.of(Field.NAME, "CCT - Coop'Cotentin"));

		assertThat(record.identity().acronym()).isEqualTo("CCT");
		assertThat(record.identity().nameKey()).isEqualTo("coop cotentin");
		assertThat(normalise(Map.of(Field.NAME, "PTCE - Pays de Bray")).identity().nameKey()).isEqualTo("pays bray");
	}

	@Test
	void theLongFormOfPtceMatchesTheShortOne() {
		assertThat(Names.matchingKey("Pôle territorial de coopération économique du Pays de Bray"))
			.isEqualTo(Names.matchingKey("PTCE Pays de Bray"));
		assertThat(Names.matchingKey("Le Cluster Vivre en Pays de Bray"))
			.isNotEqualTo(Names.matchingKey("PTCE Pays de Bray"));
		assertThat(Names.matchingKey("Pôle de l'Asso St-Jean")).isEqualTo(Names.matchingKey("pole association saint jean"));
	}

	private PoleRecord normalise(Map<Field, String> values) {
		return normalise(this.normaliser, values);
	}

	private static PoleRecord normalise(PoleRecordNormaliser normaliser, Map<Field, String> values) {
		Map<String, String> cells = new LinkedHashMap<>();
		Map<String, Field> fields = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			cells.put(field.templateHeader(), value);
			fields.put(field.templateHeader(), field);
		});
		return normaliser.normalise(new RawRow("Pôles", 5, cells), fields, 2025, SourceProfile.NONE);
	}

}
