package fr.ptce.observatory.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import java.util.List;

import com.github.miachm.sods.SpreadSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the files of {@code input-samples/}: network files describing the same poles in their own ways,
 * and files every inbox receives one day (see input-samples/README.md). Run it with
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=fr.ptce.observatory.samples.SampleFilesGenerator}.
 * The identifiers are fictitious but pass the checks real ones pass.
 */
public final class SampleFilesGenerator {

	/** SIRET of the carrier of the PTCE Pays de Bray (fictitious, valid Luhn). */
	public static final String PAYS_DE_BRAY_SIRET = SampleSirets.siret("4123456780001");

	public static final String CLUSTER_BRAY_SIRET = SampleSirets.siret("8234567890001");

	public static final String VAL_DE_RISLE_SIRET = SampleSirets.siret("7912345670002");

	/** A SIRET that starts with 0: spreadsheets that store it as a number drop the zero. */
	public static final String CAUX_SIRET = SampleSirets.siret("0512345670001");

	public static final String SUD_ARCHER_SIRET = SampleSirets.siret("5234567810004");

	/** SIRET of a cooperative that carries two distinct poles in the Vosges. */
	public static final String VOSGES_CARRIER_SIRET = SampleSirets.siret("6345678120001");

	private SampleFilesGenerator() {
	}

	public static void main(String[] args) throws IOException, GeneralSecurityException {
		Path folder = Path.of(args.length > 0 ? args[0] : "input-samples");
		Files.createDirectories(folder);
		writeCressNormandie(folder.resolve("cress-normandie/ptce-normandie-2025.xlsx"));
		writeLaboEss(folder.resolve("labo-ess/recensement-national-ptce-2025.xlsx"));
		writeCoorace(folder.resolve("coorace/coorace-ptce-siae-2025.csv"));
		writeCressGrandEst(folder.resolve("cress-grand-est/ptce-grand-est-2025.xls"));
		writeMesOccitanie(folder.resolve("mes-occitanie/poles-occitanie-2025.ods"));
		writeRtes(folder.resolve("rtes/rtes-collectivites-ptce-2025.txt"));
		writeEssFrance(folder.resolve("ess-france/panorama-ptce-2025.xlsx"));
		writeBadFiles(folder.resolve("divers"));
	}

