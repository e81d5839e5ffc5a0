package fr.ptce.observatory.operations;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.shared.ObservatoryProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations of the observatory over HTTP against the real server: who may do what, runs started,
 * refused while one is in progress, restarted after a failure; the login form and uploads with CSRF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsWebTest {


	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RunLock lock;

	@Autowired
	ObservatoryProperties properties;

	WebClient anonymous;

	WebClient viewer;

	WebClient analyst;

	WebClient admin;

	@BeforeEach
	void clients() throws Exception {
		this.anonymous = WebClient.browser(this.port);
		this.viewer = WebClient.api(this.port, "lecteur", "lecteur-test");
		this.analyst = WebClient.api(this.port, "analyste", "analyste-test");
		this.admin = WebClient.api(this.port, "admin", "admin-test");
		Path inbox = this.properties.inbox();
		Files.createDirectories(inbox);
	}

	@Test
	void eachRoleMayDoWhatItsRoleAllowsAndNothingMore() throws Exception {
		assertThat(this.anonymous.get("/").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.get("/api/reports").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.get("/api/runs").statusCode()).isEqualTo(401);
		// refusals are problem+json in French like every API error, with the HTTP basic challenge
		HttpResponse<String> noCredentials = this.anonymous.get("/api/runs");
		assertThat(noCredentials.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(noCredentials.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Observatoire des PTCE\"");
		assertThat(noCredentials.body()).contains("\"title\":\"Identifiants requis\"", "\"status\":401");
		HttpResponse<String> wrongPassword = WebClient.api(this.port, "analyste", "faux").get("/api/runs");
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Observatoire des PTCE\"");
		assertThat(wrongPassword.body()).contains("Identifiants requis");
		HttpResponse<String> wrongRole = this.viewer.get("/api/runs");
		assertThat(wrongRole.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrongRole.body()).contains("\"title\":\"Rôle insuffisant\"", "\"status\":403", "/api/runs");
		assertThat(this.anonymous.get("/executions").statusCode()).isEqualTo(302);
		assertThat(this.viewer.get("/api/reports").statusCode()).isEqualTo(200);
		assertThat(this.viewer.get("/api/runs").statusCode()).isEqualTo(403);
		assertThat(this.viewer.get("/api/files").statusCode()).isEqualTo(403);
		assertThat(this.viewer.postJson("/api/runs/import", "{}").statusCode()).isEqualTo(403);
		assertThat(this.analyst.get("/api/runs").statusCode()).isEqualTo(200);
		assertThat(this.analyst.get("/api/files").statusCode()).isEqualTo(200);
		assertThat(this.analyst.get("/actuator/metrics").statusCode()).isEqualTo(403);
		assertThat(this.admin.get("/actuator/metrics").statusCode()).isEqualTo(200);
		assertThat(this.admin.get("/api/runs").statusCode()).isEqualTo(200);
		assertThat(this.anonymous.get("/actuator/health").body()).contains("\"db\":{\"status\":\"UP\"}")
			.doesNotContain("PostgreSQL");
		assertThat(this.admin.get("/actuator/health").body()).contains("\"database\":\"PostgreSQL\"");
		assertThat(this.anonymous.get("/v3/api-docs").body()).contains("/api/runs/import", "/api/reports/{year}/{file}",
				"/api/poles", "\"title\":\"API de l'Observatoire national des PTCE\"", "\"scheme\":\"basic\"",
				"problem+json").doesNotContain("OpenAPI definition", "\"version\":\"v0\"");
		String apiDocs = this.anonymous.get("/v3/api-docs").body();
		// each operation says what it does in French and which errors it answers, as problem+json
		assertThat(apiDocs).contains("\"summary\":\"Lancer l'import : nouveaux fichiers, un fichier ou un réseau\"",
				"\"409\":{\"description\":\"Impossible dans l'état actuel", "\"404\":{\"description\":\"Introuvable",
				"\"401\":{\"description\":\"Identifiants absents", "#/components/schemas/Probleme")
			.doesNotContain("\"description\":\"OK\"", "Internal Server Error", "\"description\":\"Bad Request\"");
		// a new endpoint without its French summary fails here (the summaries are kept by method and path)
		tools.jackson.databind.JsonNode paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(apiDocs)
			.get("paths");
		List<String> withoutSummary = new java.util.ArrayList<>();
		for (String path : paths.propertyNames()) {
			for (String method : paths.get(path).propertyNames()) {
				if (!paths.get(path).get(method).has("summary")) {
					withoutSummary.add(method + " " + path);
				}
			}
		}
		assertThat(withoutSummary).isEmpty();
		assertThat(paths.size()).isGreaterThan(20);
	}

	@Test
	void anAnalystStartsAnImportAndFollowsItToTheEnd() throws Exception {
		HttpResponse<String> started = this.analyst.postJson("/api/runs/import", "{}");

		assertThat(started.statusCode()).isEqualTo(202);
		long id = WebClient.executionId(started);
		assertThat(this.analyst.awaitRunEnd(id)).isEqualTo("COMPLETED");
		assertThat(this.analyst.get("/api/runs/" + id).body()).contains("\"job\":\"import\"", "\"name\":\"discoverFiles\"");
	}

	@Test
	void aRunningStepShowsHowFarItHasGoneInFrench() throws Exception {
		Path load = this.properties.inbox().resolve("charge");
		fr.ptce.observatory.bench.LoadFiles.write(load, 4, 3_000, 3);
		long id = WebClient.executionId(this.analyst.postJson("/api/runs/import", "{}"));

		// polled while the import runs: some step reports its progress, with its French name and unit
		Pattern progress = Pattern.compile("\"label\":\"([^\"]+)\",\"status\":\"STARTED\"[^}]*\"progress\":\\{"
				+ "\"done\":(\\d+),\"total\":(\\d+),\"unit\":\"([^\"]+)\",\"percent\":(\\d+)");
		java.util.Set<String> seen = new java.util.TreeSet<>();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			String body = this.analyst.get("/api/runs/" + id).body();
			Matcher matcher = progress.matcher(body);
			while (matcher.find()) {
				long done = Long.parseLong(matcher.group(2));
				long total = Long.parseLong(matcher.group(3));
				assertThat(total).isPositive();
				assertThat(Integer.parseInt(matcher.group(5))).isEqualTo((int) Math.floor(100.0 * Math.min(done, total) / total));
				seen.add(matcher.group(1) + " (" + matcher.group(4) + ")");
			}
			if (!body.contains("\"status\":\"STARTED\"")) {
				break;
			}
			Thread.sleep(50);
		}
		assertThat(this.analyst.awaitRunEnd(id)).isEqualTo("COMPLETED");
		org.springframework.util.FileSystemUtils.deleteRecursively(load);
		assertThat(seen).as("steps seen in progress").isNotEmpty()
			.allMatch(step -> step.matches("(Lecture des fichiers \\(fichiers\\)|Normalisation des lignes \\(lignes\\)"
					+ "|Résolution des pôles \\((fiches de pôles|lignes de membres)\\))"));
		assertThat(this.analyst.get("/api/runs/" + id).body()).doesNotContain("\"progress\":{")
			.contains("\"label\":\"Lecture des fichiers\"");
	}

	@Test
	void aSecondStartWhileARunIsInProgressIsRefusedWith409() throws Exception {
		try (RunLock.Held running = this.lock.tryLock("import").orElseThrow()) {
			HttpResponse<String> refused = this.analyst.postJson("/api/runs/import", "{}");

			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.body()).contains("est déjà en cours");
		}
		assertThat(this.analyst.postJson("/api/runs/import", "{}").statusCode()).isEqualTo(202);
	}

	@Test
	void aFailedReportIsRestartedFromWhereItStoppedOnceTheCauseIsFixed() throws Exception {
		Path reports = this.properties.reportsDir().toAbsolutePath();
		Files.createDirectories(reports);
		Path blocker = reports.resolve("1999");
		Files.deleteIfExists(blocker);
		Files.writeString(blocker, "un fichier là où le dossier du rapport doit être");

		long failed = WebClient.executionId(this.analyst.postJson("/api/runs/report", "{\"year\": 1999}"));
		assertThat(this.analyst.awaitRunEnd(failed)).isEqualTo("FAILED");
		assertThat(this.analyst.get("/api/runs/" + failed).body()).contains("n'a pas pu être écrit");

		Files.delete(blocker);
		HttpResponse<String> restarted = this.analyst.postJson("/api/runs/" + failed + "/restart", "");
		assertThat(restarted.statusCode()).isEqualTo(202);
		assertThat(this.analyst.awaitRunEnd(WebClient.executionId(restarted))).isEqualTo("COMPLETED");
		assertThat(this.anonymous.get("/api/reports/1999/rapport.pdf").statusCode()).isEqualTo(200);
		// a finished run can be neither restarted nor stopped: a conflict with its state, said in French
		long completed = WebClient.executionId(restarted);
		HttpResponse<String> again = this.analyst.postJson("/api/runs/" + completed + "/restart", "");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(again.body()).contains("COMPLETED").contains("seule une exécution en échec ou arrêtée");
		HttpResponse<String> stopped = this.analyst.postJson("/api/runs/" + completed + "/stop", "");
		assertThat(stopped.statusCode()).isEqualTo(409);
		assertThat(stopped.body()).contains("n'est pas en cours");
	}

	@Test
	void anUnknownRunIsNotFoundWhateverIsAskedOfIt() throws Exception {
		for (HttpResponse<String> response : java.util.List.of(this.analyst.get("/api/runs/987654"),
				this.analyst.postJson("/api/runs/987654/restart", ""), this.analyst.postJson("/api/runs/987654/stop", ""))) {
			assertThat(response.statusCode()).isEqualTo(404);
		}
		HttpResponse<String> restart = this.analyst.postJson("/api/runs/987654/restart", "");
		assertThat(restart.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(restart.body()).contains("\"title\":\"Introuvable\"").contains("Exécution n° 987654 inconnue.");
		HttpResponse<String> unknownPage = this.analyst.page("/pages-qui-n-existe-pas");
		assertThat(unknownPage.statusCode()).isEqualTo(404);
		assertThat(unknownPage.body()).contains("Page introuvable", "/pages-qui-n-existe-pas", "Retour à l'accueil")
			.doesNotContain("Whitelabel", "Not Found", "There was an unexpected error");
		HttpResponse<String> unknownApi = this.analyst.get("/api/nimporte-quoi");
		assertThat(unknownApi.statusCode()).isEqualTo(404);
		assertThat(unknownApi.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(unknownApi.body()).contains("\"title\":\"Introuvable\"", "Rien ne répond à l'adresse /api/nimporte-quoi.")
			.doesNotContain("No static resource");
		HttpResponse<String> badPage = this.analyst.get("/api/poles?taille=0");
		assertThat(badPage.statusCode()).isEqualTo(400);
		assertThat(badPage.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(badPage.body()).contains("taille de 1 à 500");
		HttpResponse<String> badYear = this.analyst.postJson("/api/runs/report", "{\"year\": 1800}");
		assertThat(badYear.statusCode()).isEqualTo(400);
		assertThat(badYear.body()).contains("Demande invalide").contains("Année invalide");
	}

	@Test
	void anUploadWithoutCredentialsIsAskedToLogInNotRefusedForItsToken() throws Exception {
		byte[] csv = "Nom du pôle\nPTCE Anonyme\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		HttpResponse<String> api = WebClient.browser(this.port).upload("/api/files", "poles.csv", csv, Map.of(), null);
		assertThat(api.statusCode()).isEqualTo(401);
		assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Basic"));
		HttpResponse<String> page = WebClient.browser(this.port).upload("/depot", "poles.csv", csv, Map.of(), null);
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(this.properties.inbox().resolve("poles.csv")).doesNotExist();
		// CSRF stays checked: a log-in posted from elsewhere, without the form's token, logs nobody in
		WebClient forged = WebClient.browser(this.port);
		HttpResponse<String> login = forged.postForm("/login", Map.of("username", "analyste", "password",
				"analyste-test"), null);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
		assertThat(forged.get("/executions").statusCode()).isEqualTo(302);
	}

	@Test
	void theLoginFormAndTheUploadFormCarryACsrfToken() throws Exception {
		WebClient browser = WebClient.browser(this.port);
		assertThat(browser.postForm("/login", Map.of("username", "analyste", "password", "faux"), "/login")
			.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("error"));
		HttpResponse<String> login = browser.login("analyste", "analyste-test");
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(browser.get("/executions").statusCode()).isEqualTo(200);

		byte[] csv = "Nom du pôle;Code postal\nPTCE Déposé;76220\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(browser.upload("/depot", "sans-jeton.csv", csv, Map.of(), null).statusCode()).isEqualTo(403);
		// the network as its profile names it, or its folder: the same network
		HttpResponse<String> uploaded = browser.upload("/depot", "Pôles déposés 2025.csv", csv,
				Map.of("reseau", "Coorace"), "/depot");
		assertThat(uploaded.statusCode()).isEqualTo(302);
		assertThat(this.properties.inbox().resolve("coorace/poles-deposes-2025.csv")).exists();
		assertThat(browser.get("/depot").body()).contains("Fichier déposé : coorace/poles-deposes-2025.csv");
	}

	@Test
	void aNetworkToImportAgainIsNamedAsItsProfileOrFolderAndAnUnknownOneIsRefused() throws Exception {
		HttpResponse<String> unknown = this.analyst.postJson("/api/runs/import", "{\"network\": \"Réseau fantôme\"}");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("Réseau inconnu : Réseau fantôme.");
		HttpResponse<String> unknownUpload = this.analyst.upload("/api/files", "poles.csv",
				"Nom du pôle\nA\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of("reseau", "fantome"), null);
		assertThat(unknownUpload.statusCode()).isEqualTo(400);
		assertThat(unknownUpload.body()).contains("Réseau inconnu : fantome.");
	}

	@Test
	void theUploadApiChecksTheFilesTypeAndContent() throws Exception {
		HttpResponse<String> wrongType = this.analyst.upload("/api/files", "notes.docx", new byte[] { 1, 2 }, Map.of(),
				null);
		assertThat(wrongType.statusCode()).isEqualTo(400);
		assertThat(wrongType.body()).contains("Format non accepté");
		HttpResponse<String> textAsXlsx = this.analyst.upload("/api/files", "faux.xlsx", "a;b".getBytes(), Map.of(),
				null);
		assertThat(textAsXlsx.statusCode()).isEqualTo(400);
		assertThat(textAsXlsx.body()).contains("ne correspond pas à son extension");
		HttpResponse<String> traversal = this.analyst.upload("/api/files", "../../evil.csv", "Nom du pôle\nA\n".getBytes(),
				Map.of(), null);
		assertThat(traversal.statusCode()).isEqualTo(201);
		assertThat(traversal.body()).contains("\"fichier\":\"evil.csv\"");
		assertThat(this.properties.inbox().resolve("evil.csv")).exists();
	}

}
