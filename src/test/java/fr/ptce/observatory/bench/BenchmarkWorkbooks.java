package fr.ptce.observatory.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.samples.SampleSirets;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a large network workbook for benchmarks: one sheet {@code Pôles} with the national template's
 * headers (15 columns), shared strings as Excel writes them, numbers, dates and text. Run it with a large
 * heap: {@code java -Xmx2g ... BenchmarkWorkbooks FILE ROWS}.
 */
public final class BenchmarkWorkbooks {

	static final Field[] COLUMNS = { Field.NAME, Field.ACRONYM, Field.CARRIER_NAME, Field.SIRET, Field.LEGAL_FORM,
			Field.ADDRESS, Field.POSTAL_CODE, Field.COMMUNE, Field.DEPARTEMENT, Field.REGION, Field.CREATION_YEAR,
			Field.STATUS, Field.JOBS_CREATED, Field.BUDGET, Field.WEBSITE };

	private static final String[] FORMS = { "Association", "SCIC", "SCOP", "GIE", "Sans structure juridique" };

	private static final String[] STATUSES = { "actif", "émergent", "en sommeil", "dissous" };

	private BenchmarkWorkbooks() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]);
		int rows = Integer.parseInt(args[1]);
		long start = System.nanoTime();
		write(file, rows);
		System.out.printf("wrote %,d rows x %d columns to %s (%.1f MB) in %.1f s%n", rows, COLUMNS.length, file,
				Files.size(file) / 1e6, (System.nanoTime() - start) / 1e9);
	}

	static void write(Path file, int rows) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Random random = new Random(42);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 500, true, true);
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("Pôles");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			for (int column = 0; column < COLUMNS.length; column++) {
				header.createCell(column).setCellValue(COLUMNS[column].templateHeader());
			}
			for (int index = 1; index <= rows; index++) {
				Row row = sheet.createRow(index);
				int departement = 1 + random.nextInt(95);
				row.createCell(0).setCellValue("PTCE Territoire " + index);
				row.createCell(1).setCellValue("PT" + index);
				row.createCell(2).setCellValue("Association porteuse " + index);
				row.createCell(3).setCellValue(SampleSirets.siret(String.format("%09d%04d", 100_000_000 + index, 1)));
				row.createCell(4).setCellValue(FORMS[random.nextInt(FORMS.length)]);
				row.createCell(5).setCellValue(index + " rue de la Coopération");
				row.createCell(6).setCellValue(String.format("%02d%03d", departement == 20 ? 21 : departement, 100));
				row.createCell(7).setCellValue("Commune " + (index % 5_000));
				row.createCell(8).setCellValue(String.format("%02d", departement == 20 ? 21 : departement));
				row.createCell(9).setCellValue("Région " + (departement % 13));
				row.createCell(10).setCellValue(LocalDate.of(2000 + random.nextInt(25), 1 + random.nextInt(12), 1));
				row.getCell(10).setCellStyle(date);
				row.createCell(11).setCellValue(STATUSES[random.nextInt(STATUSES.length)]);
				row.createCell(12).setCellValue(random.nextInt(50));
				row.createCell(13).setCellValue(10_000 + random.nextInt(500_000) + 0.5);
				row.createCell(14).setCellValue("https://pole-" + index + ".example.fr");
			}
			workbook.write(out);
		}
	}

}
