package fr.ptce.observatory.operations;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.shared.ObservatoryProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A network's first file, read without a profile: the observatory proposes a profile from its reading (columns,
 * fields and why), the analyst corrects and accepts it over HTTP, it is saved in {@code jobs/sources/} (here a
 * copy of the project's {@code jobs/}), applied without a restart, and the file is read again with it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProposedProfileWebTest {

	static final Path JOBS = Path.of("target/test-jobs").toAbsolutePath();

	static final String FILE = "nouveau-reseau/ptce-2025.xlsx";

	@DynamicPropertySource
	static void jobsCopy(DynamicPropertyRegistry registry) throws Exception {
		FileSystemUtils.deleteRecursively(JOBS);
		FileSystemUtils.copyRecursively(Path.of("jobs"), JOBS);
		registry.add("observatory.jobs-dir", JOBS::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Runs runs;

	@Autowired
	RunLock lock;

	@Autowired
	ObservatoryProperties properties;

	WebClient analyst;

	@BeforeEach
	void emptyDatabase() throws Exception {
		TestDatabase.empty(this.jdbc);
		this.analyst = WebClient.api(this.port, "analyste", "analyste-test");
		Path file = this.properties.inbox().resolve(FILE);
		Files.createDirectories(file.getParent());
		Files.copy(Path.of("input-samples/cress-normandie/ptce-normandie-2025.xlsx"), file,
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		this.runs.importInbox(this.properties.inbox());
	}

	@Test
	void aProposedProfileIsCorrectedAcceptedSavedAndTheFileReadAgainWithIt() throws Exception {
		long id = this.jdbc.queryForObject("select id from source_file where name = ?", Long.class, FILE);
		assertThat(this.jdbc.queryForObject("select network from source_file where id = ?", String.class, id)).isNull();

		HttpResponse<String> proposal = this.analyst.get("/api/files/" + id + "/profil");
		assertThat(proposal.statusCode()).isEqualTo(200);
		assertThat(proposal.body()).contains("dossier: \"nouveau-reseau\"", "colonnes:", ": \"Nom du pôle\"",
				"# en-tête connu");
		assertThat(this.analyst.get("/fichiers").body()).contains("/fichiers/" + id + "/profil");

		HttpResponse<String> wrong = this.analyst.post("/api/files/" + id + "/profil?nom=nouveau-reseau",
				"application/yaml", proposal.body() + "couleur: bleue\n");
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("jobs/sources/nouveau-reseau.yml, ligne").contains("clé « couleur » inconnue");
		assertThat(JOBS.resolve("sources/nouveau-reseau.yml")).doesNotExist();

		String corrected = proposal.body().replace("reseau: \"nouveau-reseau\"", "reseau: \"Réseau nouveau\"")
			.replace("# \"Remarques CRESS\": non reconnue ; la nommer ici pour la lire", "\"Remarques CRESS\": \"Filières\"");
		try (RunLock.Held nightly = this.lock.tryLock(ImportJobConfiguration.JOB_NAME).orElseThrow()) {
			HttpResponse<String> duringARun = this.analyst.post("/api/files/" + id + "/profil?nom=nouveau-reseau",
					"application/yaml", corrected);
			assertThat(duringARun.statusCode()).isEqualTo(409);
			assertThat(JOBS.resolve("sources/nouveau-reseau.yml")).as("nothing saved while a run holds the lock")
				.doesNotExist();
		}
		HttpResponse<String> accepted = this.analyst.post("/api/files/" + id + "/profil?nom=nouveau-reseau",
				"application/yaml", corrected);
		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(this.analyst.awaitRunEnd(WebClient.executionId(accepted))).isEqualTo("COMPLETED");

		assertThat(Files.readString(JOBS.resolve("sources/nouveau-reseau.yml"))).isEqualTo(corrected);
		assertThat(this.jdbc.queryForMap("select network, profile, status from source_file where id = ?", id))
			.containsEntry("network", "Réseau nouveau")
			.containsEntry("profile", "nouveau-reseau")
			.containsEntry("status", "IMPORTED");
		assertThat(this.jdbc.queryForObject("select columns ->> 'Remarques CRESS' from source_file where id = ?",
				String.class, id)).as("the file read again with the accepted profile").isEqualTo("SECTORS");
	}


	@Test
	void aFileRefusedForWantOfAHeaderGetsAProposalToNameItsColumns() throws Exception {
		Path file = this.properties.inbox().resolve("reseau-inconnu/liste-2025.xlsx");
		Files.createDirectories(file.getParent());
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Pôles");
			String[][] rows = { { "Truc", "Machin", "Bidule" }, { "1", "Fabrique des Communs de Vierzon", "Vierzon" },
					{ "2", "Atelier Solidaire du Sancerrois", "Sancerre" } };
			for (int r = 0; r < rows.length; r++) {
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			try (java.io.OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		this.runs.importInbox(this.properties.inbox());
		long id = this.jdbc.queryForObject("select id from source_file where name = ?", Long.class,
				"reseau-inconnu/liste-2025.xlsx");
		assertThat(this.jdbc.queryForObject("select status from source_file where id = ?", String.class, id))
			.isEqualTo("REJECTED");

		String proposal = this.analyst.get("/api/files/" + id + "/profil").body();
		assertThat(proposal).contains("feuille: \"Pôles\"", "ligne-entete: 1",
				"# \"Machin\": non reconnue ; la nommer ici pour la lire (au moins « Nom du pôle »)");
		String named = proposal.replace("# \"Machin\": non reconnue ; la nommer ici pour la lire (au moins « Nom du pôle »)",
				"\"Machin\": \"Nom du pôle\"")
			.replace("# \"Bidule\": non reconnue ; la nommer ici pour la lire (au moins « Nom du pôle »)",
					"\"Bidule\": \"Commune\"");
		HttpResponse<String> accepted = this.analyst.post("/api/files/" + id + "/profil?nom=reseau-inconnu",
				"application/yaml", named);
		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(this.analyst.awaitRunEnd(WebClient.executionId(accepted))).isEqualTo("COMPLETED");

		assertThat(this.jdbc.queryForMap("select status, rows_accepted from source_file where id = ?", id))
			.containsEntry("status", "IMPORTED")
			.containsEntry("rows_accepted", 2);
	}

}
