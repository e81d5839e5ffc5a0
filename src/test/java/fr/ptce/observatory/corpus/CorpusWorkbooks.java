package fr.ptce.observatory.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sheets of a corpus file as a network would have saved them: an Excel workbook (.xlsx with POI XSSF,
 * .xls with HSSF) or a CSV text (semicolons, UTF-8 with a BOM or windows-1252, CRLF). A sheet is a grid of cells:
 * {@link String} text, {@link Number} numbers (General format: Excel shows a 14-digit number in scientific
 * notation), {@link Formatted} numbers with an Excel number format, {@link LocalDate} dates (dd/mm/yyyy), or
 * {@code null}.
 */
final class CorpusWorkbooks {

	/** A number shown with an Excel number format, e.g. {@code "0"} for a whole SIRET. */
	record Formatted(double value, String format) {
	}

	/** A sheet to write: its rows (an empty row is blank), its header row (bold), title cells to merge. */
	static final class Grid {

		final String name;

		final List<List<Object>> rows = new ArrayList<>();

		int headerRow = -1;

		boolean hidden;

		/** Merged regions: {row, first column, last column}. */
		final List<int[]> merges = new ArrayList<>();

		Grid(String name) {
			this.name = name;
		}

		/** Appends a row; returns its index (0-based). */
		int add(List<?> cells) {
			this.rows.add(new ArrayList<>(cells));
			return this.rows.size() - 1;
		}

		int addBlank() {
			return add(List.of());
		}

		int width() {
			return this.rows.stream().mapToInt(List::size).max().orElse(0);
		}

	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private CorpusWorkbooks() {
	}

	/** Writes an .xlsx ({@code xls} false) or an .xls workbook; {@code active} is the sheet shown on opening. */
	static void writeWorkbook(Path file, List<Grid> grids, int active, boolean xls) throws IOException {
		try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook()) {
			if (workbook instanceof HSSFWorkbook hssf) {
				// document properties with a code page, as Excel writes them (else POI warns on writing)
				hssf.createInformationProperties();
				hssf.getSummaryInformation().getFirstSection().setCodepage(1252);
				hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(1252);
			}
			Styles styles = new Styles(workbook);
			for (Grid grid : grids) {
				Sheet sheet = workbook.createSheet(grid.name);
				for (int r = 0; r < grid.rows.size(); r++) {
					List<Object> cells = grid.rows.get(r);
					if (cells.isEmpty()) {
						continue;
					}
					Row row = sheet.createRow(r);
					for (int c = 0; c < cells.size(); c++) {
						if (cells.get(c) != null) {
							write(row.createCell(c), cells.get(c), styles, r == grid.headerRow);
						}
					}
				}
				for (int[] merge : grid.merges) {
					sheet.addMergedRegion(new CellRangeAddress(merge[0], merge[0], merge[1], merge[2]));
				}
				for (int c = 0; c < Math.min(grid.width(), 40); c++) {
					sheet.setColumnWidth(c, 18 * 256);
				}
			}
			for (int i = 0; i < grids.size(); i++) {
				if (grids.get(i).hidden) {
					workbook.setSheetVisibility(i, SheetVisibility.HIDDEN);
				}
			}
			workbook.setActiveSheet(active);
			workbook.setFirstVisibleTab(0);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/** Writes one grid as a semicolon-separated text; every row has the grid's width, as Excel exports it. */
	static void writeCsv(Path file, Grid grid, Charset charset, boolean bom) throws IOException {
		CharsetEncoder encoder = charset.newEncoder();
		int width = grid.width();
		try (Writer writer = Files.newBufferedWriter(file, charset)) {
			if (bom) {
				writer.write('\uFEFF');
			}
			for (List<Object> cells : grid.rows) {
				StringBuilder line = new StringBuilder();
				for (int c = 0; c < width; c++) {
					if (c > 0) {
						line.append(';');
					}
					String text = (c < cells.size()) ? text(cells.get(c)) : "";
					if (!encoder.canEncode(text)) {
						throw new IllegalStateException("not in " + charset + ": " + text);
					}
					line.append(quoted(text));
				}
				writer.write(line.toString());
				writer.write("\r\n");
			}
		}
	}

	/** A cell's value as a CSV export writes it (French decimal comma). */
	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof LocalDate day) {
			return day.format(DAY);
		}
		if (value instanceof Formatted formatted) {
			return number(formatted.value());
		}
		if (value instanceof Number number) {
			return number(number.doubleValue());
		}
		return value.toString();
	}

	private static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return Double.toString(value).replace('.', ',');
	}

	private static String quoted(String text) {
		if (text.contains(";") || text.contains("\"") || text.contains("\n")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static void write(Cell cell, Object value, Styles styles, boolean header) {
		if (value instanceof String text) {
			cell.setCellValue(text);
			if (header) {
				cell.setCellStyle(styles.header);
			}
		}
		else if (value instanceof Formatted formatted) {
			cell.setCellValue(formatted.value());
			cell.setCellStyle(styles.format(formatted.format()));
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate day) {
			cell.setCellValue(day);
			cell.setCellStyle(styles.date);
		}
		else {
			throw new IllegalArgumentException(value.getClass().getName());
		}
	}

	/** The few cell styles a workbook needs, created once. */
	private static final class Styles {

		private final Workbook workbook;

		private final CellStyle header;

		private final CellStyle date;

		private final Map<String, CellStyle> formats = new HashMap<>();

		Styles(Workbook workbook) {
			this.workbook = workbook;
			this.header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header.setFont(bold);
			this.header.setWrapText(true);
			this.date = format("dd/mm/yyyy");
		}

		CellStyle format(String format) {
			return this.formats.computeIfAbsent(format, f -> {
				CellStyle style = this.workbook.createCellStyle();
				style.setDataFormat(this.workbook.createDataFormat().getFormat(f));
				return style;
			});
		}

	}

}
