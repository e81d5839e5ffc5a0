package fr.ptce.observatory.provenance;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.normalisation.Territory;
import fr.ptce.observatory.normalisation.Vocabularies;
import fr.ptce.observatory.resolution.NetworkPoles;
import fr.ptce.observatory.resolution.PoleDirectory;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

/**
 * Next year's workbook for a network: its poles with their current published values and the members it listed,
 * under the national template's headers (read without any guessing), drop-down lists for the vocabularies, the
 * observation year filled in, and a sheet that explains the fields. Contacts are left for the network to fill.
 */
@Component
public class NextYearTemplate {

	static final String POLES = "Pôles";

	static final String MEMBERS = "Membres";

	static final String LISTS = "Listes";

	static final String README = "Lisez-moi";

	/** The poles sheet's columns: the template's headers, with the field of the published record each shows. */
	static final List<Field> POLE_COLUMNS = List.of(Field.NAME, Field.ACRONYM, Field.CARRIER_NAME, Field.SIRET,
			Field.SIRET_ROLE, Field.LEGAL_FORM, Field.POSTAL_CODE, Field.COMMUNE, Field.DEPARTEMENT, Field.REGION,
			Field.CREATION_YEAR, Field.STATUS, Field.JOBS_CREATED, Field.BUDGET, Field.WEBSITE, Field.CONTACT_NAME,
			Field.CONTACT_EMAIL, Field.CONTACT_PHONE, Field.OBSERVATION_YEAR);

	/** The members sheet's columns, as the national template heads them (the name is the member's). */
	static final List<String> MEMBER_HEADERS = List.of(Field.MEMBER_OF.templateHeader(), "Nom du membre",
			Field.SIRET.templateHeader(), Field.MEMBER_CATEGORY.templateHeader(), Field.SIAE_TYPE.templateHeader(),
			"Commune ou code postal", Field.YEAR_JOINED.templateHeader());

	private static final Map<Field, String> PUBLISHED = Map.ofEntries(Map.entry(Field.NAME, "name"),
			Map.entry(Field.ACRONYM, "acronym"), Map.entry(Field.CARRIER_NAME, "carrier_name"),
			Map.entry(Field.SIRET, "siret"), Map.entry(Field.LEGAL_FORM, "legal_form"),
			Map.entry(Field.POSTAL_CODE, "postal_code"), Map.entry(Field.COMMUNE, "commune"),
			Map.entry(Field.DEPARTEMENT, "departement"), Map.entry(Field.REGION, "region"),
			Map.entry(Field.CREATION_YEAR, "creation_year"), Map.entry(Field.STATUS, "status"),
			Map.entry(Field.WEBSITE, "website"));

	private final NetworkPoles poles;

	private final PoleDirectory directory;

	private final Vocabularies vocabularies;

	NextYearTemplate(NetworkPoles poles, PoleDirectory directory, Vocabularies vocabularies) {
		this.poles = poles;
		this.directory = directory;
		this.vocabularies = vocabularies;
	}