	/** A regional network still on Excel 97-2003: a .xls with title rows and a formula. */
	static void writeCressGrandEst(Path file) throws IOException {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("PTCE Grand Est");
			sheet.createRow(0).createCell(0).setCellValue("CRESS Grand Est — pôles territoriaux de coopération économique");
			sheet.createRow(1).createCell(0).setCellValue("Données 2025");
			row(sheet, 3, "Nom du pôle", "SIRET", "Forme juridique", "Code postal", "Commune", "Région",
					"Année de création", "Statut", "Emplois créés");
			row(sheet, 4, "CISDT 52", null, "GIE", "52000", "Chaumont", "Champagne-Ardenne", "2012", "actif", null);
			row(sheet, 5, "PTCE Nord Alsace", null, "association", "67500", "Haguenau", "Alsace", "2016", "actif", null);
			row(sheet, 6, "Pôle Vosges Coopération", null, "SCIC", "88000", "Épinal", "Lorraine", "2020", "émergent",
					null);
			// jobs created by the Nord Alsace pole: a formula, read through its cached value
			sheet.getRow(5).createCell(8).setCellFormula("2+3");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Files.createDirectories(file.getParent());
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/** A network on LibreOffice: an .ods, a number stored as a number for the département. */
	static void writeMesOccitanie(Path file) throws IOException {
		SpreadSheet spreadsheet = new SpreadSheet();
		com.github.miachm.sods.Sheet sheet = new com.github.miachm.sods.Sheet("Pôles", 4, 5);
		sheet.getRange(0, 0, 1, 5).setValues("Nom du pôle", "Département", "Commune", "Forme juridique", "Statut");
		sheet.getRange(1, 0, 1, 5).setValues("Réseau « Entreprendre autrement », Tarn", 81.0, "Albi", "SCOP",
				"en sommeil");
		sheet.getRange(2, 0, 1, 5).setValues("Coopérative Cévennes Solidaires", 30.0, "Alès", "SCIC", "actif");
		spreadsheet.appendSheet(sheet);
		Files.createDirectories(file.getParent());
		spreadsheet.save(file.toFile());
	}

	/** A network's tab-separated export in UTF-8 with a BOM, and a column no synonym knows. */
	static void writeRtes(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		String text = "\uFEFFNom du PTCE\tCollectivité partenaire\tCP\tVille\n"
				+ "Le Damier\tClermont Auvergne Métropole\t63000\tClermont-Ferrand\n"
				+ "PTCE Pays de Bray\tCommunauté de communes des 4 rivières\t76220\tGournay-en-Bray\n";
		Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * A national panorama written from memory: known poles under other names (initials, acronym, a shorter or
	 * a differently written name, a website), and new poles that look like known ones (same territory, same
	 * carrier, same generic name elsewhere). The gold set ({@code gold-set.md}) says which is which.
	 */
	static void writeEssFrance(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Panorama");
			row(sheet, 0, "Nom du pôle", "Sigle", "Structure porteuse", "Siret porteur", "Code postal", "Commune",
					"Département", "Site web", "Statut");
			row(sheet, 1, "Coopérative d'Initiatives Solidaires et de Développement Territorial", null, null, null,
					"52000", "Chaumont", "52", null, "actif");
			row(sheet, 2, "EVR", null, null, null, "27500", "Pont-Audemer", "27", null, "actif");
			row(sheet, 3, "Vivre en Bray", null, null, null, "76220", "Gournay-en-Bray", "76",
					"https://vivre-en-bray.example.fr", "actif");
			row(sheet, 4, "Bray Énergies Citoyennes", "BEC", "Association Bray Coopération", null, "76220",
					"Gournay-en-Bray", "76", null, "émergent");
			row(sheet, 5, "Pôle ESS Ariège", null, null, null, "09000", "Foix", "09", null, "actif");
			row(sheet, 6, "Archipel Solidaire Bretagne", null, null, null, "29200", "Brest", "29", null, "actif");
			row(sheet, 7, "Pôle Vosges Alimentation Durable", null, "Coopérative Vosges Solidaires",
					VOSGES_CARRIER_SIRET, "88000", "Épinal", "88", null, "émergent");
			row(sheet, 8, "Pôle Vosges Coopération", null, "Coopérative Vosges Solidaires", VOSGES_CARRIER_SIRET,
					"88000", "Épinal", "88", null, "actif");
			row(sheet, 9, "Pole Sud-Archer", null, null, null, "26100", "Romans-sur-Isère", "26", null, "actif");
			row(sheet, 10, "Damier", null, null, null, "63000", "Clermont-Ferrand", "63", null, "actif");
			row(sheet, 11, "Cévennes Solidaires", null, null, null, "30100", "Alès", "30", null, "actif");
			row(sheet, 12, "Réseau Entreprendre Autrement Tarn", null, null, null, "81000", "Albi", "81", null,
					"en sommeil");
			row(sheet, 13, "Pôle Alimentation Bretagne Nord", null, null, null, "22000", "Saint-Brieuc", "22", null,
					"actif");
			row(sheet, 14, "Pôle Alimentation Bretagne Sud", null, null, null, "56000", "Vannes", "56", null,
					"actif");
			row(sheet, 15, "PTCE Pays de Caux Vallée de Seine", null, "Caux Coop", null, "76170", "Lillebonne", "76",
					null, "actif");
			write(workbook, file);
		}
	}

	/** Files every inbox receives one day: each gets a verdict, the others go on. */
	static void writeBadFiles(Path folder) throws IOException, GeneralSecurityException {
		Files.createDirectories(folder);
		Path complete = folder.resolve("tmp-complet.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			row(workbook.createSheet("Pôles"), 0, "Nom du pôle", "SIRET", "Code postal");
			row(workbook.getSheet("Pôles"), 1, "PTCE Confidentiel", null, "75011");
			write(workbook, complete);
		}
		byte[] bytes = Files.readAllBytes(complete);
		Files.write(folder.resolve("export-tronque-2025.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("ptce");
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(bytes);
			}
			try (OutputStream out = Files.newOutputStream(folder.resolve("fichier-protege-2025.xlsx"))) {
				fs.writeFilesystem(out);
			}
		}
		Files.delete(complete);
		Files.writeString(folder.resolve("liste-poles-2025.xlsx"), "Nom du pôle;Code postal\nPTCE Texte;75011\n");
		Files.write(folder.resolve("vide-2025.csv"), new byte[0]);
	}

	/** A regional network: the national template's headers, with a title block, a total and margin notes. */
	static void writeCressNormandie(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Pôles");
			sheet.createRow(0).createCell(0).setCellValue("Recensement des PTCE de Normandie — CRESS Normandie");
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
			sheet.createRow(1).createCell(0).setCellValue("Mise à jour : mars 2025. Ne pas diffuser les contacts.");
			row(sheet, 3, "Nom du pôle", "Sigle", "Structure porteuse", "SIRET", "Forme juridique", "Code postal",
					"Commune", "Département", "Région", "Année de création", "Statut", "Emplois créés",
					"Budget annuel (€)", "Site web", "Contact", "Courriel", "Téléphone", "Remarques CRESS");
			row(sheet, 4, "PTCE Pays de Bray", null, "Association Bray Coopération", PAYS_DE_BRAY_SIRET,
					"Association loi 1901", "76220", "Gournay-en-Bray", "Seine-Maritime", "Normandie", "2015", "Actif",
					"12", "185 000,00 €", "https://ptce-paysdebray.example.fr", "Claire Martin",
					"claire.martin@example.fr", "02 35 00 00 01", "Lauréat 2015");
			row(sheet, 5, "Le Cluster Vivre en Pays de Bray", "CVPB", "SCIC Vivre en Bray", CLUSTER_BRAY_SIRET, "SCIC",
					"76220", "Gournay-en-Bray", "76", "Normandie", "2019", "en activité", "4", "62 500 €", null,
					"Paul Leroy", "contact@vivre-en-bray.example.fr", null, "Même territoire que le PTCE, autre pôle");
			row(sheet, 6, "Pôle Caux Vallée de Seine Coop", null, "Caux Coop", CAUX_SIRET, "association", "76170",
					"Lillebonne", "76", "Normandie", "2014", "actif", "7", "98000", null, null, null, null, null);
			row(sheet, 7, "PTCE Écopôle Val de Risle", "EVR", "SCIC Écopôle", VAL_DE_RISLE_SIRET, "SCIC SA", "27500",
					"Pont-Audemer", "Eure", "Normandie", "2017", "actif", "9", "240 000", null, null, null, null, null);
			row(sheet, 8, "Coop'Cotentin (CCT)", null, null, null, "Sans structure juridique", "50100",
					"Cherbourg-en-Cotentin", "Manche", "Normandie", "2099", "émergent", "-3", null, null, null, null,
					null, "Année de création à vérifier");
			// a row with no pole name: quarantined
			row(sheet, 9, null, null, "Association des Amis du Bocage", "123 456 789 00012", "association", "61000",
					"Alençon", "Orne", "Normandie", null, null, null, null, null, null, null, null,
					"Nom manquant dans la saisie");
			// a blank row between records, then a total
			row(sheet, 11, "Total", null, null, null, null, null, null, null, null, null, null, "32", null, null, null,
					null, null, null);
			// the template's optional sheet of members: poles named by name or acronym
			Sheet members = workbook.createSheet("Membres");
			row(members, 0, "Pôle", "Nom du membre", "SIRET", "Catégorie", "Type SIAE", "Commune ou code postal",
					"Année d'adhésion");
			row(members, 1, "PTCE Pays de Bray", "Communauté de communes des 4 rivières", null, null, null, "76220",
					"2015");
			row(members, 2, "PTCE Pays de Bray", "Les Jardins de Bray", null, "Association", "ACI", "Gournay-en-Bray",
					"2016");
			row(members, 3, "PTCE Pays de Bray", "Université de Rouen Normandie", null, "Recherche", null, "76000",
					"2018");
			row(members, 4, "CVPB", "Bray Bois SARL", null, "Entreprise", null, "76220", "2019");
			row(members, 5, "PTCE Inconnu", "Association Fantôme", null, "Association", null, "76000", "2020");
			workbook.setActiveSheet(0);
			write(workbook, file);
		}
	}

