package fr.ptce.observatory.ingestion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.operations.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile files in one inbox with a good network file: the nightly import completes, each hostile file gets
 * its verdict, and the good file is imported as if it were alone.
 */
@SpringBootTest
class HostileInboxTest {

	@Autowired
	Runs runs;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path inbox;

	@Test
	void hostileFilesGetTheirVerdictAndTheOthersGoOn() throws Exception {
		TestDatabase.empty(this.jdbc);
		Map<String, Path> hostile = HostileFiles.crafted(Files.createDirectories(this.inbox.resolve("divers")));
		HostileFiles.mutations(List.of(Path.of("input-samples/labo-ess/recensement-national-ptce-2025.xlsx"),
				Path.of("input-samples/coorace/coorace-ptce-siae-2025.csv")), this.inbox.resolve("divers"), 3, 10);
		Path good = this.inbox.resolve("cress-normandie/ptce-normandie-2025.xlsx");
		Files.createDirectories(good.getParent());
		Files.copy(Path.of("input-samples/cress-normandie/ptce-normandie-2025.xlsx"), good);

		assertThat(this.runs.importInbox(this.inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);

		assertThat(this.jdbc.queryForList("select status from source_file where name = 'cress-normandie/ptce-normandie-2025.xlsx'",
				String.class)).containsExactly("IMPORTED");
		assertThat(this.jdbc.queryForObject("""
				select rows_read from source_file where name = 'cress-normandie/ptce-normandie-2025.xlsx'""", Integer.class))
			.isEqualTo(12);
		assertThat(this.jdbc.queryForObject("select count(*) from source_file", Integer.class))
			.isEqualTo(1 + hostile.size() + 10);
		assertThat(this.jdbc.queryForList("select status from source_file", String.class))
			.allMatch(status -> status.equals("IMPORTED") || status.equals("REJECTED"));
		assertThat(this.jdbc.queryForList("select verdict from source_file", String.class)).doesNotContainNull();
		assertThat(this.jdbc.queryForList("select verdict from source_file where name = 'divers/bombe-zip.xlsx'",
				String.class)).singleElement().asString().contains("bombe de décompression");
	}

	@Test
	void cellsWithBackslashesTabsAndLineBreaksAreStoredAsRead() throws Exception {
		TestDatabase.empty(this.jdbc);
		String name = "Pôle \\ « A\tB »\nsur deux lignes\r\n\\N";
		Path file = this.inbox.resolve("reseau/poles-2025.xlsx");
		Files.createDirectories(file.getParent());
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = Files.newOutputStream(file)) {
			var sheet = workbook.createSheet("Pôles");
			sheet.createRow(0).createCell(0).setCellValue("Nom du pôle");
			sheet.getRow(0).createCell(1).setCellValue("Code postal");
			sheet.createRow(1).createCell(0).setCellValue(name);
			sheet.getRow(1).createCell(1).setCellValue("75011");
			workbook.write(out);
		}

		this.runs.importInbox(this.inbox);

		assertThat(this.jdbc.queryForObject("select cells->>'Nom du pôle' from raw_row", String.class)).isEqualTo(name);
	}

}
