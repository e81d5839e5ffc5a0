package fr.ptce.observatory.operations;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import fr.ptce.observatory.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reports kept private ({@code observatory.security.public-reports=false}): the home page shows their key figures
 * and charts only to an account that may read them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.security.public-reports=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivateReportsWebTest {

	@LocalServerPort
	int port;

	@Autowired
	Runs runs;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void importSamplesAndBuildTheReport() {
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(Path.of("input-samples"));
		this.runs.report(2025);
	}

	@Test
	void aVisitorSeesNeitherTheKeyFiguresNorTheChartsOfAPrivateReport() throws Exception {
		WebClient visitor = WebClient.browser(this.port);
		HttpResponse<String> home = visitor.get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Rapports annuels").doesNotContain("Chiffres clés", "key-figures", "<img");
		assertThat(visitor.get("/api/reports/2025/rapport.pdf").statusCode()).isEqualTo(401);

		WebClient reader = WebClient.browser(this.port);
		reader.login("lecteur", "lecteur-test");
		assertThat(reader.get("/").body()).contains("Chiffres clés 2025", "Pôles actifs en 2025", "<img",
				"carte-poles-par-million-habitants.png");
	}

}