	/** A national network: its own headers, a notes sheet first, a hidden list sheet, numbers and dates. */
	static void writeLaboEss(Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet notes = workbook.createSheet("Lisez-moi");
			notes.createRow(0).createCell(0).setCellValue("Recensement national des PTCE — Labo de l'ESS");
			notes.createRow(1).createCell(0).setCellValue("La feuille « Recensement » liste les pôles connus du réseau.");
			Sheet sheet = workbook.createSheet("Recensement");
			Sheet lists = workbook.createSheet("Listes");
			lists.createRow(0).createCell(0).setCellValue("Nom du pôle");
			lists.getRow(0).createCell(1).setCellValue("Statut");
			workbook.setSheetVisibility(2, SheetVisibility.HIDDEN);

			CreationHelper helper = workbook.getCreationHelper();
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(helper.createDataFormat().getFormat("dd/mm/yyyy"));
			sheet.createRow(0).createCell(0).setCellValue("Pôles territoriaux de coopération économique — 2025");
			row(sheet, 2, "Nom du PTCE", "Siret porteur", "Forme jur.", "CP", "Ville", "Région", "Date de création",
					"Emplois", "ETP salariés", "Site internet");
			Object[][] poles = {
					{ "Pôle territorial de coopération économique du Pays de Bray", Long.parseLong(PAYS_DE_BRAY_SIRET),
							"Association", "76220", "Gournay-en-Bray", "Haute-Normandie", LocalDate.of(2015, 9, 1), 12.0,
							null, "https://ptce-paysdebray.example.fr" },
					{ "Ecopôle Val de Risle", Long.parseLong(VAL_DE_RISLE_SIRET), "SCIC", "27500", "Pont-Audemer",
							"Haute-Normandie", LocalDate.of(2017, 3, 15), null, null, null },
					{ "Pôle Caux Vallée de Seine Coop", Long.parseLong(CAUX_SIRET), "Asso", 76170.0, "Lillebonne",
							"Haute Normandie", null, null, null, null },
					{ "CISDT 52", null, "GIE", "52000", "Chaumont", "Champagne-Ardenne", LocalDate.of(2012, 1, 10), null,
							null, null },
					{ "Pôle Sud Archer", Long.parseLong(SUD_ARCHER_SIRET), "SCIC", "26100", "Romans-sur-Isère",
							"Rhône-Alpes", LocalDate.of(2007, 6, 1), 25.0, null, "https://www.polesudarcher.example.fr" },
					{ "Le Damier", null, "SCIC", "63000", "Clermont-Ferrand", "Auvergne", LocalDate.of(2014, 5, 20), null,
							null, null },
					{ "Coop'Cotentin", null, "non constitué", "50100", "Cherbourg-en-Cotentin", "Basse-Normandie", null,
							null, null, null } };
			int rowIndex = 3;
			for (Object[] pole : poles) {
				Row row = sheet.createRow(rowIndex++);
				for (int column = 0; column < pole.length; column++) {
					Object value = pole[column];
					if (value instanceof String text) {
						row.createCell(column).setCellValue(text);
					}
					else if (value instanceof Long number) {
						row.createCell(column).setCellValue(number.doubleValue());
					}
					else if (value instanceof Double number) {
						row.createCell(column).setCellValue(number);
					}
					else if (value instanceof LocalDate day) {
						row.createCell(column).setCellValue(day);
						row.getCell(column).setCellStyle(date);
					}
				}
			}
			// a formula with its cached value: full-time equivalents of the Pays de Bray
			sheet.getRow(3).createCell(8).setCellFormula("H4/2");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.setActiveSheet(1);
			write(workbook, file);
		}
	}

	/** A national network's CSV export: Windows-1252, semicolons, its own headers and vocabulary. */
	static void writeCoorace(Path file) throws IOException {
		Files.createDirectories(file.getParent());
		List<String> lines = List.of("Dénomination;SIREN / SIRET;Dépt;Forme;Nb SIAE;Statut;E-mail",
				"PTCE Pays de Bray;" + spaced(PAYS_DE_BRAY_SIRET) + ";76 - Seine-Maritime;association;3;actif;claire.martin@example.fr",
				"CISDT 52;;52 - Haute-Marne;GIE;2;actif;",
				"Pôle Sud Archer;" + SUD_ARCHER_SIRET.substring(0, 9) + ";Drôme;SCIC;5;actif;",
				"Archipel Solidaire;;2A;association;1;émergent;",
				"Pôle ESS Ardennes;;08;association;2;dissous;",
				"\"Réseau « Entreprendre autrement », Tarn\";;81;SCOP;4;en veille;");
		try (Writer writer = Files.newBufferedWriter(file, Charset.forName("windows-1252"))) {
			for (String line : lines) {
				writer.write(line);
				writer.write("\r\n");
			}
		}
	}

	private static String spaced(String siret) {
		return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
				+ siret.substring(9);
	}

	private static void row(Sheet sheet, int index, String... values) {
		Row row = sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			if (values[column] != null) {
				row.createCell(column).setCellValue(values[column]);
			}
		}
	}

	private static void write(XSSFWorkbook workbook, Path file) throws IOException {
		Files.createDirectories(file.getParent());
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
	}

}
