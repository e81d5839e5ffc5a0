package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report's tables as a workbook: one sheet per indicator and a sheet of poles (public fields), numbers
 * as numbers, frozen bold headers.
 */
final class XlsxReport {

	static final String POLES_SHEET = "Pôles";

	private XlsxReport() {
	}

	static void write(ReportData data, Path file) throws IOException {
		// streamed (SXSSF): a large year lists tens of thousands of poles
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, false, false);
				OutputStream out = Files.newOutputStream(file)) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("# ##0.##"));
			for (Map.Entry<Indicator, List<IndicatorValue>> entry : data.byIndicator().entrySet()) {
				Sheet sheet = workbook.createSheet(entry.getKey().code());
				headerRow(sheet, header, "Indicateur : " + entry.getKey().title(), "Valeur (" + entry.getKey().unit() + ")",
						"Couverture (pôles)");
				int rowIndex = 1;
				for (IndicatorValue value : entry.getValue()) {
					Row row = sheet.createRow(rowIndex++);
					row.createCell(0).setCellValue(SafeCells.text(value.dimension().isEmpty() ? "Ensemble" : value.dimension()));
					Cell number = row.createCell(1);
					number.setCellValue(value.value().doubleValue());
					number.setCellStyle(decimal);
					row.createCell(2).setCellValue(value.coverage());
				}
				sheet.setColumnWidth(0, 60 * 256);
				sheet.setColumnWidth(1, 22 * 256);
				sheet.setColumnWidth(2, 20 * 256);
			}
			Sheet poles = workbook.createSheet(POLES_SHEET);
			headerRow(poles, header, ReportData.PublicPole.HEADERS.toArray(String[]::new));
			int rowIndex = 1;
			for (ReportData.PublicPole pole : data.poles()) {
				Row row = poles.createRow(rowIndex++);
				List<Object> values = pole.values();
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					if (value instanceof Number number) {
						row.createCell(column).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						row.createCell(column).setCellValue(SafeCells.text(value.toString()));
					}
				}
			}
			for (int column = 0; column < ReportData.PublicPole.HEADERS.size(); column++) {
				poles.setColumnWidth(column, 24 * 256);
			}
			workbook.write(out);
		}
	}

	private static void headerRow(Sheet sheet, CellStyle style, String... titles) {
		Row row = sheet.createRow(0);
		for (int column = 0; column < titles.length; column++) {
			Cell cell = row.createCell(column);
			cell.setCellValue(titles[column]);
			cell.setCellStyle(style);
		}
		sheet.createFreezePane(0, 1);
	}

}
