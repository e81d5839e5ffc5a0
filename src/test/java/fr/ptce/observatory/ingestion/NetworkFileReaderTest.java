package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.github.miachm.sods.SpreadSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading network files written by POI or as text: layouts, encodings and bad files.
 */
class NetworkFileReaderTest {

	private final HeaderDictionary dictionary = HeaderDictionary.standard();

	@TempDir
	Path folder;

	@Test
	void theHeaderIsFoundBelowTitleRowsAndHiddenOrNotesSheetsAreSkipped() throws Exception {
		Path file = this.folder.resolve("reseau.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet hidden = workbook.createSheet("Pôles (ancien)");
			rows(hidden, 0, "Nom du pôle", "SIRET");
			rows(hidden, 1, "Pôle caché", "1");
			workbook.setSheetVisibility(0, SheetVisibility.HIDDEN);
			rows(workbook.createSheet("Lisez-moi"), 0, "Nom du pôle : le nom complet", "CP : code postal");
			Sheet data = workbook.createSheet("Données");
			rows(data, 0, "Recensement 2025");
			rows(data, 3, "Dénomination", "N° SIRET", "CP", "Notes");
			rows(data, 4, "PTCE A", "123", "1000", "note");
			data.createRow(6).createCell(0).setCellValue(41234567800014.0);
			write(workbook, file);
		}

		List<RawRow> rows = new ArrayList<>();
		Layout layout;
		try (NetworkFileReader reader = NetworkFileReader.open(file, this.dictionary)) {
			layout = reader.layout();
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}

		assertThat(layout.sheet()).isEqualTo("Données");
		assertThat(layout.headerRow()).isEqualTo(4);
		assertThat(layout.fieldsByHeader()).containsEntry("Dénomination", Field.NAME)
			.containsEntry("N° SIRET", Field.SIRET)
			.containsEntry("CP", Field.POSTAL_CODE)
			.containsEntry("Notes", null);
		assertThat(layout.unknownHeaders()).containsExactly("Notes");
		assertThat(rows).extracting(RawRow::rowNumber).containsExactly(5, 7);
		assertThat(rows.get(0).cells()).containsEntry("Dénomination", "PTCE A").containsEntry("CP", "1000");
		assertThat(rows.get(1).cells()).containsEntry("Dénomination", "41234567800014");
	}

