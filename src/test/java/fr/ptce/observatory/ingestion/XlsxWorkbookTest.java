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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
		// the central directory (the archive's index, at its end) sends the sheet to a wrong place: the entries
		// themselves are whole, and read one after the other as POI reads a package it cannot open by its index
		int record = directoryRecord(archive, "xl/worksheets/sheet1.xml");
		archive[record + 42] ^= 0x55;
		Path file = Files.write(this.folder.resolve("index-abime.xlsx"), archive);

		List<RawRow> rows = readAll(file);

		assertThat(rows).extracting(row -> row.cells().get("Nom du pôle")).containsExactly("PTCE Bocage", "PTCE Cotentin");
	}

	@Test
	void aStrictOfficeOpenXmlWorkbookIsReadLikeATransitionalOne() throws Exception {
		Path written = poles(this.folder.resolve("ecrit.xlsx"));
		// strict Office Open XML names the same parts and links in other namespaces
		Path file = this.folder.resolve("strict.xlsx");
		try (ZipFile source = new ZipFile(written.toFile());
				ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(file))) {
			for (ZipEntry entry : Collections.list(source.entries())) {
				String content = new String(source.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8)
					.replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
							"http://purl.oclc.org/ooxml/officeDocument/relationships")
					.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
							"http://purl.oclc.org/ooxml/spreadsheetml/main");
				target.putNextEntry(new ZipEntry(entry.getName()));
				target.write(content.getBytes(StandardCharsets.UTF_8));
				target.closeEntry();
			}
		}

		assertThat(readAll(file)).extracting(row -> row.cells().get("Commune")).containsExactly("Saint-Lô",
				"Cherbourg-en-Cotentin");
	}

	@Test
	void anArchiveOfFarMoreEntriesThanAWorkbookAndASheetWithoutItsPartGetAVerdictInFrench() throws Exception {
		Path written = poles(this.folder.resolve("ecrit.xlsx"));
		Path crowded = this.folder.resolve("encombre.xlsx");
		Path unlinked = this.folder.resolve("feuille-sans-lien.xlsx");
		try (ZipFile source = new ZipFile(written.toFile());
				ZipOutputStream many = new ZipOutputStream(Files.newOutputStream(crowded));
				ZipOutputStream without = new ZipOutputStream(Files.newOutputStream(unlinked))) {
			for (ZipEntry entry : Collections.list(source.entries())) {
				String content = new String(source.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
				many.putNextEntry(new ZipEntry(entry.getName()));
				many.write(content.getBytes(StandardCharsets.UTF_8));
				without.putNextEntry(new ZipEntry(entry.getName()));
				without.write((entry.getName().equals("xl/_rels/workbook.xml.rels")
						? content.replaceAll("<Relationship [^>]*sheet1\\.xml\"[^>]*/>", "") : content)
					.getBytes(StandardCharsets.UTF_8));
			}
			for (int extra = 0; extra < 1_000; extra++) {
				many.putNextEntry(new ZipEntry("xl/media/image" + extra + ".png"));
			}
		}

		assertThatThrownBy(() -> readAll(crowded)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("plus de 1000 parties");
		assertThatThrownBy(() -> readAll(unlinked)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("la feuille « Pôles » n'a pas de contenu dans le classeur");
	}

	@Test
	void aPartThatCannotBeInflatedIsADamagedArchiveNotDamagedXml() throws Exception {
		byte[] archive = Files.readAllBytes(poles(this.folder.resolve("ecrit.xlsx")));
		// the compressed bytes of the shared strings damaged, their entry's header whole: the first block's type made
		// the one deflate reserves, so that no inflater can go on
		try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile
			.builder().setByteArray(archive).get()) {
			archive[(int) zip.getEntry("xl/sharedStrings.xml").getDataOffset()] |= 0b110;
		}
		Path file = Files.write(this.folder.resolve("textes-abimes.xlsx"), archive);

		assertThatThrownBy(() -> readAll(file)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("archive tronquée")
			.hasMessageNotContaining("XML invalide");
	}

	/** Where the central directory's record of an entry starts. */
	private static int directoryRecord(byte[] archive, String name) {
		byte[] signature = { 0x50, 0x4b, 0x01, 0x02 };
		for (int at = 0; at + 46 < archive.length; at++) {
			if (Arrays.equals(archive, at, at + 4, signature, 0, 4)) {
				int length = (archive[at + 28] & 0xff) | (archive[at + 29] & 0xff) << 8;
				if (new String(archive, at + 46, length, StandardCharsets.UTF_8).equals(name)) {
					return at;
				}
			}
		}
		throw new IllegalArgumentException(name + " absent");
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
