package fr.ptce.observatory.reporting;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import fr.ptce.observatory.indicators.IndicatorValue;

/**
 * The report's tables: an indicator's figures with their coverage, figures of two dimensions pivoted, and the
 * titled, bordered tables the methodology and the annex use too.
 */
final class PdfTables {

	/** A table this long or shorter is kept on one page with its title. */
	private static final int KEPT_TOGETHER = 25;

	/** What joins two dimensions of a figure: « CRESS Normandie · lignes lues ». */
	private static final String PAIR = " · ";

	private PdfTables() {
	}

	/** The table of an indicator's figures; empty when it is one figure for all poles (the sentence states it). */
	static Optional<PdfPTable> of(PdfReport.Table table) {
		if (table.values().size() == 1 && table.values().get(0).dimension().isEmpty()) {
			return Optional.empty(); // one figure for all poles: the sentence above states it with its coverage
		}
		if (table.values().stream().allMatch(value -> value.dimension().contains(PAIR))) {
			return Optional.of(pivot(table));
		}
		// counts of rows rest on themselves: only figures about poles say how many poles informed them
		boolean aboutPoles = !table.indicator().unit().equals("lignes");
		PdfPTable pdfTable = titled(aboutPoles ? new float[] { 5, 2, 2 } : new float[] { 7, 2 },
				table.indicator().title(), table.values().size());
		String valueHeader = "Valeur (" + table.indicator().unit() + ")";
		if (aboutPoles) {
			header(pdfTable, "Dimension", valueHeader, "Couverture (pôles)");
		}
		else {
			header(pdfTable, "Dimension", valueHeader);
		}
		for (IndicatorValue value : table.values()) {
			pdfTable.addCell(cell(value.dimension().isEmpty() ? "Ensemble" : value.dimension(), PdfReport.TEXT,
					Element.ALIGN_LEFT));
			pdfTable.addCell(cell(PdfReport.NUMBER.format(value.value()), PdfReport.TEXT, Element.ALIGN_RIGHT));
			if (aboutPoles) {
				pdfTable.addCell(cell(PdfReport.NUMBER.format(value.coverage()), PdfReport.TEXT, Element.ALIGN_RIGHT));
			}
		}
		return Optional.of(pdfTable);
	}

	/**
	 * A table of figures with two dimensions (network and measure) pivoted: one row per network, one column per
	 * measure, and the poles the row rests on when each measure of the row rests on the same number.
	 */
	private static PdfPTable pivot(PdfReport.Table table) {
		Map<String, Map<String, IndicatorValue>> rows = new LinkedHashMap<>();
		java.util.Set<String> columns = new java.util.LinkedHashSet<>();
		for (IndicatorValue value : table.values()) {
			int pair = value.dimension().indexOf(PAIR);
			String row = value.dimension().substring(0, pair);
			String column = value.dimension().substring(pair + PAIR.length());
			columns.add(column);
			rows.computeIfAbsent(row, key -> new LinkedHashMap<>()).put(column, value);
		}
		// shares say on how many poles they rest; counts of files and rows need no such column
		boolean oneCoverage = table.indicator().unit().equals("%") && rows.values().stream()
			.allMatch(row -> row.values().stream().map(IndicatorValue::coverage).distinct().count() == 1);
		float[] widths = new float[columns.size() + (oneCoverage ? 2 : 1)];
		java.util.Arrays.fill(widths, 1.5f);
		widths[0] = 2.4f;
		PdfPTable pdfTable = titled(widths, table.indicator().title() + " (" + table.indicator().unit() + ")",
				rows.size());
		pdfTable.addCell(headerCell(""));
		columns.forEach(column -> pdfTable.addCell(headerCell(column)));
		if (oneCoverage) {
			pdfTable.addCell(headerCell("pôles"));
		}
		rows.forEach((row, values) -> {
			pdfTable.addCell(cell(row, PdfReport.SMALL_TEXT, Element.ALIGN_LEFT));
			for (String column : columns) {
				IndicatorValue value = values.get(column);
				pdfTable.addCell(cell((value != null) ? PdfReport.NUMBER.format(value.value()) : "—", PdfReport.SMALL_TEXT,
						Element.ALIGN_RIGHT));
			}
			if (oneCoverage) {
				pdfTable.addCell(cell(PdfReport.NUMBER.format(values.values().iterator().next().coverage()), PdfReport.SMALL_TEXT,
						Element.ALIGN_RIGHT));
			}
		});
		return pdfTable;
	}

	/**
	 * A full-width table whose first row is its title, repeated with the header row (to be added next) on every page
	 * it spans, so that a title never stays alone at the foot of a page; kept on one page when short.
	 */
	static PdfPTable titled(float[] widths, String title, int rows) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setSpacingBefore(14);
		PdfPCell caption = new PdfPCell(new Phrase(title, PdfReport.BOLD));
		caption.setColspan(widths.length);
		caption.setBorder(0);
		caption.setPaddingBottom(6);
		table.addCell(caption);
		table.setHeaderRows(2);
		table.setKeepTogether(rows <= KEPT_TOGETHER);
		return table;
	}

	private static PdfPCell headerCell(String title) {
		PdfPCell cell = cell(title, PdfReport.SMALL_BOLD, Element.ALIGN_LEFT);
		cell.setPadding(2);
		cell.setGrayFill(0.9f);
		return cell;
	}

	static void header(PdfPTable table, String... titles) {
		for (String title : titles) {
			PdfPCell cell = cell(title, PdfReport.BOLD, Element.ALIGN_LEFT);
			cell.setGrayFill(0.9f);
			table.addCell(cell);
		}
	}

	static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(4);
		return cell;
	}

}
