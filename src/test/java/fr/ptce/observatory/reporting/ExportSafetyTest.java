package fr.ptce.observatory.reporting;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.resolution.MatchingSettings;
import fr.ptce.observatory.resolution.ResolutionCounts;
import fr.ptce.observatory.shared.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A value that a spreadsheet would run as a formula never leaves as one, in CSV or XLSX.
 */
class ExportSafetyTest {

	static final String FORMULA = "=HYPERLINK(\"http://example.invalid\";\"clic\")";

	@TempDir
	Path folder;

	final ReportData data = new ReportData(2025, 1, OffsetDateTime.now(), "test",
			List.of(new IndicatorValue(Indicator.FORME_JURIDIQUE, "+SUM(A1:A9)", BigDecimal.ONE, 1)),
			List.of(new ReportData.PublicPole("PTCE-000001", FORMULA, "@SIGLE", "-porteur", null, null, null, null, null,
					null, 2020, "actif", null)),
			List.of(), new ReportData.Method(MatchingSettings.bundled(), new ResolutionCounts.Counts(Map.of(), 0, 0, 0)));

	@Test
	void csvCellsStartingLikeAFormulaAreQuoted() throws Exception {
		OpenDataCsv.writePoles(this.data, this.folder.resolve("poles.csv"));
		OpenDataCsv.writeIndicators(this.data, this.folder.resolve("indicateurs.csv"));

		String poles = Files.readString(this.folder.resolve("poles.csv"), StandardCharsets.UTF_8);
		assertThat(poles).contains("'=HYPERLINK", "'@SIGLE", "'-porteur").doesNotContain(",=HYPERLINK");
		assertThat(Files.readString(this.folder.resolve("indicateurs.csv"))).contains("'+SUM(A1:A9)");
		assertThat(SafeCells.text("Pôle ordinaire")).isEqualTo("Pôle ordinaire");
	}

	@Test
	void xlsxCellsAreTextNeverFormulas() throws Exception {
		Path file = this.folder.resolve("indicateurs.xlsx");
		XlsxReport.write(this.data, file);

		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Cell name = workbook.getSheet(XlsxReport.POLES_SHEET).getRow(1).getCell(1);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo("'" + FORMULA);
			assertThat(workbook.getSheet(XlsxReport.POLES_SHEET).getRow(1)
				.getCell(ReportData.PublicPole.HEADERS.indexOf("annee_creation")).getNumericCellValue())
				.isEqualTo(2020.0);
		}
	}

}
