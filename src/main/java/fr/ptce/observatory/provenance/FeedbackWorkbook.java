package fr.ptce.observatory.provenance;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.FileColumns;
import fr.ptce.observatory.ingestion.RawRows;
import fr.ptce.observatory.ingestion.RowKind;
import fr.ptce.observatory.normalisation.RecordOutcome;
import fr.ptce.observatory.resolution.MatchRule;
import fr.ptce.observatory.shared.SafeCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The workbook sent back to a network about one of its files, in French: the verdict and what each column
 * was understood as, then each row with its outcome, the pole it went to, and the reason it was set aside or
 * the values that were; quarantined rows and invalid cells are highlighted. Contacts are masked: the
 * workbook can be downloaded from the observatory's pages.
 */
@Component
public class FeedbackWorkbook {

	static final String SUMMARY_SHEET = "Synthèse";

	static final String ROWS_SHEET = "Lignes";

	static final String MEMBERS_SHEET = "Membres";

	static final String MASKED = "(masqué)";

	private static final Set<Field> PERSONAL = Set.of(Field.CONTACT_NAME, Field.CONTACT_EMAIL, Field.CONTACT_PHONE);

	private final JdbcTemplate jdbc;

	private final FileColumns columns;

	private final RawRows rawRows;

	FeedbackWorkbook(JdbcTemplate jdbc, FileColumns columns, RawRows rawRows) {
		this.rawRows = rawRows;
		this.jdbc = jdbc;
		this.columns = columns;
	}

	/** The file's name (relative to the inbox), when the file is known. */
	public Optional<String> fileName(long fileId) {
		return this.jdbc.queryForList("select name from source_file where id = ?", String.class, fileId)
			.stream().findFirst();
	}

