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
		assertThat(normandie.get("/reseau").body()).contains("Fichier reçu : poles-2026.csv", "En attente de lecture",
				"poles-2026.csv");
		HttpResponse<String> wrongType = normandie.upload("/reseau/depot", "notes.docx", new byte[] { 1, 2 }, Map.of(),
				"/reseau");
		assertThat(wrongType.statusCode()).isEqualTo(302);
		assertThat(normandie.get("/reseau").body()).contains("Format non accepté (.docx)");
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
