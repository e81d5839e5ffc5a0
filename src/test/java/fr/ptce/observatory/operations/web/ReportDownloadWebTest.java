package fr.ptce.observatory.operations.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import fr.ptce.observatory.operations.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page and the report downloads, over HTTP against the real server on a random port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDownloadWebTest {

	@LocalServerPort
	int port;

	@Autowired
	Runs runs;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	void importSamplesAndBuildTheReport() {
		this.jdbc.execute("truncate source_file, raw_row, pole, pole_record, pole_year, report, indicator_value cascade");
		this.runs.importInbox(Path.of("input-samples"));
		this.runs.report(2025);
	}

	@Test
	void theHomePageListsTheReportAndTheFilesVerdicts() throws Exception {
		HttpResponse<String> page = get("/", HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Rapports annuels", "href=\"/api/reports/2025/rapport.pdf\"",
				"cress-normandie/ptce-normandie-2025.xlsx", "1 en quarantaine");
	}

	@Test
	void theReportFilesDownloadWithTheirTypes() throws Exception {
		HttpResponse<byte[]> pdf = get("/api/reports/2025/rapport.pdf", HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("ptce-2025-rapport.pdf"));
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

		HttpResponse<String> csv = get("/api/reports/2025/poles.csv", HttpResponse.BodyHandlers.ofString());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("identifiant,nom,");

		HttpResponse<String> list = get("/api/reports", HttpResponse.BodyHandlers.ofString());
		assertThat(list.body()).contains("\"year\":2025", "indicateurs.xlsx");
	}

	@Test
	void onlyTheReportsOwnFilesCanBeDownloaded() throws Exception {
		assertThat(get("/api/reports/2025/inconnu.pdf", HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(404);
		assertThat(get("/api/reports/1999/rapport.pdf", HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(404);
		assertThat(get("/api/reports/2025/..%2F..%2F..%2Fpom.xml", HttpResponse.BodyHandlers.ofString()).statusCode())
			.isIn(400, 404);
	}

	private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(), body);
	}

}