	public void write(long fileId, OutputStream out) throws IOException {
		Map<String, Object> file = this.jdbc.queryForMap("select * from source_file where id = ?", fileId);
		Map<String, Field> columns = this.columns.fieldsByHeader(fileId, RowKind.POLE);
		Map<String, Field> memberColumns = this.columns.fieldsByHeader(fileId, RowKind.MEMBER);
		Map<String, String> evidence = this.columns.evidenceByHeader(fileId, RowKind.POLE);
		Map<String, String> memberEvidence = this.columns.evidenceByHeader(fileId, RowKind.MEMBER);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(workbook);
			summary(workbook.createSheet(SUMMARY_SHEET), styles, file, columns, memberColumns, evidence, memberEvidence);
			rows(workbook.createSheet(ROWS_SHEET), styles, fileId, RowKind.POLE, columns);
			if (!memberColumns.isEmpty()) {
				rows(workbook.createSheet(MEMBERS_SHEET), styles, fileId, RowKind.MEMBER, memberColumns);
			}
			workbook.write(out);
		}
	}

	private void summary(Sheet sheet, Styles styles, Map<String, Object> file, Map<String, Field> columns,
			Map<String, Field> memberColumns, Map<String, String> evidence, Map<String, String> memberEvidence) {
		int index = 0;
		index = line(sheet, index, styles.bold, "Retour de l'observatoire national des PTCE sur votre fichier");
		index++;
		for (String[] item : new String[][] { { "Fichier", text(file.get("name")) },
				{ "Réseau", Optional.ofNullable(text(file.get("network"))).orElse("non identifié") },
				{ "Reçu le", text(file.get("received_at")) }, { "Empreinte SHA-256", text(file.get("sha256")) },
				{ "Verdict", Optional.ofNullable(text(file.get("verdict"))).orElse("en cours d'import") },
				{ "Feuille des pôles", text(file.get("sheet")) }, { "Ligne d'en-tête", text(file.get("header_row")) },
				{ "Feuille des membres", Optional.ofNullable(text(file.get("member_sheet"))).orElse("aucune") },
				{ "Lignes lues", text(file.get("rows_read")) }, { "Nouveaux pôles", text(file.get("rows_accepted")) },
				{ "Fusionnées avec un pôle connu", text(file.get("rows_merged")) },
				{ "En quarantaine", text(file.get("rows_quarantined")) }, { "Ignorées", text(file.get("rows_ignored")) } }) {
			Row row = sheet.createRow(index++);
			cell(row, 0, item[0], styles.bold);
			cell(row, 1, item[1], null);
		}
		index = columns(sheet, index + 1, styles, "Colonne de la feuille des pôles", columns, evidence);
		if (!memberColumns.isEmpty()) {
			columns(sheet, index + 1, styles, "Colonne de la feuille des membres", memberColumns, memberEvidence);
		}
		sheet.setColumnWidth(0, 34 * 256);
		sheet.setColumnWidth(1, 40 * 256);
		sheet.setColumnWidth(2, 90 * 256);
	}

	private static int columns(Sheet sheet, int start, Styles styles, String title, Map<String, Field> columns,
			Map<String, String> evidence) {
		int index = start;
		Row header = sheet.createRow(index++);
		cell(header, 0, title, styles.bold);
		cell(header, 1, "Comprise comme", styles.bold);
		cell(header, 2, "Pourquoi", styles.bold);
		for (Map.Entry<String, Field> column : columns.entrySet()) {
			Row row = sheet.createRow(index++);
			cell(row, 0, SafeCells.text(column.getKey()), null);
			cell(row, 1, (column.getValue() != null) ? column.getValue().templateHeader()
					: "non reconnue (conservée, non interprétée)", (column.getValue() != null) ? null : styles.warning);
			cell(row, 2, (column.getValue() != null) ? evidence.getOrDefault(column.getKey(), "en-tête connu") : "", null);
		}
		return index;
	}

	private void rows(SXSSFSheet sheet, Styles styles, long fileId, RowKind kind, Map<String, Field> columns) {
		List<String> headers = new ArrayList<>(List.of("Ligne", "Résultat", "Pôle", "Motif ou valeurs écartées"));
		List<String> sourceHeaders = new ArrayList<>(columns.keySet());
		headers.addAll(sourceHeaders);
		Row header = sheet.createRow(0);
		for (int column = 0; column < headers.size(); column++) {
			cell(header, column, headers.get(column), styles.bold);
		}
		sheet.createFreezePane(0, 1);
		int[] index = { 1 };
		String records = (kind == RowKind.MEMBER) ? "member_record" : "pole_record";
		this.jdbc.query("""
				select r.row_number, r.cells::text as cells, p.outcome, p.reason, p.pole_id, p.warnings, p.warning_fields,
				       %s as match_rule
				from raw_row r left join %s p on p.raw_row_id = r.id
				where r.file_id = ? and r.kind = ? order by r.row_number""".formatted(
						(kind == RowKind.MEMBER) ? "null" : "p.match_rule", records), rs -> {
			Map<String, String> cells = this.rawRows.cells(rs.getString("cells"));
			RecordOutcome outcome = (rs.getString("outcome") == null) ? null : RecordOutcome.valueOf(rs.getString("outcome"));
			List<String> warnings = strings(rs.getArray("warnings"));
			Set<Field> invalid = new HashSet<>();
			strings(rs.getArray("warning_fields")).forEach(name -> invalid.add(Field.valueOf(name)));
			boolean quarantined = outcome == RecordOutcome.QUARANTINED;
			CellStyle rowStyle = quarantined ? styles.rejected : null;
			Row row = sheet.createRow(index[0]++);
			row.createCell(0).setCellValue(rs.getInt("row_number"));
			String result = MatchRule.DUPLICATE.code().equals(rs.getString("match_rule")) ? "Pôle déjà listé dans ce fichier"
					: (outcome == null) ? "Non lue" : (kind == RowKind.MEMBER) ? outcome.memberLabel() : outcome.poleLabel();
			cell(row, 1, result, MatchRule.DUPLICATE.code().equals(rs.getString("match_rule")) ? styles.warning : rowStyle);
			cell(row, 2, rs.getString("pole_id"), rowStyle);
			cell(row, 3, quarantined || outcome == RecordOutcome.IGNORED ? rs.getString("reason") : String.join(" ", warnings),
					quarantined ? styles.rejected : warnings.isEmpty() ? null : styles.warning);
			for (int column = 0; column < sourceHeaders.size(); column++) {
				String sourceHeader = sourceHeaders.get(column);
				Field field = columns.get(sourceHeader);
				String value = cells.get(sourceHeader);
				if (value != null && field != null && PERSONAL.contains(field)) {
					value = MASKED;
				}
				cell(row, 4 + column, SafeCells.text(value), invalid.contains(field) ? styles.warning : rowStyle);
			}
		}, fileId, kind.name());
		sheet.setColumnWidth(1, 26 * 256);
		sheet.setColumnWidth(3, 60 * 256);
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static int line(Sheet sheet, int index, CellStyle style, String text) {
		cell(sheet.createRow(index), 0, text, style);
		return index + 1;
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value);
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static final class Styles {

		final CellStyle bold;

		final CellStyle rejected;

		final CellStyle warning;

		Styles(SXSSFWorkbook workbook) {
			Font font = workbook.createFont();
			font.setBold(true);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(font);
			this.rejected = fill(workbook, IndexedColors.ROSE);
			this.warning = fill(workbook, IndexedColors.LIGHT_ORANGE);
		}

		private static CellStyle fill(SXSSFWorkbook workbook, IndexedColors colour) {
			CellStyle style = workbook.createCellStyle();
			style.setFillForegroundColor(colour.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}

	}

}