	@Test
	void theSheetsOfPolesAndOfMembersAreFoundByTheirContentNotTheirNames() throws Exception {
		Path file = this.folder.resolve("deux-feuilles.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet members = workbook.createSheet("Feuil1");
			rows(members, 0, "PTCE", "Structure membre", "Type de structure");
			rows(members, 1, "PTCE A", "Mairie de A", "Commune");
			Sheet poles = workbook.createSheet("Feuil2");
			rows(poles, 2, "Nom du PTCE", "CP", "Statut");
			rows(poles, 3, "PTCE A", "76220", "actif");
			write(workbook, file);
		}

		List<RawRow> rows;
		Layout poleLayout;
		Layout memberLayout;
		try (NetworkFileReader reader = NetworkFileReader.open(file, this.dictionary)) {
			poleLayout = reader.layout();
			memberLayout = reader.memberLayout().orElseThrow();
			rows = new ArrayList<>();
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}

		assertThat(poleLayout.sheet()).isEqualTo("Feuil2");
		assertThat(poleLayout.headerRow()).isEqualTo(3);
		assertThat(memberLayout.sheet()).isEqualTo("Feuil1");
		assertThat(memberLayout.fieldsByHeader()).containsEntry("PTCE", Field.MEMBER_OF)
			.containsEntry("Structure membre", Field.NAME)
			.containsEntry("Type de structure", Field.MEMBER_CATEGORY);
		assertThat(rows).extracting(RawRow::kind, RawRow::sheet, RawRow::rowNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RowKind.POLE, "Feuil2", 4),
					org.assertj.core.groups.Tuple.tuple(RowKind.MEMBER, "Feuil1", 2));
	}

	@Test
	void csvInWindows1252WithSemicolonsIsDetected() throws Exception {
		Path file = this.folder.resolve("export.csv");
		Files.writeString(file, "Nom du pôle;Département;Statut\r\nPôle Sud Archer;Drôme;actif\r\n",
				Charset.forName("windows-1252"));

		List<RawRow> rows = readAll(file);

		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.sheet()).isEqualTo("csv");
			assertThat(row.rowNumber()).isEqualTo(2);
			assertThat(row.cells()).containsEntry("Nom du pôle", "Pôle Sud Archer").containsEntry("Département", "Drôme");
		});
	}

	@Test
	void csvInUtf8WithBomAndCommasIsDetected() throws Exception {
		Path file = this.folder.resolve("export.csv");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] text = "Nom du PTCE,CP,Région\n\"Réseau « Entreprendre », Tarn\",81000,Occitanie\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(bom, bom.length + text.length);
		System.arraycopy(text, 0, bytes, bom.length, text.length);
		Files.write(file, bytes);

		assertThat(readAll(file)).singleElement()
			.satisfies(row -> assertThat(row.cells()).containsEntry("Nom du PTCE", "Réseau « Entreprendre », Tarn")
				.containsEntry("Région", "Occitanie"));
	}

	@Test
	void badFilesGetAVerdictInFrench() throws Exception {
		Path empty = Files.createFile(this.folder.resolve("vide.xlsx"));
		Path textNamedXlsx = Files.writeString(this.folder.resolve("faux.xlsx"), "Nom du pôle;CP\nA;1000\n");
		Path noHeader = Files.writeString(this.folder.resolve("sans-entete.csv"), "a;b;c\n1;2;3\n");
		Path truncated = this.folder.resolve("tronque.xlsx");
		Path complete = this.folder.resolve("complet.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			rows(workbook.createSheet("Pôles"), 0, "Nom du pôle", "SIRET");
			write(workbook, complete);
		}
		byte[] bytes = Files.readAllBytes(complete);
		Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
		Path encrypted = encrypt(complete, this.folder.resolve("protege.xlsx"));

		assertVerdict(empty, "Le fichier est vide.");
		assertVerdict(textNamedXlsx, "porte l'extension .xlsx mais n'est pas un classeur");
		assertVerdict(noHeader, "Aucune ligne d'en-tête reconnue");
		assertVerdict(truncated, "Fichier illisible");
		assertVerdict(encrypted, "protégé par un mot de passe");
	}

	@Test
	void xlsXlsmAndOdsAreReadLikeXlsx() throws Exception {
		Path xls = this.folder.resolve("ancien.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
			Sheet sheet = workbook.createSheet("Pôles");
			rows(sheet, 1, "Nom du pôle", "SIRET", "Année de création");
			rows(sheet, 2, "PTCE Ancien", "41234567800014");
			sheet.getRow(2).createCell(2).setCellFormula("2010+3");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
		}
		Path xlsm = this.folder.resolve("macros.xlsm");
		try (XSSFWorkbook workbook = new XSSFWorkbook(XSSFWorkbookType.XLSM)) {
			rows(workbook.createSheet("Pôles"), 0, "Nom du pôle", "CP");
			rows(workbook.getSheet("Pôles"), 1, "PTCE Macro", "76220");
			write(workbook, xlsm);
		}
		Path ods = this.folder.resolve("libre.ods");
		SpreadSheet spreadsheet = new SpreadSheet();
		com.github.miachm.sods.Sheet odsSheet = new com.github.miachm.sods.Sheet("Pôles", 3, 3);
		odsSheet.getRange(1, 0, 1, 2).setValues("Nom du pôle", "Département");
		odsSheet.getRange(2, 0, 1, 2).setValues("PTCE Libre", 52.0);
		spreadsheet.appendSheet(odsSheet);
		spreadsheet.save(ods.toFile());

		assertThat(readAll(xls)).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(3);
			assertThat(row.cells()).containsEntry("Nom du pôle", "PTCE Ancien").containsEntry("Année de création", "2013");
		});
		assertThat(readAll(xlsm)).singleElement()
			.satisfies(row -> assertThat(row.cells()).containsEntry("Nom du pôle", "PTCE Macro"));
		assertThat(readAll(ods)).singleElement().satisfies(row -> {
			assertThat(row.rowNumber()).isEqualTo(3);
			assertThat(row.cells()).containsEntry("Nom du pôle", "PTCE Libre").containsEntry("Département", "52");
		});
	}

	@Test
	void zipBombsAndAbsurdlyWideSheetsAreRefused() throws Exception {
		Path complete = this.folder.resolve("complet.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			rows(workbook.createSheet("Pôles"), 0, "Nom du pôle", "SIRET");
			rows(workbook.getSheet("Pôles"), 1, "PTCE A", "1");
			write(workbook, complete);
		}
		Path bomb = this.folder.resolve("bombe.xlsx");
		try (ZipFile source = new ZipFile(complete.toFile());
				ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(bomb))) {
			for (ZipEntry entry : java.util.Collections.list(source.entries())) {
				target.putNextEntry(new ZipEntry(entry.getName()));
				byte[] content = source.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int end = xml.lastIndexOf("</worksheet>");
					target.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
					byte[] spaces = new byte[1024 * 1024];
					Arrays.fill(spaces, (byte) ' ');
					for (int i = 0; i < 50; i++) {
						target.write(spaces);
					}
					target.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
				}
				else {
					target.write(content);
				}
				target.closeEntry();
			}
		}
		Path wide = this.folder.resolve("large.csv");
		Files.writeString(wide, "Nom du pôle;CP" + ";x".repeat(20_000) + "\nPTCE;1000\n");

		assertVerdict(bomb, "bombe de décompression");
		assertVerdict(wide, "plus de 16384 colonnes");
	}

	@Test
	void sharedStringsAreReadAsPlainTextRichRunsJoinedAndExcelEscapesDecoded() throws Exception {
		Path file = this.folder.resolve("riche.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet data = workbook.createSheet("Pôles");
			rows(data, 0, "Nom du pôle", "Commune");
			Row row = data.createRow(1);
			XSSFRichTextString rich = new XSSFRichTextString("PTCE ");
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			rich.append("Bocage", bold);
			row.createCell(0).setCellValue(rich);
			row.createCell(1).setCellValue("Saint-Lô\r\nCentre");
			write(workbook, file);
		}

		List<RawRow> rows = readAll(file);

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).cells()).containsEntry("Nom du pôle", "PTCE Bocage");
		assertThat(rows.get(0).cells().get("Commune")).startsWith("Saint-Lô").endsWith("Centre").doesNotContain("_x");
		assertThat(XlsxWorkbook.decodeEscapes("a_x000D_b _x005F_x000D_")).isEqualTo("a\rb _x000D_");
	}

	@Test
	void aWorkbookWhoseRowsAndCellsAreNotNumberedIsReadInTheirOrder() throws Exception {
		Path written = this.folder.resolve("numerote.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet data = workbook.createSheet("Pôles");
			rows(data, 0, "Nom du pôle", "Commune");
			rows(data, 1, "PTCE Bocage", "Saint-Lô");
			rows(data, 2, "PTCE Cotentin", "Cherbourg");
			write(workbook, written);
		}
		// the « r » attributes of rows and cells are optional in the format: some writers leave them out
		Path file = this.folder.resolve("sans-numeros.xlsx");
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(written.toFile());
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
				byte[] content = zip.getInputStream(entry).readAllBytes();
				if (entry.getName().startsWith("xl/worksheets/")) {
					String xml = new String(content, java.nio.charset.StandardCharsets.UTF_8);
					assertThat(xml).contains(" r=\"");
					content = xml.replaceAll(" r=\"[A-Z]*\\d+\"", "").getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}

		List<RawRow> rows = readAll(file);

		assertThat(rows).extracting(RawRow::rowNumber).containsExactly(2, 3);
		assertThat(rows.get(1).cells()).containsEntry("Nom du pôle", "PTCE Cotentin").containsEntry("Commune", "Cherbourg");
	}

	@Test
	void datesAreToldFromNumbersByTheirCellStyleBuiltInOrCustom() throws Exception {
		Path file = this.folder.resolve("dates.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet data = workbook.createSheet("Pôles");
			rows(data, 0, "Nom du pôle", "Date de création", "Date de labellisation", "Nombre de salariés");
			Row row = data.createRow(1);
			row.createCell(0).setCellValue("PTCE A");
			var builtIn = workbook.createCellStyle();
			builtIn.setDataFormat((short) 14); // m/d/yy, one of Excel's own formats
			var custom = workbook.createCellStyle();
			custom.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			var thousands = workbook.createCellStyle();
			thousands.setDataFormat(workbook.createDataFormat().getFormat("# ##0"));
			row.createCell(1).setCellValue(java.time.LocalDate.of(2019, 3, 14));
			row.getCell(1).setCellStyle(builtIn);
			row.createCell(2).setCellValue(java.time.LocalDate.of(2021, 11, 2));
			row.getCell(2).setCellStyle(custom);
			row.createCell(3).setCellValue(45231);
			row.getCell(3).setCellStyle(thousands);
			write(workbook, file);
		}

		List<RawRow> rows = readAll(file);

		assertThat(rows.get(0).cells()).containsEntry("Date de création", "2019-03-14")
			.containsEntry("Date de labellisation", "2021-11-02")
			.containsEntry("Nombre de salariés", "45231");
	}

	@Test
	void aCellPointingPastTheSharedStringsGetsAVerdictInFrench() throws Exception {
		// the minimal workbook's shared strings hold two texts; the second row's name points to a hundredth
		Path file = HostileFiles.withEntry(HostileFiles.minimalWorkbook(), HostileFiles.SHEET,
				("<?xml version=\"1.0\"?><worksheet xmlns=\"" + HostileFiles.MAIN + "\"><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
						+ "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99</v></c></row></sheetData></worksheet>")
					.getBytes(StandardCharsets.UTF_8),
				this.folder.resolve("renvoi.xlsx"));

		assertVerdict(file, "texte partagé absent");
	}

	@Test
	void anAbbreviationWithItsPeriodStandsForTheWordAndValuesOverruleAHeaderKnownOnlyByItsWords() throws Exception {
		Path file = this.folder.resolve("en-tetes.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet poles = workbook.createSheet("Pôles");
			rows(poles, 0, "Nom du pôle", "Départ. (code)", "Suivi interne", "Adresse du porteur",
					"Statut de la structure porteuse", "Région d'implantation");
			rows(poles, 1, "Pôle Garrigue", "30", "relancé", "12 rue de la Gare", "SCIC SAS", "Bretagne");
			rows(poles, 2, "Pôle Causses", "48", "", "3 bis chemin des Vignes", "Association loi 1901", "Bretagne");
			rows(poles, 3, "Pôle Cévennes", "07", "à voir", "40 av. Jean Jaurès", "SCOP SARL", "Bretagne");
			write(workbook, file);
		}
		HeaderDictionary withValues = this.dictionary.withContent(fr.ptce.observatory.normalisation.ValueTypes.standard());
		try (NetworkFileReader reader = NetworkFileReader.open(file, withValues)) {
			assertThat(reader.layout().fieldsByHeader()).containsEntry("Départ. (code)", Field.DEPARTEMENT)
				// « interne » is a word of its own, not « internet » cut short: no period
				.containsEntry("Suivi interne", null)
				// « porteur » weighs for the carrier's name, the values are addresses and legal forms
				.containsEntry("Adresse du porteur", Field.ADDRESS)
				.containsEntry("Statut de la structure porteuse", Field.LEGAL_FORM)
				// « Bretagne » is a region, and a commune too: the region is the reading that cannot be anything else
				.containsEntry("Région d'implantation", Field.REGION);
		}
		// without values, the header's words alone decide: « porteur » says whose address, « adresse » what it is
		try (NetworkFileReader reader = NetworkFileReader.open(file, this.dictionary)) {
			assertThat(reader.layout().fieldsByHeader()).containsEntry("Adresse du porteur", Field.ADDRESS);
		}
	}

	@Test
	void yesOrNoAnswersAreNoWebAddressAndSubtotalRowsDoNotVoteOnWhatAColumnHolds() throws Exception {
		Path file = this.folder.resolve("reponses.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet poles = workbook.createSheet("Pôles");
			rows(poles, 0, "Nom du pôle", "N° d'enregistrement", "Code postal", "Passage sur site fait", "Nb entreprises hors ESS");
			rows(poles, 1, "Pôle Garrigue", "W302000123", "30000", "Oui", "4");
			rows(poles, 2, "Pôle Causses", "", "48000", "Non", "2");
			rows(poles, 3, "Sous-total Gard et Lozère", "2");
			rows(poles, 4, "Pôle Cévennes", "", "07000", "Oui", "0");
			rows(poles, 5, "Pôle Vivarais", "W073000456", "07100", "x", "1");
			rows(poles, 6, "Sous-total Ardèche", "2");
			write(workbook, file);
		}
		HeaderDictionary withValues = this.dictionary.withContent(fr.ptce.observatory.normalisation.ValueTypes.standard());
		try (NetworkFileReader reader = NetworkFileReader.open(file, withValues)) {
			assertThat(reader.layout().fieldsByHeader())
				// the counts of the subtotal rows do not hide the RNA numbers of the pole rows
				.containsEntry("N° d'enregistrement", Field.RNA)
				// « site » names a web address; Oui / Non answer a question of the network's own
				.containsEntry("Passage sur site fait", null)
				// « hors » is a word of its own, not the plural of « hor »
				.containsEntry("Nb entreprises hors ESS", Field.MEMBERS_CLASSIC);
		}
	}

	@Test
	void wordsSayingWhoseValueGiveWayToWordsSayingWhichAndBookkeepingColumnsMeanNothing() {
		// « porteur », « membre » say whose value; the other words say which
		assertThat(this.dictionary.recognise("Code postal siège porteur", RowKind.POLE)).map(HeaderDictionary.Recognition::field)
			.contains(Field.POSTAL_CODE);
		assertThat(this.dictionary.recognise("Département de la structure membre", RowKind.MEMBER))
			.map(HeaderDictionary.Recognition::field)
			.contains(Field.DEPARTEMENT);
		// words the carrier's field shares (« juridique ») or a name of the carrier keep the carrier
		assertThat(this.dictionary.recognise("Entité juridique porteuse", RowKind.POLE)).map(HeaderDictionary.Recognition::field)
			.contains(Field.CARRIER_NAME);
		assertThat(this.dictionary.recognise("Nom de l'organisme porteur", RowKind.POLE)).map(HeaderDictionary.Recognition::field)
			.contains(Field.CARRIER_NAME);
		// the list's own bookkeeping, not the pole's: the network, the sheet's rows; social networks are a website's
		assertThat(this.dictionary.isBookkeeping("Année de saisie de la ligne", RowKind.POLE)).isTrue();
		assertThat(this.dictionary.isBookkeeping("Référent au réseau", RowKind.POLE)).isTrue();
		assertThat(this.dictionary.isBookkeeping("Site web / réseaux sociaux", RowKind.POLE)).isFalse();
		assertThat(this.dictionary.isBookkeeping("Année de création", RowKind.POLE)).isFalse();
		// a remark in parentheses only qualifies: a direct line is a telephone's
		assertThat(this.dictionary.isBookkeeping("Téléphone (ligne directe ou portable)", RowKind.POLE)).isFalse();
		assertThat(this.dictionary.isBookkeeping("Date de saisie (ligne)", RowKind.POLE)).isTrue();
	}

	@Test
	void aBookkeepingColumnIsNotReadForAFieldWhateverItsValues() throws Exception {
		Path file = this.folder.resolve("suivi.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet poles = workbook.createSheet("Pôles");
			rows(poles, 0, "Nom du pôle", "Commune", "Année de saisie de la ligne");
			rows(poles, 1, "Pôle Garrigue", "Nîmes", "2019");
			rows(poles, 2, "Pôle Causses", "Mende", "2021");
			rows(poles, 3, "Pôle Cévennes", "Alès", "2018");
			write(workbook, file);
		}
		HeaderDictionary withValues = this.dictionary.withContent(fr.ptce.observatory.normalisation.ValueTypes.standard());
		try (NetworkFileReader reader = NetworkFileReader.open(file, withValues)) {
			assertThat(reader.layout().fieldsByHeader()).containsEntry("Année de saisie de la ligne", null)
				.doesNotContainValue(Field.CREATION_YEAR);
		}
	}

	@Test
	void aColumnOfDatesIsNoPersonWhateverItsHeaderSays() throws Exception {
		Path file = this.folder.resolve("relances.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet poles = workbook.createSheet("Pôles");
			rows(poles, 0, "Nom du pôle", "Commune", "Dernier contact le", "Coordinatrice du pôle");
			rows(poles, 1, "Pôle Garrigue", "Nîmes", "2025-03-23", "Aline Roux");
			rows(poles, 2, "Pôle Causses", "Mende", "2024-10-04", "Marc Teyssier");
			rows(poles, 3, "Pôle Cévennes", "Alès", "12/02/25", "Inès Valat");
			rows(poles, 4, "Pôle Vidourle", "Sommières", "2025-01-07T14:30", "Paul Fabre");
			write(workbook, file);
		}
		HeaderDictionary withValues = this.dictionary.withContent(fr.ptce.observatory.normalisation.ValueTypes.standard());
		try (NetworkFileReader reader = NetworkFileReader.open(file, withValues)) {
			assertThat(reader.layout().fieldsByHeader()).containsEntry("Dernier contact le", null)
				.containsEntry("Coordinatrice du pôle", Field.CONTACT_NAME);
		}
	}

	@Test
	void aColumnOfCommentsIsNeverTakenForTheNamesAndANameHeaderQualifiedIsTheName() throws Exception {
		Path file = this.folder.resolve("observations.csv");
		Files.writeString(file, """
				Commune;Observations;Nom usuel
				Nîmes;RAS;PÔLE GARRIGUE
				Mende;Relancé en mars;PÔLE CAUSSES
				Alès;Pas de réponse;COOPÉRATIVE DES CÉVENNES
				""");
		HeaderDictionary withValues = this.dictionary.withContent(fr.ptce.observatory.normalisation.ValueTypes.standard());
		try (NetworkFileReader reader = NetworkFileReader.open(file, withValues)) {
			assertThat(reader.layout().fieldsByHeader()).containsEntry("Nom usuel", Field.NAME)
				.containsEntry("Observations", null);
		}
	}

	private void assertVerdict(Path file, String verdict) {
		assertThatThrownBy(() -> readAll(file)).isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining(verdict);
	}

	private List<RawRow> readAll(Path file) throws Exception {
		List<RawRow> rows = new ArrayList<>();
		try (NetworkFileReader reader = NetworkFileReader.open(file, this.dictionary)) {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}
		return rows;
	}

	static Path encrypt(Path xlsx, Path target) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				Files.copy(xlsx, out);
			}
			try (OutputStream out = Files.newOutputStream(target)) {
				fs.writeFilesystem(out);
			}
		}
		return target;
	}

	private static void rows(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			row.createCell(column).setCellValue(values[column]);
		}
	}

	private static void write(XSSFWorkbook workbook, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
