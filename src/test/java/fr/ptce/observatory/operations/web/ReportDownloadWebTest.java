package fr.ptce.observatory.operations.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.operations.Runs;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(Path.of("input-samples"));
		this.runs.report(2025);
	}

	@Test
	void theHomePageListsTheReportAndTheFilesVerdictsToAnalystsOnly() throws Exception {
		HttpResponse<String> visitor = this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port
				+ "/")).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(visitor.statusCode()).isEqualTo(200);
		assertThat(visitor.body()).contains("Rapports annuels", "href=\"/api/reports/2025/rapport.pdf\"")
			.doesNotContain("cress-normandie/ptce-normandie-2025.xlsx", "2 en quarantaine");
		assertThat(get("/", HttpResponse.BodyHandlers.ofString()).body()).as("an analyst's home page")
			.contains("cress-normandie/ptce-normandie-2025.xlsx", "2 en quarantaine");
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
		assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type.toLowerCase(java.util.Locale.ROOT)).isEqualTo("text/csv;charset=utf-8"));

		HttpResponse<String> list = get("/api/reports", HttpResponse.BodyHandlers.ofString());
		assertThat(list.body()).contains("\"year\":2025", "indicateurs.xlsx");
	}

	@Test
	void eachFileHasAFeedbackWorkbookForItsNetwork() throws Exception {
		long fileId = this.jdbc.queryForObject("select id from source_file where name like 'cress-normandie/%'",
				Long.class);

		HttpResponse<byte[]> response = get("/api/files/" + fileId + "/retour.xlsx",
				HttpResponse.BodyHandlers.ofByteArray());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				value -> assertThat(value).contains("retour-ptce-normandie-2025.xlsx"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Sheet summary = workbook.getSheet("Synthèse");
			assertThat(cellTexts(summary)).contains("CRESS Normandie", "Remarques CRESS",
					"non reconnue (conservée, non interprétée)", "Pourquoi");
			assertThat(cellTexts(summary)).as("why each column was taken for its field")
				.anyMatch(text -> text.startsWith("en-tête connu"));
			Sheet rows = workbook.getSheet("Lignes");
			List<String> headers = texts(rows.getRow(0));
			Row quarantined = findRow(rows, 10);
			assertThat(quarantined.getCell(1).getStringCellValue()).isEqualTo("En quarantaine");
			assertThat(quarantined.getCell(3).getStringCellValue()).isEqualTo("Nom du pôle absent.");
			assertThat(quarantined.getCell(1).getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.ROSE.getIndex());
			Row cotentin = findRow(rows, 9);
			Cell creationYear = cotentin.getCell(headers.indexOf("Année de création"));
			assertThat(creationYear.getStringCellValue()).isEqualTo("2099");
			assertThat(creationYear.getCellStyle().getFillForegroundColor())
				.isEqualTo(IndexedColors.LIGHT_ORANGE.getIndex());
			assertThat(cotentin.getCell(3).getStringCellValue()).contains("Année de création « 2099 » invalide");
			Row bray = findRow(rows, 5);
			assertThat(bray.getCell(headers.indexOf("Courriel")).getStringCellValue()).isEqualTo("(masqué)");
			assertThat(bray.getCell(2).getStringCellValue()).startsWith("PTCE-");
			Sheet members = workbook.getSheet("Membres");
			assertThat(findRow(members, 2).getCell(1).getStringCellValue()).isEqualTo("Rattaché à son pôle");
			assertThat(findRow(members, 6).getCell(3).getStringCellValue()).startsWith("Pôle « PTCE Inconnu » introuvable");
		}
		assertThat(get("/api/files/999999/retour.xlsx", HttpResponse.BodyHandlers.discarding()).statusCode())
			.isEqualTo(404);
		assertThat(get("/api/files", HttpResponse.BodyHandlers.ofString()).body()).contains("\"rows_quarantined\":2");
	}

	private static Row findRow(Sheet sheet, int excelRow) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && row.getCell(0).getNumericCellValue() == excelRow) {
				return row;
			}
		}
		throw new AssertionError("no row " + excelRow);
	}

	private static List<String> texts(Row row) {
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(cell.toString()));
		return texts;
	}

	private static List<String> cellTexts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		sheet.forEach(row -> texts.addAll(texts(row)));
		return texts;
	}

	@Test
	void rebuildingAReportKeepsThePreviousVersionDownloadable() throws Exception {
		long first = this.jdbc.queryForObject("select max(id) from report where year = 2025", Long.class);
		byte[] firstPdf = get("/api/reports/2025/rapport.pdf", HttpResponse.BodyHandlers.ofByteArray()).body();

		this.runs.report(2025);

		long second = this.jdbc.queryForObject("select max(id) from report where year = 2025", Long.class);
		assertThat(second).isGreaterThan(first);
		assertThat(get("/api/reports/2025/versions", HttpResponse.BodyHandlers.ofString()).body())
			.contains("\"reportId\":" + second, "\"reportId\":" + first);
		HttpResponse<byte[]> previous = get("/api/reports/2025/versions/" + first + "/rapport.pdf",
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(previous.statusCode()).isEqualTo(200);
		assertThat(previous.body()).isEqualTo(firstPdf);
		assertThat(get("/api/reports/2025/versions/" + first + "/..%2Frapport.pdf",
				HttpResponse.BodyHandlers.discarding()).statusCode()).isIn(400, 404);
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

	/** A GET as the analyst of the test accounts: files and their feedback are not public. */
	private <T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body) throws Exception {
		String basic = java.util.Base64.getEncoder().encodeToString("analyste:analyste-test".getBytes());
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Basic " + basic)
			.build(), body);
	}

}
