package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.shared.SafeCells;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
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

	static final String ABOUT_SHEET = "À propos";

	/** What the workbook is, where its figures come from, under which licence, and how to read them. */
	private static void about(Sheet sheet, CellStyle bold, ReportData data) {
		String[][] lines = {
				{ "Observatoire national des pôles territoriaux de coopération économique (PTCE)" },
				{ "Contenu", "Indicateurs annuels " + data.year() + " (une feuille par indicateur) et liste publique des pôles "
						+ "(feuille « " + POLES_SHEET + " »), sans donnée personnelle." },
				{ "Source", "Fichiers transmis par les réseaux régionaux et nationaux de PTCE, dédoublonnés par l'observatoire ; "
						+ "la provenance de chaque fichier figure en annexe du rapport PDF." },
				{ "Produit le", data.builtAt().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm",
						java.util.Locale.FRANCE)) + " (exécution n° " + data.executionId() + ", logiciel observatoire-ptce "
						+ data.softwareVersion() + ")" },
				{ "Licence", "Licence Ouverte / Open Licence 2.0 (etalab-2.0) : https://www.etalab.gouv.fr/licence-ouverte-open-licence" },
				{ "Valeur", "Le chiffre de l'indicateur pour la dimension de la ligne (« Ensemble » : tous les pôles)." },
				{ "Couverture (pôles)", "Le nombre de pôles qui ont renseigné l'information : les parts sont calculées sur ces "
						+ "seuls pôles. Un indicateur absent n'est renseigné par aucun fichier (il ne vaut pas 0)." },
				{ "Pôle actif", "Déclaré pour l'année par au moins un réseau, ni dissous ni en sommeil." },
				{ "Définitions", "Voir la section « Méthodologie et définitions » du rapport PDF." } };
		for (int index = 0; index < lines.length; index++) {
			Row row = sheet.createRow(index);
			for (int column = 0; column < lines[index].length; column++) {
				Cell cell = row.createCell(column);
				cell.setCellValue(lines[index][column]);
				if (column == 0) {
					cell.setCellStyle(bold);
				}
			}
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 120 * 256);
	}

	private XlsxReport() {
	}

	/**
	 * A streamed workbook zipped at deflate's fastest level: the poles' sheet of a large year is most of the
	 * workbook's writing time at the default level, for a file a few percent smaller.
	 */
	private static final class QuicklyZipped extends SXSSFWorkbook {

		QuicklyZipped() {
			super(null, 500, false, false);
		}

		@Override
		protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
			ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
			zip.setLevel(Deflater.BEST_SPEED);
			return zip;
		}

	}

	static void write(ReportData data, Path file) throws IOException {
		// streamed (SXSSF): a large year lists tens of thousands of poles
		try (SXSSFWorkbook workbook = new QuicklyZipped();
				OutputStream out = Files.newOutputStream(file)) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			// the workbook's default style, set on each cell all the same: a cell without one has SXSSF look up its
			// column's default style as it is written (a search through the columns, a sixth of the workbook's time
			// on a large year's poles); style 0 is not written out, so the file is the same as long as no column is
			// given a default style of its own
			CellStyle plain = workbook.getCellStyleAt(0);
			CellStyle decimal = workbook.createCellStyle();
			decimal.setDataFormat(workbook.createDataFormat().getFormat("# ##0.##"));
			about(workbook.createSheet(ABOUT_SHEET), header, data);
			for (Map.Entry<Indicator, List<IndicatorValue>> entry : data.byIndicator().entrySet()) {
				Sheet sheet = workbook.createSheet(entry.getKey().code());
				headerRow(sheet, header, "Indicateur : " + entry.getKey().title(), "Valeur (" + entry.getKey().unit() + ")",
						"Couverture (pôles)");
				int rowIndex = 1;
				for (IndicatorValue value : entry.getValue()) {
					Row row = sheet.createRow(rowIndex++);
					cell(row, 0, plain).setCellValue(SafeCells.text(value.dimension().isEmpty() ? "Ensemble" : value.dimension()));
					cell(row, 1, decimal).setCellValue(value.value().doubleValue());
					cell(row, 2, plain).setCellValue(value.coverage());
				}
				sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, rowIndex - 1), 0, 2));
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
						cell(row, column, plain).setCellValue(number.doubleValue());
					}
					else if (value != null) {
						cell(row, column, plain).setCellValue(SafeCells.text(value.toString()));
					}
				}
			}
			poles.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(1, rowIndex - 1), 0,
					ReportData.PublicPole.HEADERS.size() - 1));
			for (int column = 0; column < ReportData.PublicPole.HEADERS.size(); column++) {
				poles.setColumnWidth(column, 24 * 256);
			}
			workbook.write(out);
		}
	}

	private static Cell cell(Row row, int column, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		return cell;
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
