package fr.ptce.observatory.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import fr.ptce.observatory.corpus.ResolutionCorpus.Settings;
import fr.ptce.observatory.corpus.ResolutionNames.Kind;
import fr.ptce.observatory.corpus.ResolutionTruth.Injected;
import fr.ptce.observatory.corpus.ResolutionTruth.MemberRow;
import fr.ptce.observatory.corpus.ResolutionTruth.PoleRow;
import fr.ptce.observatory.corpus.ResolutionTruth.RowKey;
import fr.ptce.observatory.corpus.ResolutionTruth.TruePole;
import fr.ptce.observatory.ingestion.Field;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resolution corpus against its own files, read back with POI (not with the observatory's reader): every
 * data row of every sheet is in the truth with its number, sheet and name; every class of issue #13 occurs; the
 * headline's truth is consistent with the statuses written; the same seed writes the same corpus.
 */
class ResolutionCorpusTest {

	/** A sheet as read back: its header row's number, its header cells, and its non-blank rows below the header. */
	private record ReadSheet(int headerRow, List<String> header, Map<Integer, List<String>> rows) {

		String cell(int rowNumber, String header) {
			int column = this.header.indexOf(header);
			List<String> cells = this.rows.get(rowNumber);
			return (column < 0 || cells == null || column >= cells.size()) ? "" : cells.get(column);
		}

	}

	@ParameterizedTest
	@CsvSource({ "11, TUNING", "12, HELD_OUT", "14, VALIDATION" })
	void theTruthAgreesWithTheFiles(long seed, Vocabulary part, @TempDir Path dir) throws IOException {
		ResolutionTruth truth = ResolutionCorpus.write(dir, seed, part);

		assertThat(truth.files()).hasSize(24);
		assertThat(truth.poles()).hasSize(240);
		Map<String, Map<String, ReadSheet>> read = new LinkedHashMap<>();
		for (String file : truth.files()) {
			assertThat(dir.resolve(file)).exists();
			read.put(file, read(dir.resolve(file)));
		}
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(truth.files().size());
		}

		// every non-blank row below a header is in the truth, and nothing else
		Map<RowKey, PoleRow> poleRows = truth.poleRowsByKey();
		Map<RowKey, MemberRow> memberRows = truth.memberRowsByKey();
		assertThat(poleRows).hasSameSizeAs(truth.poleRows());
		assertThat(memberRows).hasSameSizeAs(truth.memberRows());
		Set<RowKey> written = new HashSet<>();
		read.forEach((file, sheets) -> sheets.forEach((sheet, content) -> content.rows()
			.keySet()
			.forEach(number -> written.add(new RowKey(file, sheet, number)))));
		Set<RowKey> expected = new HashSet<>(poleRows.keySet());
		expected.addAll(memberRows.keySet());
		assertThat(written).isEqualTo(expected);

		for (PoleRow row : truth.poleRows()) {
			ReadSheet sheet = read.get(row.file()).get(row.sheet());
			assertThat(sheet.header().get(0)).isEqualTo(Field.NAME.templateHeader());
			assertThat(row.rowNumber()).isGreaterThan(sheet.headerRow());
			assertThat(sheet.cell(row.rowNumber(), Field.NAME.templateHeader())).isEqualTo(row.name());
			assertThat(row.file()).startsWith(row.network() + "/").endsWith("-" + row.year() + ".xlsx");
			String siret = sheet.cell(row.rowNumber(), Field.SIRET.templateHeader()).replace(" ", "");
			boolean siretClass = row.injected().stream().anyMatch(i -> i.name().startsWith("SIRET_"));
			assertThat(!siret.isEmpty()).as("SIRET of %s", row.key()).isEqualTo(siretClass);
			TruePole pole = truth.pole(row.poleId());
			if (row.injected().contains(Injected.SIRET_CARRIER_DECLARED)
					|| row.injected().contains(Injected.SIRET_CARRIER_UNDECLARED)) {
				assertThat(siret).isEqualTo(pole.carrierSiret());
			}
			if (row.injected().contains(Injected.SIRET_POLE_DECLARED)
					|| row.injected().contains(Injected.SIRET_POLE_UNDECLARED)) {
				assertThat(siret).isEqualTo(pole.ownSiret());
			}
			boolean declared = row.injected().contains(Injected.SIRET_POLE_DECLARED)
					|| row.injected().contains(Injected.SIRET_CARRIER_DECLARED);
			assertThat(!sheet.cell(row.rowNumber(), Field.SIRET_ROLE.templateHeader()).isEmpty()).isEqualTo(declared);
		}

		// two poles of one file never share a name; a member row names a pole of its file, the right one
		Map<String, Map<String, String>> poleByName = new HashMap<>();
		for (PoleRow row : truth.poleRows()) {
			String previous = poleByName.computeIfAbsent(row.file(), f -> new HashMap<>())
				.put(HeaderVocabulary.fold(row.name()), row.poleId());
			assertThat(previous).as("name %s in %s", row.name(), row.file()).isIn(null, row.poleId());
		}
		// nor do two poles of the corpus: a name written is one pole's (look-alikes differ by their words)
		Map<String, String> corpusNames = new HashMap<>();
		for (PoleRow row : truth.poleRows()) {
			String previous = corpusNames.put(HeaderVocabulary.fold(row.name()), row.poleId());
			assertThat(previous).as("name %s", row.name()).isIn(null, row.poleId());
		}
		for (MemberRow row : truth.memberRows()) {
			ReadSheet sheet = read.get(row.file()).get(row.sheet());
			assertThat(row.sheet()).isEqualTo(ResolutionCorpus.MEMBER_SHEET);
			assertThat(sheet.header()).startsWith("Pôle", "Nom du membre");
			assertThat(sheet.cell(row.rowNumber(), "Pôle")).isEqualTo(row.pole());
			assertThat(sheet.cell(row.rowNumber(), "Nom du membre")).isEqualTo(row.name());
			String named = poleByName.get(row.file()).get(HeaderVocabulary.fold(row.pole()));
			if (named == null) {
				// by its acronym: a row of the pole writes it in the « Sigle » column
				String poleSheet = truth.poleRows().stream().filter(p -> p.file().equals(row.file())).findFirst()
					.orElseThrow().sheet();
				ReadSheet poles = read.get(row.file()).get(poleSheet);
				assertThat(truth.poleRows().stream()
					.filter(p -> p.file().equals(row.file()) && p.poleId().equals(row.poleId()))
					.anyMatch(p -> poles.cell(p.rowNumber(), Field.ACRONYM.templateHeader()).equals(row.pole())))
					.as("member row %s names %s", row.key(), row.pole()).isTrue();
			}
			else {
				assertThat(named).isEqualTo(row.poleId());
			}
			assertThat(truth.pole(row.poleId())).isNotNull();
		}

		// the headline: active poles are listed that year, none of their rows says « en sommeil » or « dissous »,
		// and every listed pole that is not active has a row that says so
		for (int year : List.of(2024, 2025)) {
			Set<String> active = truth.activePoles(year);
			assertThat(truth.listedPoles(year)).containsAll(active);
			Map<String, Set<String>> statuses = new TreeMap<>();
			for (PoleRow row : truth.poleRows()) {
				if (row.year() == year) {
					String status = read.get(row.file()).get(row.sheet()).cell(row.rowNumber(),
							Field.STATUS.templateHeader());
					statuses.computeIfAbsent(row.poleId(), p -> new HashSet<>()).add(HeaderVocabulary.fold(status));
				}
			}
			statuses.forEach((pole, said) -> {
				boolean stopped = said.stream().anyMatch(ResolutionCorpusTest::stopped);
				assertThat(stopped).as("%s in %d: %s", pole, year, said).isEqualTo(!active.contains(pole));
			});
			assertThat(active.size()).isBetween(150, 230);
		}

		// every class occurs
		for (Injected injected : Injected.values()) {
			assertThat(truth.count(injected)).as(injected.name()).isPositive();
		}
		assertThat(truth.polesWithTwoSirets()).isPositive();
		assertThat(truth.polesListedBySeveralNetworks()).isGreaterThan(60);
		assertThat(truth.organisations().stream().filter(o -> o.homonym() && o.siren() != null).count()).isGreaterThan(4);
		System.out.println(truth.summary());
	}

	@Test
	void theSameSeedWritesTheSameCorpus(@TempDir Path dir) throws IOException {
		Settings small = new Settings(60, 5, List.of(2024, 2025));
		ResolutionTruth first = ResolutionCorpus.write(dir.resolve("a"), 7, Vocabulary.TUNING, small);
		ResolutionTruth second = ResolutionCorpus.write(dir.resolve("b"), 7, Vocabulary.TUNING, small);
		ResolutionTruth other = ResolutionCorpus.write(dir.resolve("c"), 8, Vocabulary.TUNING, small);

		assertThat(second).isEqualTo(first);
		assertThat(other.poleRows()).isNotEqualTo(first.poleRows());
		assertThat(first.poles()).hasSize(60);
		for (String file : first.files()) {
			assertThat(read(dir.resolve("b").resolve(file))).isEqualTo(read(dir.resolve("a").resolve(file)));
		}
	}

	@Test
	void thePartsShareNoWord() {
		ResolutionNames tuning = ResolutionNames.load(Vocabulary.TUNING);
		ResolutionNames heldOut = ResolutionNames.load(Vocabulary.HELD_OUT);
		ResolutionNames validation = ResolutionNames.load(Vocabulary.VALIDATION);
		for (Kind kind : Kind.values()) {
			// templates of a place added differ by their punctuation: compared as written; the rest folded
			Set<String> keys = new HashSet<>();
			tuning.texts(kind).forEach(text -> keys.add(key(kind, text)));
			assertThat(tuning.texts(kind)).as("TUNING " + kind).isNotEmpty();
			assertThat(heldOut.texts(kind)).as("HELD_OUT " + kind).isNotEmpty()
				.noneMatch(text -> keys.contains(key(kind, text)));
			heldOut.texts(kind).forEach(text -> keys.add(key(kind, text)));
			assertThat(validation.texts(kind)).as("VALIDATION " + kind).isNotEmpty()
				.noneMatch(text -> keys.contains(key(kind, text)));
		}
		// the held-out part's type words are not in the resolver's hand list of generic words
		Set<String> handList = Set.of("pole", "poles", "ptce", "cooperation", "cooperative", "territorial",
				"territoriale", "territoire", "economique", "economie", "pays", "ess", "sociale", "solidaire",
				"solidaires", "reseau", "cluster", "association", "collectif", "projet", "developpement", "local",
				"locale", "initiative", "initiatives", "entreprendre", "entreprise", "entreprises", "emploi", "coop",
				"groupement", "plateforme", "scic", "scop", "sas", "sarl", "gie", "asso");
		for (Kind kind : List.of(Kind.TYPE, Kind.SUFFIX)) {
			for (String text : heldOut.texts(kind)) {
				assertThat(HeaderVocabulary.fold(text).split(" ")).as(kind.name()).doesNotContainAnyElementsOf(handList);
			}
		}
	}

	private static String key(Kind kind, String text) {
		return (kind == Kind.PLACE_FORM) ? text : HeaderVocabulary.fold(text);
	}

	private static boolean stopped(String folded) {
		return List.of("en sommeil", "sommeil", "en veille", "inactif", "dissous", "dissoute", "ferme", "cesse")
			.contains(folded);
	}

	/** Every sheet of a workbook: header row (the first non-blank row whose first cell is a known header). */
	private static Map<String, ReadSheet> read(Path file) throws IOException {
		Map<String, ReadSheet> sheets = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter();
		try (var in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
			for (Sheet sheet : workbook) {
				int headerRow = 0;
				List<String> header = List.of();
				Map<Integer, List<String>> rows = new TreeMap<>();
				for (Row row : sheet) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < row.getLastCellNum(); c++) {
						Cell cell = row.getCell(c);
						cells.add((cell == null) ? "" : formatter.formatCellValue(cell).strip());
					}
					if (cells.stream().allMatch(String::isEmpty)) {
						continue;
					}
					if (headerRow == 0) {
						if (cells.get(0).equals(Field.NAME.templateHeader()) || cells.get(0).equals("Pôle")) {
							headerRow = row.getRowNum() + 1;
							header = cells;
						}
						continue;
					}
					rows.put(row.getRowNum() + 1, cells);
				}
				assertThat(headerRow).as("header of %s in %s", sheet.getSheetName(), file).isPositive();
				sheets.put(sheet.getSheetName(), new ReadSheet(headerRow, header, rows));
			}
		}
		return sheets;
	}

}
