package fr.ptce.observatory.operations;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.shared.ObservatoryProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A network's own space on the real server, with two network accounts (Coorace, CRESS Normandie) and the samples
 * imported: each sees its own files, verdicts and feedback and nothing of the other's, reaches nothing of the
 * analysts', and sends its files into its own folder.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkSpaceWebTest {

	@LocalServerPort
	int port;

	@Autowired
	Runs runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObservatoryProperties properties;

	long coorace;

	long normandie;

	@BeforeAll
	void importSamples() {
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(Path.of("input-samples"));
		this.coorace = this.jdbc.queryForObject("select id from source_file where network = 'Coorace'", Long.class);
		this.normandie = this.jdbc.queryForObject("select id from source_file where network = 'CRESS Normandie'",
				Long.class);
	}

	@Test
	void eachNetworkSeesItsOwnFilesAndVerdictsAndNothingOfTheOthers() throws Exception {
		WebClient coorace = loggedIn("coorace", "coorace-test");
		String page = coorace.get("/reseau").body();
		assertThat(page).contains("Espace du réseau Coorace", "coorace/coorace-ptce-siae-2025.csv", "Importé : 6 lignes lues",
				"/reseau/fichiers/" + this.coorace + "/retour.xlsx")
			.doesNotContain("normandie", "Normandie", "Exécutions");

		WebClient normandie = loggedIn("cress-normandie", "normandie-test");
		assertThat(normandie.get("/reseau").body()).contains("Espace du réseau CRESS Normandie",
				"cress-normandie/ptce-normandie-2025.xlsx", "2 en quarantaine").doesNotContain("coorace");
	}

	@Test
	void aNetworkGetsItsOwnFeedbackAndAnotherNetworksFileIsUnknownToIt() throws Exception {
		WebClient coorace = loggedIn("coorace", "coorace-test");
		HttpResponse<String> own = coorace.get("/reseau/fichiers/" + this.coorace + "/retour.xlsx");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("retour-coorace-ptce-siae-2025.xlsx"));
		// another network's file, or one that does not exist: the same answer, nothing to tell them apart
		assertThat(coorace.get("/reseau/fichiers/" + this.normandie + "/retour.xlsx").statusCode()).isEqualTo(404);
		assertThat(coorace.get("/reseau/fichiers/999999/retour.xlsx").statusCode()).isEqualTo(404);
		WebClient normandie = loggedIn("cress-normandie", "normandie-test");
		assertThat(normandie.get("/reseau/fichiers/" + this.coorace + "/retour.xlsx").statusCode()).isEqualTo(404);
	}

	@Test
	void aNetworkSeesItsPolesEachFieldKeptBesideItsOwnValueAndNoOtherNetworksPole() throws Exception {
		String bray = this.jdbc.queryForObject("select id from pole where name = 'PTCE Pays de Bray'", String.class);
		String normandieOnly = normandieOnlyPole();
		long coorace = this.jdbc.queryForObject("""
				select count(distinct r.pole_id) from pole_record r join source_file f on f.id = r.file_id
				where f.network = 'Coorace' and r.pole_id is not null""", Long.class);

		WebClient network = loggedIn("coorace", "coorace-test");
		assertThat(network.get("/reseau").body()).contains("Vos pôles : " + coorace + " pôles décrits");
		String list = network.get("/reseau/poles").body();
		assertThat(list).contains(coorace + " pôles.", "PTCE Pays de Bray", "/reseau/poles/" + bray)
			.doesNotContain("/reseau/poles/" + normandieOnly + "\"");
		String pole = network.get("/reseau/poles/" + bray).body();
		assertThat(pole).contains("Fiche publiée et vos valeurs", "Votre valeur", "votre valeur est retenue",
				"Seine-Maritime (76)", "Vos fichiers ne listent pas les membres de ce pôle")
			.doesNotContain("claire.martin", "Claire Martin", "null");
		// a pole none of its files describes does not exist for it
		assertThat(network.get("/reseau/poles/" + normandieOnly).statusCode()).isEqualTo(404);
		assertThat(network.get("/reseau/poles/PTCE-999999").statusCode()).isEqualTo(404);

		// the members a network listed, and only to it
		String seenByNormandie = loggedIn("cress-normandie", "normandie-test").get("/reseau/poles/" + bray).body();
		assertThat(seenByNormandie).contains("Les Jardins de Bray", "(SIAE)", "Université de Rouen Normandie");
	}

	@Test
	void aNetworkReachesNothingOfTheAnalystsNorTheAnalystsItsSpace() throws Exception {
		WebClient coorace = loggedIn("coorace", "coorace-test");
		for (String path : List.of("/executions", "/fichiers", "/poles", "/revue", "/depot")) {
			assertThat(coorace.get(path).statusCode()).as(path).isEqualTo(403);
		}
		WebClient api = WebClient.api(this.port, "coorace", "coorace-test");
		for (String path : List.of("/api/files", "/api/runs", "/api/poles", "/api/files/" + this.coorace + "/retour.xlsx",
				"/api/lineage.csv", "/api/resolution/revue")) {
			assertThat(api.get(path).statusCode()).as(path).isEqualTo(403);
		}
		assertThat(api.postJson("/api/runs/import", "{}").statusCode()).isEqualTo(403);
		assertThat(WebClient.api(this.port, "analyste", "analyste-test").get("/reseau").statusCode()).isEqualTo(403);
	}

	@Test
	void aNetworkSendsItsFileIntoItsOwnFolderWithItsFormsToken() throws Exception {
		WebClient normandie = loggedIn("cress-normandie", "normandie-test");
		byte[] csv = "Nom du pôle;Code postal\nPTCE Déposé par le réseau;76220\n".getBytes(StandardCharsets.UTF_8);
		assertThat(normandie.upload("/reseau/depot", "sans-jeton.csv", csv, Map.of(), null).statusCode()).isEqualTo(403);

		// a folder asked for by the form is not listened to: the file goes to the account's own network
		HttpResponse<String> sent = normandie.upload("/reseau/depot", "Pôles 2026.csv", csv, Map.of("reseau", "coorace"),
				"/reseau");
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(this.properties.inbox().resolve("cress-normandie/poles-2026.csv")).exists();
		assertThat(this.properties.inbox().resolve("coorace/poles-2026.csv")).doesNotExist();
		assertThat(normandie.get("/reseau").body()).contains("Fichier reçu : poles-2026.csv", "Sa lecture a commencé");
		// read at once: its verdict within five seconds, here with its reason (the network's profile wants a sheet
		// « Pôles », which a CSV file has not)
		long uploadedAt = System.nanoTime();
		String verdict = "";
		while (!verdict.contains("est absente") && System.nanoTime() - uploadedAt < 5_000_000_000L) {
			Thread.sleep(100);
			verdict = normandie.get("/reseau").body();
		}
		assertThat(verdict).contains("cress-normandie/poles-2026.csv",
				"La feuille « Pôles » attendue par le profil cress-normandie est absente");
		awaitNoRun();
		HttpResponse<String> wrongType = normandie.upload("/reseau/depot", "notes.docx", new byte[] { 1, 2 }, Map.of(),
				"/reseau");
		assertThat(wrongType.statusCode()).isEqualTo(302);
		assertThat(normandie.get("/reseau").body()).contains("Format non accepté (.docx)");
		// a file its network's profile would not recognise is refused, saying why, rather than read as no one's
		WebClient coorace = loggedIn("coorace", "coorace-test");
		HttpResponse<String> unnamed = coorace.upload("/reseau/depot", "liste.csv", csv, Map.of(), "/reseau");
		assertThat(unnamed.statusCode()).isEqualTo(302);
		assertThat(coorace.get("/reseau").body()).contains("Fichier refusé : les fichiers de Coorace sont reconnus à leur nom");
		assertThat(this.properties.inbox().resolve("coorace/liste.csv")).doesNotExist();
		assertThat(coorace.upload("/reseau/depot", "coorace-ptce-2026.csv", csv, Map.of(), "/reseau").statusCode())
			.isEqualTo(302);
		assertThat(this.properties.inbox().resolve("coorace/coorace-ptce-2026.csv")).exists();
		awaitNoRun();
		// the same bytes as the file CRESS Normandie sent: a copy, told as such without naming the other's file
		assertThat(coorace.get("/reseau").body()).as("its verdict too").contains("coorace/coorace-ptce-2026.csv",
				"Déjà reçu : ce contenu a déjà été transmis").doesNotContain("cress-normandie", "<li>coorace-ptce-2026.csv");
		// each action of a network account is kept with who and when, for the analysts
		String analysts = WebClient.api(this.port, "analyste", "analyste-test").get("/fichiers").body();
		assertThat(analysts).contains("Comptes des réseaux : qui a fait quoi, et quand", "cress-normandie", "Connexion",
				"Envoi d&#39;un fichier", "cress-normandie/poles-2026.csv");
	}

	@Test
	void aNetworksCorrectionGoesThroughAnAnalystsApprovalAndChangesThePublishedRecord() throws Exception {
		String bray = this.jdbc.queryForObject("select id from pole where name = 'PTCE Pays de Bray'", String.class);
		String normandieOnly = normandieOnlyPole();
		WebClient coorace = loggedIn("coorace", "coorace-test");
		String page = "/reseau/poles/" + bray;
		assertThat(coorace.postForm(page + "/corrections", Map.of("champ", "website", "valeur",
				"https://bray.example.org"), null).statusCode()).as("without the form's token").isEqualTo(403);
		assertThat(coorace.postForm("/reseau/poles/" + normandieOnly + "/corrections", Map.of("champ", "website",
				"valeur", "https://x.example.org"), page).statusCode()).as("another network's pole").isEqualTo(404);
		coorace.postForm(page + "/corrections", Map.of("champ", "website", "valeur", "https://bray.example.org"), page);
		coorace.postForm(page + "/corrections", Map.of("champ", "status", "valeur", "dissous"), page);
		assertThat(coorace.get(page).body()).contains("Correction proposée", "https://bray.example.org", "en attente");
		assertThat(loggedIn("cress-normandie", "normandie-test").get(page).body()).as("not another network's")
			.doesNotContain("https://bray.example.org");

		WebClient analyst = WebClient.browser(this.port);
		analyst.login("analyste", "analyste-test");
		String queue = analyst.get("/corrections").body();
		assertThat(queue).contains("PTCE Pays de Bray", "Site web", "https://ptce-paysdebray.example.fr",
				"https://bray.example.org", "coorace (Coorace)");
		long website = this.jdbc.queryForObject("select id from correction where field = 'website'", Long.class);
		long status = this.jdbc.queryForObject("select id from correction where field = 'status'", Long.class);
		analyst.postForm("/corrections/" + website + "/approuver", Map.of(), "/corrections");
		analyst.postForm("/corrections/" + status + "/rejeter", Map.of(), "/corrections");
		assertThat(analyst.get("/corrections").body()).contains("Aucune correction en attente");

		String record = WebClient.api(this.port, "analyste", "analyste-test").get("/api/poles/" + bray).body();
		assertThat(record).contains("\"website\":\"https://bray.example.org\"").doesNotContain("\"status\":\"dissous\"");
		assertThat(this.jdbc.queryForObject("select decided_by from pole_override where pole_id = ? and field = 'website'",
				String.class, bray)).isEqualTo("coorace (Coorace), approuvée par analyste");
		assertThat(coorace.get(page).body()).contains("approuvée", "rejetée");
	}

	@Test
	void aNetworkSaysTwoOfItsPolesAreOneAndTheAnalystsApprovalJoinsThem() throws Exception {
		String caux = this.jdbc.queryForObject("select id from pole where name = 'Pôle Caux Vallée de Seine Coop'",
				String.class);
		String risle = this.jdbc.queryForObject("select id from pole where name = 'PTCE Écopôle Val de Risle'",
				String.class);
		WebClient normandie = loggedIn("cress-normandie", "normandie-test");
		String page = "/reseau/poles/" + caux;
		assertThat(normandie.get(page).body()).contains("Ce pôle est le même que", risle);
		// only with one of its own poles
		assertThat(loggedIn("coorace", "coorace-test").postForm("/reseau/poles/" + caux + "/corrections",
				Map.of("champ", "meme_pole", "valeur", risle), "/reseau").statusCode()).isEqualTo(404);
		normandie.postForm(page + "/corrections", Map.of("champ", "meme_pole", "valeur", risle), page);

		WebClient analyst = WebClient.browser(this.port);
		analyst.login("analyste", "analyste-test");
		assertThat(analyst.get("/corrections").body()).contains("Même pôle que", risle);
		long same = this.jdbc.queryForObject("select id from correction where field = 'meme_pole'", Long.class);
		analyst.postForm("/corrections/" + same + "/approuver", Map.of(), "/corrections");
		assertThat(this.jdbc.queryForObject("""
				select count(*) from pole_redirect where (from_id = ? and to_id = ?) or (from_id = ? and to_id = ?)""",
				Integer.class, caux, risle, risle, caux)).as("one pole now, the other's identifier leading to it")
			.isOne();
	}

	@Test
	void aFileSentWhileAnImportRunsIsCheckedAtOnceInMemory(@Autowired RunLock lock) throws Exception {
		java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Pôles");
			List<List<String>> rows = List.of(List.of("Nom du pôle", "Code postal", "Statut"),
					List.of("PTCE Pays de Bray", "76220", "actif"), List.of("", "76000", "actif"));
			for (int r = 0; r < rows.size(); r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			workbook.write(file);
		}
		WebClient normandie = loggedIn("cress-normandie", "normandie-test");
		try (RunLock.Held running = lock.tryLock("import").orElseThrow()) {
			normandie.upload("/reseau/depot", "cress-normandie-2027.xlsx", file.toByteArray(), Map.of(), "/reseau");
			assertThat(normandie.get("/reseau").body()).contains("Lu à l&#39;instant : 2 lignes de pôles ; 1 à corriger : "
					+ "feuille « Pôles », ligne 3", "Un import est en cours", "<li>cress-normandie-2027.xlsx</li>");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from source_file where name like '%2027%'", Integer.class))
			.as("nothing written").isZero();
		// the other tests of this server import its inbox: the file is taken back
		java.nio.file.Files.delete(this.properties.inbox().resolve("cress-normandie/cress-normandie-2027.xlsx"));
	}

	@Test
	void nextYearsTemplateRoundTripsEveryValueIntoItsField() throws Exception {
		String bray = this.jdbc.queryForObject("select id from pole where name = 'PTCE Pays de Bray'", String.class);
		WebClient normandie = loggedIn("cress-normandie", "normandie-test");
		HttpResponse<byte[]> download = normandie.getBytes("/reseau/modele.xlsx");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("cress-normandie-2026.xlsx"));
		Map<String, Object> published = this.jdbc.queryForMap("select * from pole where id = ?", bray);
		byte[] filled;
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(download.body()))) {
			assertThat(workbook.getSheetName(0)).isEqualTo("Lisez-moi");
			assertThat(workbook.isSheetHidden(workbook.getSheetIndex("Listes"))).isTrue();
			org.apache.poi.ss.usermodel.Sheet poles = workbook.getSheet("Pôles");
			assertThat(poles.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nom du pôle");
			assertThat(poles.getDataValidations()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(workbook.getSheet("Membres").getLastRowNum()).isGreaterThanOrEqualTo(3);
			org.apache.poi.ss.usermodel.Row row = null;
			for (org.apache.poi.ss.usermodel.Row candidate : poles) {
				if (candidate.getCell(0).getStringCellValue().equals("PTCE Pays de Bray")) {
					row = candidate;
				}
			}
			assertThat(row).as("its pole, pre-filled").isNotNull();
			List<String> headers = new java.util.ArrayList<>();
			poles.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertThat(row.getCell(headers.indexOf("Année d'observation")).getStringCellValue()).isEqualTo("2026");
			// the network fills it in: its jobs, and a pole it did not list before
			row.createCell(headers.indexOf("Emplois créés")).setCellValue("7");
			org.apache.poi.ss.usermodel.Row added = poles.createRow(poles.getLastRowNum() + 1);
			added.createCell(headers.indexOf("Nom du pôle")).setCellValue("PTCE Nouveau Bocage");
			added.createCell(headers.indexOf("Code postal")).setCellValue("61000");
			added.createCell(headers.indexOf("Statut")).setCellValue("émergent");
			added.createCell(headers.indexOf("Année d'observation")).setCellValue("2026");
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		normandie.upload("/reseau/depot", "cress-normandie-2026.xlsx", filled, Map.of(), "/reseau");
		long uploadedAt = System.nanoTime();
		while (this.jdbc.queryForObject("""
				select count(*) from source_file where name = 'cress-normandie/cress-normandie-2026.xlsx'
				and status = 'IMPORTED'""", Integer.class) == 0 && System.nanoTime() - uploadedAt < 5_000_000_000L) {
			Thread.sleep(100);
		}
		awaitNoRun();
		assertThat(normandie.get("/reseau").body()).contains("cress-normandie/cress-normandie-2026.xlsx", "Importé");
		// read without guessing: every value back in its field
		Map<String, Object> back = this.jdbc.queryForMap("""
				select r.* from pole_record r join source_file f on f.id = r.file_id
				where f.name = 'cress-normandie/cress-normandie-2026.xlsx' and r.name = 'PTCE Pays de Bray'""");
		for (String field : List.of("name", "acronym", "carrier_name", "siret", "legal_form", "postal_code", "commune",
				"departement", "region", "creation_year", "status", "website")) {
			assertThat(back.get(field)).as(field).isEqualTo(published.get(field));
		}
		assertThat(back).containsEntry("jobs_created", 7).containsEntry("observation_year", 2026)
			.containsEntry("pole_id", bray).containsEntry("outcome", "MERGED");
		assertThat(this.jdbc.queryForMap("""
				select r.postal_code, r.status, r.outcome from pole_record r join source_file f on f.id = r.file_id
				where f.name = 'cress-normandie/cress-normandie-2026.xlsx' and r.name = 'PTCE Nouveau Bocage'"""))
			.containsEntry("postal_code", "61000").containsEntry("status", "émergent").containsEntry("outcome", "ACCEPTED");
		// its members, each back to its pole and to the organisation it was
		assertThat(this.jdbc.queryForList("""
				select m.name from member_record m join source_file f on f.id = m.file_id
				where f.name = 'cress-normandie/cress-normandie-2026.xlsx' and m.pole_id = ? and m.member_id in (
				    select member_id from member_record where pole_id = ? and file_id <> m.file_id)""", String.class,
				bray, bray)).containsExactlyInAnyOrder("Communauté de communes des 4 rivières", "Les Jardins de Bray",
						"Université de Rouen Normandie");
	}

	@Test
	void anAnalystCreatesDisablesAndRenewsANetworksAccountWithoutARestart() throws Exception {
		WebClient analyst = WebClient.browser(this.port);
		analyst.login("analyste", "analyste-test");
		assertThat(analyst.get("/comptes").body()).contains("Comptes configurés", "coorace", "CRESS Normandie");
		assertThat(analyst.postForm("/comptes", Map.of("identifiant", "sans-jeton", "reseau", "mes-occitanie"), null)
			.statusCode()).isEqualTo(403);

		analyst.postForm("/comptes", Map.of("identifiant", "Occitanie-1", "reseau", "mes-occitanie"), "/comptes");
		String password = shownPassword(analyst.get("/comptes").body());
		assertThat(analyst.get("/comptes").body()).as("shown once").doesNotContain(password);
		WebClient network = WebClient.browser(this.port);
		assertThat(network.login("occitanie-1", password).headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/reseau"));
		// a network's form token does not open the analysts' forms
		assertThat(network.postForm("/comptes", Map.of("identifiant", "intrus", "reseau", "coorace"), "/reseau")
			.statusCode()).isEqualTo(403);
		assertThat(network.get("/reseau").body()).contains("Espace du réseau MES Occitanie",
				"mes-occitanie/poles-occitanie-2025.ods").doesNotContain("coorace");
		assertThat(network.get("/comptes").statusCode()).isEqualTo(403);

		analyst.postForm("/comptes", Map.of("identifiant", "coorace", "reseau", "mes-occitanie"), "/comptes");
		assertThat(analyst.get("/comptes").body()).contains("L&#39;identifiant « coorace » est déjà pris.");

		analyst.postForm("/comptes/occitanie-1/desactiver", Map.of(), "/comptes");
		assertThat(network.get("/reseau").statusCode()).as("a session open when the account is disabled")
			.isEqualTo(403);
		assertThat(WebClient.browser(this.port).login("occitanie-1", password).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		analyst.postForm("/comptes/occitanie-1/reactiver", Map.of(), "/comptes");
		analyst.postForm("/comptes/occitanie-1/mot-de-passe", Map.of(), "/comptes");
		String renewed = shownPassword(analyst.get("/comptes").body());
		assertThat(renewed).isNotEqualTo(password);
		assertThat(WebClient.browser(this.port).login("occitanie-1", password).headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(WebClient.browser(this.port).login("Occitanie-1", renewed).headers().firstValue("Location"))
			.as("a login typed in capitals, as for the configured accounts")
			.hasValueSatisfying(location -> assertThat(location).endsWith("/reseau"));
		// the analysts' actions on accounts are kept too
		assertThat(analyst.get("/fichiers").body()).contains("Compte créé", "Compte désactivé", "Nouveau mot de passe",
				"occitanie-1");
		assertThat(this.jdbc.queryForObject("select password from network_account where login = 'occitanie-1'",
				String.class)).startsWith("{bcrypt}").doesNotContain(renewed);
	}

	/** A pole CRESS Normandie's files describe and none of Coorace's. */
	private String normandieOnlyPole() {
		return this.jdbc.queryForObject("""
				select p.id from pole p where not exists (select 1 from pole_record r join source_file f on f.id = r.file_id
				                                          where r.pole_id = p.id and f.network = 'Coorace')
				  and exists (select 1 from pole_record r join source_file f on f.id = r.file_id
				              where r.pole_id = p.id and f.network = 'CRESS Normandie') order by p.id limit 1""",
				String.class);
	}

	/** Waits for the imports an upload started to end: the other tests read a database nobody writes. */
	private void awaitNoRun() throws InterruptedException {
		for (int i = 0; i < 300 && this.jdbc.queryForObject("""
				select count(*) from batch_job_execution where status in ('STARTING', 'STARTED', 'STOPPING')""",
				Integer.class) > 0; i++) {
			Thread.sleep(100);
		}
	}

	private static String shownPassword(String page) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("affiché cette fois seulement : ([0-9a-f]{18})")
			.matcher(page);
		assertThat(matcher.find()).as("a password shown once").isTrue();
		return matcher.group(1);
	}

	@Test
	void aLoginBothConfiguredAndStoredStopsTheStartSayingWhich(@Autowired SourceProfiles profiles,
			@Autowired StoredNetworkAccounts stored) {
		this.jdbc.update("""
				insert into network_account (login, password, network, created_by) values ('coorace', '{noop}x', 'coorace',
				'test')""");
		try {
			assertThatThrownBy(() -> new SecurityConfiguration().accounts(this.properties,
					org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder(),
					profiles, new LoginAttempts(java.time.Clock.systemUTC()), stored))
				.hasMessageContaining("Compte « coorace » défini deux fois");
		}
		finally {
			this.jdbc.update("delete from network_account where login = 'coorace'");
		}
	}

	@Test
	void anAccountThatNamesNoNetworkOrMixesRolesStopsTheStartSayingWhich() {
		SourceProfiles profiles = SourceProfiles.load(Path.of("jobs/sources"));
		assertThatThrownBy(() -> NetworkAccounts.check(new ObservatoryProperties.User("fantome", "{noop}x",
				List.of("RESEAU"), "reseau-fantome"), profiles))
			.hasMessageContaining("Compte « fantome » : réseau inconnu (« reseau-fantome »)");
		assertThatThrownBy(() -> NetworkAccounts.check(new ObservatoryProperties.User("double", "{noop}x",
				List.of("RESEAU", "ANALYST"), "coorace"), profiles))
			.hasMessageContaining("Compte « double » : le rôle RESEAU ne se combine avec aucun autre");
		assertThatThrownBy(() -> NetworkAccounts.check(new ObservatoryProperties.User("analyste2", "{noop}x",
				List.of("ANALYST"), "coorace"), profiles))
			.hasMessageContaining("seul un compte de rôle RESEAU a un réseau");
		NetworkAccounts.check(new ObservatoryProperties.User("rtes", "{noop}x", List.of("RESEAU"), "RTES"), profiles);
	}

	private WebClient loggedIn(String user, String password) throws Exception {
		WebClient browser = WebClient.browser(this.port);
		HttpResponse<String> login = browser.login(user, password);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/reseau"));
		return browser;
	}

}
