package fr.ptce.observatory.corpus;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import fr.ptce.observatory.corpus.RowTruth.RowKind;
import fr.ptce.observatory.ingestion.Field;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The corpus itself: its vocabulary is sound and unknown to the reader where it must be, its truth agrees with
 * the files it writes (read back with POI and Commons CSV, not with the reader), and a seed gives one corpus.
 */
class NetworkCorpusTest {

	private static final DataFormatter CELLS = new DataFormatter(Locale.FRANCE);

	@Test
	void vocabularyPartsAreDisjointAndComplete() {
		assertThat(HeaderVocabulary.problems()).isEmpty();
	}

	@Test
	void readerKnowsNoHeldOutOrValidationText() {
		for (Vocabulary part : Vocabulary.values()) {
			if (part != Vocabulary.TUNING) {
				assertThat(HeaderVocabulary.load(part).knownToReader()).as(part.name()).isEmpty();
			}
		}
	}

	@Test
	void truthAgreesWithTheFilesWritten(@TempDir Path dir) throws IOException {
		for (Vocabulary part : Vocabulary.values()) {
			Path partDir = dir.resolve(part.name());
			Corpus corpus = NetworkCorpus.write(partDir, 7, part);
			assertThat(corpus.files()).hasSize(NetworkCorpus.FILES);
			assertThat(corpus.count(FileTruth.Expected.SUMMARY)).isEqualTo(4);
			for (FileTruth truth : corpus.files()) {
				check(partDir.resolve(truth.fileName()), truth);
			}
		}
	}

	@Test
	void sameSeedSameCorpus(@TempDir Path dir) {
		Corpus first = NetworkCorpus.write(dir.resolve("a"), 3, Vocabulary.TUNING);
		Corpus second = NetworkCorpus.write(dir.resolve("b"), 3, Vocabulary.TUNING);
		assertThat(second).isEqualTo(first);
		assertThat(NetworkCorpus.write(dir.resolve("c"), 4, Vocabulary.TUNING)).isNotEqualTo(first);
	}

	private static void check(Path file, FileTruth truth) throws IOException {
		List<List<String>> grid = truth.fileName().endsWith(".csv") ? csv(file)
				: sheet(file, truth.expected() == FileTruth.Expected.LIST ? truth.poleSheet() : null);
		if (truth.expected() == FileTruth.Expected.SUMMARY) {
			assertThat(truth.rows()).isEmpty();
			assertThat(truth.columns()).isEmpty();
			return;
		}
		List<String> header = nonBlank(grid.get(truth.headerRow() - 1));
		assertThat(header).as(truth.fileName()).containsExactlyElementsOf(truth.columns().keySet());
		assertThat(truth.columns()).containsValue(Field.NAME);
		// every header cell is filled from the first column on: a column's index is its rank in the truth
		int nameColumn = new ArrayList<>(truth.columns().values()).indexOf(Field.NAME);
		Set<Integer> nonBlankRows = new TreeSet<>();
		for (int r = truth.headerRow(); r < grid.size(); r++) {
			if (!nonBlank(grid.get(r)).isEmpty()) {
				nonBlankRows.add(r + 1);
			}
		}
		assertThat(truth.rows().stream().map(RowTruth::rowNumber).toList()).as(truth.fileName())
			.containsExactlyElementsOf(nonBlankRows);
		Set<String> poleNames = new HashSet<>();
		for (RowTruth row : truth.rows()) {
			List<String> cells = grid.get(row.rowNumber() - 1);
			String name = nameColumn < cells.size() && !cells.get(nameColumn).isBlank() ? cells.get(nameColumn).strip()
					: nonBlank(cells).get(0);
			assertThat(row.name()).as(truth.fileName() + " row " + row.rowNumber()).isEqualTo(name);
			if (row.kind() == RowKind.POLE) {
				assertThat(poleNames.add(HeaderVocabulary.fold(name))).as(truth.fileName() + " " + name).isTrue();
			}
			if (row.kind() == RowKind.DUPLICATE) {
				RowTruth original = truth.rows()
					.stream()
					.filter(r -> r.rowNumber() == row.duplicateOf())
					.findFirst()
					.orElseThrow();
				assertThat(original.kind()).isEqualTo(RowKind.POLE);
				assertThat(original.rowNumber()).isLessThan(row.rowNumber());
				boolean sameName = HeaderVocabulary.fold(original.name()).equals(HeaderVocabulary.fold(row.name()));
				assertThat(sameName || sameSiret(truth, grid, original, row)).as(truth.fileName() + " " + row).isTrue();
			}
			else {
				assertThat(row.duplicateOf()).isZero();
			}
		}
		if (truth.memberSheet() != null) {
			List<List<String>> members = sheet(file, truth.memberSheet());
			assertThat(nonBlank(members.get(truth.memberHeaderRow() - 1)))
				.containsExactlyElementsOf(truth.memberColumns().keySet());
			long rows = members.stream().skip(truth.memberHeaderRow()).filter(r -> !nonBlank(r).isEmpty()).count();
			assertThat(rows).isEqualTo(truth.memberRows()).isPositive();
		}
		else {
			assertThat(truth.memberRows()).isZero();
		}
	}

	private static boolean sameSiret(FileTruth truth, List<List<String>> grid, RowTruth a, RowTruth b) {
		int column = new ArrayList<>(truth.columns().values()).indexOf(Field.SIRET);
		if (column < 0) {
			return false;
		}
		String first = digits(grid.get(a.rowNumber() - 1), column);
		return !first.isEmpty() && first.equals(digits(grid.get(b.rowNumber() - 1), column));
	}

	private static String digits(List<String> cells, int column) {
		return column < cells.size() ? cells.get(column).replaceAll("[^0-9]", "") : "";
	}

	private static List<String> nonBlank(List<String> cells) {
		return cells.stream().filter(c -> !c.isBlank()).map(String::strip).toList();
	}

	/** The texts of a sheet's cells (a number as a whole number, so that a SIRET keeps its digits). */
	private static List<List<String>> sheet(Path file, String name) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = (name == null) ? workbook.getSheetAt(workbook.getActiveSheetIndex()) : workbook.getSheet(name);
			assertThat(sheet).as(file + " " + name).isNotNull();
			List<List<String>> grid = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : switch (cell.getCellType()) {
						case NUMERIC -> (cell.getNumericCellValue() == Math.rint(cell.getNumericCellValue()))
								? Long.toString((long) cell.getNumericCellValue()) : CELLS.formatCellValue(cell);
						default -> CELLS.formatCellValue(cell);
					});
				}
				grid.add(cells);
			}
			return grid;
		}
	}

	private static List<List<String>> csv(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		boolean bom = bytes.length > 2 && bytes[0] == (byte) 0xEF;
		Charset charset = bom ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
		List<List<String>> grid = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(file, charset);
				CSVParser parser = CSVParser.builder()
					.setReader(reader)
					.setFormat(CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false).get())
					.get()) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.toList());
				if (grid.isEmpty() && bom) {
					cells.set(0, cells.get(0).substring(1));
				}
				grid.add(cells);
			}
		}
		assertThat(Files.readString(file, charset).split("\r\n")).hasSize(grid.size());
		return grid;
	}

}