	/** Writes the template of {@code network} for the observation year {@code year}. */
	public void write(String network, int year, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			readme(workbook.createSheet(README), network, year, bold);
			Sheet poleSheet = workbook.createSheet(POLES);
			Sheet memberSheet = workbook.createSheet(MEMBERS);
			header(poleSheet, POLE_COLUMNS.stream().map(Field::templateHeader).toList(), bold);
			header(memberSheet, MEMBER_HEADERS, bold);
			Territory territory = Territory.official();
			int poleRow = 1;
			int memberRow = 1;
			for (NetworkPoles.Described pole : this.poles.of(network)) {
				Map<String, String> kept = new java.util.HashMap<>();
				this.poles.fields(pole.id(), network).orElse(List.of())
					.forEach(field -> kept.put(field.field(), field.kept()));
				Row row = poleSheet.createRow(poleRow++);
				for (int column = 0; column < POLE_COLUMNS.size(); column++) {
					Field field = POLE_COLUMNS.get(column);
					String value = (field == Field.OBSERVATION_YEAR) ? String.valueOf(year)
							: (PUBLISHED.containsKey(field)) ? kept.get(PUBLISHED.get(field)) : null;
					if (value != null && field == Field.REGION) {
						value = territory.region(value).map(Territory.Region::name).orElse(value);
					}
					if (value != null) {
						row.createCell(column).setCellValue(value);
					}
				}
				for (PoleDirectory.MemberLine member : this.directory.members(pole.id())) {
					if (!member.networks().contains(network)) {
						continue;
					}
					Row line = memberSheet.createRow(memberRow++);
					line.createCell(0).setCellValue(pole.name());
					line.createCell(1).setCellValue(member.name());
					if (member.category() != null) {
						line.createCell(3).setCellValue(member.category());
					}
					if (member.departement() != null) {
						line.createCell(5).setCellValue(member.departement());
					}
					if (member.yearJoined() != null) {
						line.createCell(6).setCellValue(String.valueOf(member.yearJoined()));
					}
				}
			}
			lists(workbook, poleSheet, memberSheet);
			for (Sheet sheet : List.of(poleSheet, memberSheet)) {
				sheet.createFreezePane(0, 1);
				for (int column = 0; column < 8; column++) {
					sheet.setColumnWidth(column, 24 * 256);
				}
			}
			workbook.setActiveSheet(workbook.getSheetIndex(poleSheet));
			workbook.write(out);
		}
	}

	private static void header(Sheet sheet, List<String> columns, CellStyle bold) {
		Row row = sheet.createRow(0);
		for (int column = 0; column < columns.size(); column++) {
			row.createCell(column).setCellValue(columns.get(column));
			row.getCell(column).setCellStyle(bold);
		}
	}

	/** The vocabularies on a hidden sheet, and a drop-down list on each column that takes one. */
	private void lists(XSSFWorkbook workbook, Sheet poleSheet, Sheet memberSheet) {
		Sheet lists = workbook.createSheet(LISTS);
		List<List<String>> columns = List.of(this.vocabularies.legalForms().values(),
				this.vocabularies.statuses().values(), List.of("pôle", "porteuse"),
				this.vocabularies.memberCategories().values(), this.vocabularies.siaeTypes().values());
		for (int column = 0; column < columns.size(); column++) {
			for (int row = 0; row < columns.get(column).size(); row++) {
				Row line = (lists.getRow(row) != null) ? lists.getRow(row) : lists.createRow(row);
				line.createCell(column).setCellValue(columns.get(column).get(row));
			}
		}
		workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
		dropDown(poleSheet, POLE_COLUMNS.indexOf(Field.LEGAL_FORM), "A", columns.get(0).size());
		dropDown(poleSheet, POLE_COLUMNS.indexOf(Field.STATUS), "B", columns.get(1).size());
		dropDown(poleSheet, POLE_COLUMNS.indexOf(Field.SIRET_ROLE), "C", columns.get(2).size());
		dropDown(memberSheet, MEMBER_HEADERS.indexOf(Field.MEMBER_CATEGORY.templateHeader()), "D", columns.get(3).size());
		dropDown(memberSheet, MEMBER_HEADERS.indexOf(Field.SIAE_TYPE.templateHeader()), "E", columns.get(4).size());
	}

	private static void dropDown(Sheet sheet, int column, String listColumn, int size) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createFormulaListConstraint(LISTS + "!$" + listColumn + "$1:$" + listColumn + "$" + size),
				new CellRangeAddressList(1, 2000, column, column));
		// a value out of the list is allowed, with a warning: the network may know better than the list
		validation.setErrorStyle(DataValidation.ErrorStyle.WARNING);
		validation.setShowErrorBox(true);
		validation.createErrorBox("Valeur hors liste", "Cette valeur n'est pas dans la liste ; elle sera gardée telle "
				+ "quelle et signalée dans le classeur de retour.");
		sheet.addValidationData(validation);
	}

	private static void readme(Sheet sheet, String network, int year, CellStyle bold) {
		List<String[]> lines = List.of(new String[] { "Observatoire national des PTCE — fichier " + year + " de "
				+ network },
				new String[] { "" },
				new String[] { "Ce classeur reprend vos pôles avec les valeurs publiées aujourd'hui, et les membres que "
						+ "vous avez déclarés. Corrigez, complétez, ajoutez une ligne par nouveau pôle, puis renvoyez-le "
						+ "depuis votre espace : il est lu sans rien deviner." },
				new String[] { "" },
				new String[] { "Feuille « Pôles »", "une ligne par pôle, ses en-têtes tels quels" },
				new String[] { "Nom du pôle", "obligatoire" },
				new String[] { "SIRET / SIRET de", "14 chiffres ; « pôle » s'il est celui du pôle, « porteuse » s'il est "
						+ "celui de sa structure porteuse" },
				new String[] { "Forme juridique, Statut", "choisis dans la liste (une autre valeur est gardée et signalée)" },
				new String[] { "Département, Région", "nom ou code" },
				new String[] { "Contact, Courriel, Téléphone", "pour l'observatoire seulement : jamais publiés" },
				new String[] { "Année d'observation", "déjà remplie : " + year },
				new String[] { "Feuille « Membres »", "une ligne par membre : le pôle (son nom ou son sigle), le membre, "
						+ "sa catégorie (liste), son type de SIAE le cas échéant" });
		for (int i = 0; i < lines.size(); i++) {
			Row row = sheet.createRow(i);
			for (int j = 0; j < lines.get(i).length; j++) {
				row.createCell(j).setCellValue(lines.get(i)[j]);
				if (j == 0 && i != 2) {
					row.getCell(j).setCellStyle(bold);
				}
			}
		}
		sheet.setColumnWidth(0, 32 * 256);
		sheet.setColumnWidth(1, 90 * 256);
	}

}
