package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** An .xlsx archive is read by its relationships, as the format defines it, and read even with a damaged end. */
class XlsxWorkbookTest {

	@TempDir
	Path folder;

	@Test
	void thePartsAreFoundByTheirRelationshipsWhereverTheArchiveKeepsThem() throws Exception {
		Path written = poles(this.folder.resolve("ecrit.xlsx"));
		// another writer's layout: the workbook, its sheet and its shared strings under other names, the sheet's
		// target going up a folder, the shared strings' target absolute and in another case than the entry
		Path file = this.folder.resolve("autre-disposition.xlsx");
		Map<String, String> moved = Map.of("xl/workbook.xml", "xl/classeur.xml", "xl/_rels/workbook.xml.rels",
				"xl/_rels/classeur.xml.rels", "xl/worksheets/sheet1.xml", "feuilles/poles.xml", "xl/sharedStrings.xml",
				"xl/textes/Partages.xml");
		try (ZipFile source = new ZipFile(written.toFile());
				ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry : Collections.list(source.entries())) {
				String content = new String(source.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
				if (entry.getName().equals("_rels/.rels")) {
					assertThat(content).contains("Target=\"xl/workbook.xml\"");
					content = content.replace("Target=\"xl/workbook.xml\"", "Target=\"xl/classeur.xml\"");
				}
				if (entry.getName().equals("xl/_rels/workbook.xml.rels")) {
					assertThat(content).contains("sheet1.xml\"").contains("sharedStrings.xml\"");
					content = content.replaceAll("Target=\"[^\"]*sheet1.xml\"", "Target=\"../feuilles/poles.xml\"")
						.replaceAll("Target=\"[^\"]*sharedStrings.xml\"", "Target=\"/xl/textes/partages.xml\"");
				}
				target.putNextEntry(new ZipEntry(moved.getOrDefault(entry.getName(), entry.getName())));
				target.write(content.getBytes(StandardCharsets.UTF_8));
				target.closeEntry();
			}
		}

		List<RawRow> rows = readAll(file);

		assertThat(rows).extracting(row -> row.cells().get("Nom du pôle")).containsExactly("PTCE Bocage", "PTCE Cotentin");
		assertThat(rows.get(1).cells()).containsEntry("Commune", "Cherbourg-en-Cotentin");
	}

	@Test
	void aWorkbookWhoseCentralDirectoryIsDamagedIsReadFromItsEntriesInOrder() throws Exception {
		byte[] archive = Files.readAllBytes(poles(this.folder.resolve("ecrit.xlsx")));
		// the central directory (the archive's index, at its end) sends its first entry to a wrong place: the entries
		// themselves are whole, and read one after the other as POI reads a package it cannot open by its index
		int end = lastIndexOf(archive, new byte[] { 0x50, 0x4b, 0x05, 0x06 });
		int directory = (archive[end + 16] & 0xff) | (archive[end + 17] & 0xff) << 8 | (archive[end + 18] & 0xff) << 16
				| (archive[end + 19] & 0xff) << 24;
		archive[directory + 42] ^= 0x55;
		Path file = Files.write(this.folder.resolve("index-abime.xlsx"), archive);

		List<RawRow> rows = readAll(file);

		assertThat(rows).extracting(row -> row.cells().get("Nom du pôle")).containsExactly("PTCE Bocage", "PTCE Cotentin");
	}

	private static int lastIndexOf(byte[] bytes, byte[] signature) {
		for (int at = bytes.length - signature.length; at >= 0; at--) {
			if (Arrays.equals(bytes, at, at + signature.length, signature, 0, signature.length)) {
				return at;
			}
		}
		throw new IllegalArgumentException("signature absent");
	}

	private static Path poles(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Pôles");
			String[][] values = { { "Nom du pôle", "Commune" }, { "PTCE Bocage", "Saint-Lô" },
					{ "PTCE Cotentin", "Cherbourg-en-Cotentin" } };
			for (int index = 0; index < values.length; index++) {
				Row row = sheet.createRow(index);
				for (int column = 0; column < values[index].length; column++) {
					row.createCell(column).setCellValue(values[index][column]);
				}
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		return file;
	}

	private static List<RawRow> readAll(Path file) throws Exception {
		List<RawRow> rows = new ArrayList<>();
		try (NetworkFileReader reader = NetworkFileReader.open(file, HeaderDictionary.standard())) {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}
		return rows;
	}

}
