package fr.ptce.observatory.reporting;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGraphics2D;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;
import org.jfree.chart.JFreeChart;

/**
 * The annual report in French: key figures, one section per indicator (a sentence stating the figure, its
 * chart drawn as vector graphics, its table), methodology, data quality annex and provenance.
 */
final class PdfReport {

	static final NumberFormat NUMBER = NumberFormat.getNumberInstance(Locale.FRANCE);

	private static final Font TITLE = new Font(ReportFonts.bold(), 22);

	static final Font HEADING = new Font(ReportFonts.bold(), 15);

	static final Font BOLD = new Font(ReportFonts.bold(), 10);

	static final Font TEXT = new Font(ReportFonts.regular(), 10);

	static final Font SMALL = new Font(ReportFonts.regular(), 7.5f);

	static final Font SMALL_TEXT = new Font(ReportFonts.regular(), 8.5f);

	static final Font SMALL_BOLD = new Font(ReportFonts.bold(), 7.5f);

	private PdfReport() {
	}

	/**
	 * Writes the report. It is laid out twice: the first pass finds the page of each section, the second
	 * writes the table of contents with them (the contents page has the same lines in both passes).
	 */
	static int write(ReportData data, List<Section> sections, Path file) throws IOException {
		Map<String, Integer> pages = new LinkedHashMap<>();
		layout(data, sections, pages, OutputStream.nullOutputStream());
		try (OutputStream out = Files.newOutputStream(file)) {
			return layout(data, sections, pages, out);
		}
	}

	private static int layout(ReportData data, List<Section> sections, Map<String, Integer> pages, OutputStream out) {
		Document document = new Document(PageSize.A4, 50, 50, 50, 60);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		writer.setPageEvent(new PageNumbers());
		document.addTitle("Observatoire national des PTCE — rapport " + data.year());
		document.addCreator("observatoire-ptce " + data.softwareVersion());
		document.open();
		cover(document, data);
		document.newPage();
		contents(document, sections, pages);
		boolean first = true;
		for (Section section : sections) {
			// a section starts on a new page unless a third of the page is left, so no page is left nearly empty
			if (first || writer.getVerticalPosition(true) < document.bottom() + SECTION_ROOM) {
				document.newPage();
			}
			else {
				document.add(new Paragraph(" ", TEXT));
			}
			first = false;
			pages.put(section.title(), writer.getPageNumber());
			section(document, writer, section);
		}
		document.newPage();
		pages.put(METHODOLOGY, writer.getPageNumber());
		Methodology.write(document, data);
		document.newPage();
		pages.put(ANNEX, writer.getPageNumber());
		qualityAndProvenance(document, data);
		int pageCount = writer.getPageNumber();
		document.close();
		return pageCount;
	}

	/** The room a section needs below the previous one to start on the same page, in points (a third of A4). */
	private static final float SECTION_ROOM = 280;

	static final String METHODOLOGY = "Méthodologie et définitions";

	static final String ANNEX = "Annexe : provenance des données";

	/**
	 * A section of the report: an indicator family with the sentence that states its figure, its chart and its
	 * tables.
	 */
	record Section(String title, String sentence, List<Chart> charts, List<Table> tables) {
	}

	/** A chart of the report, also written as a PNG file of that name. */
	record Chart(String file, JFreeChart chart) {
	}

	/** A table of the report: one indicator's figures. */
	record Table(Indicator indicator, List<IndicatorValue> values) {
	}

	private static void contents(Document document, List<Section> sections, Map<String, Integer> pages) {
		document.add(new Paragraph("Sommaire", HEADING));
		PdfPTable table = new PdfPTable(new float[] { 9, 1 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(12);
		List<String> titles = new java.util.ArrayList<>(sections.stream().map(Section::title).toList());
		titles.add(METHODOLOGY);
		titles.add(ANNEX);
		for (String title : titles) {
			PdfPCell name = PdfTables.cell(title, TEXT, Element.ALIGN_LEFT);
			name.setBorder(0);
			table.addCell(name);
			Integer page = pages.get(title);
			PdfPCell number = PdfTables.cell((page != null) ? String.valueOf(page) : "…", TEXT, Element.ALIGN_RIGHT);
			number.setBorder(0);
			table.addCell(number);
		}
		document.add(table);
	}

	private static void cover(Document document, ReportData data) {
		document.add(new Paragraph("Observatoire national des pôles territoriaux de coopération économique", HEADING));
		Paragraph title = new Paragraph("Rapport annuel " + data.year(), TITLE);
		title.setSpacingBefore(20);
		title.setSpacingAfter(30);
		document.add(title);
		document.add(new Paragraph("Chiffres clés", HEADING));
		PdfPTable figures = new PdfPTable(2);
		figures.setWidthPercentage(100);
		figures.setSpacingBefore(10);
		for (KeyFigures.KeyFigure figure : KeyFigures.of(data.year(), data.indicators(), data.files().size())) {
			row(figures, figure.label(), figure.value());
		}
		document.add(figures);
		Paragraph coverage = new Paragraph("Chaque chiffre indique sa couverture : le nombre de pôles qui ont "
				+ "renseigné l'information. Les parts sont calculées sur ces seuls pôles.", TEXT);
		coverage.setSpacingBefore(12);
		document.add(coverage);
		Paragraph built = new Paragraph("Rapport produit le "
				+ data.builtAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRANCE))
				+ " par l'exécution n° " + data.executionId() + ", à partir des données disponibles à cette date.", TEXT);
		built.setSpacingBefore(20);
		document.add(built);
	}

	private static void section(Document document, PdfWriter writer, Section section) {
		document.add(new Paragraph(section.title(), HEADING));
		Paragraph sentence = new Paragraph(section.sentence(), TEXT);
		sentence.setSpacingBefore(8);
		sentence.setSpacingAfter(8);
		document.add(sentence);
		for (Chart chart : section.charts()) {
			// the map's tiles and legend need the height; a chart beside it gives some of its own
			boolean map = chart.chart().getPlot() instanceof RegionMap;
			document.add(vectorChart(writer, chart.chart(), 495, map ? 360 : (section.charts().size() > 1) ? 220 : 290));
		}
		for (Table table : section.tables()) {
			PdfTables.of(table).ifPresent(document::add);
		}
	}

	private static Image vectorChart(PdfWriter writer, JFreeChart chart, float width, float height) {
		PdfContentByte content = writer.getDirectContent();
		PdfTemplate template = content.createTemplate(width, height);
		Graphics2D graphics = new PdfGraphics2D(template, width, height, ReportFonts.mapper(), false, false, 0);
		chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		graphics.dispose();
		return Image.getInstance(template);
	}

	private static void qualityAndProvenance(Document document, ReportData data) {
		document.add(new Paragraph(ANNEX, HEADING));
		Paragraph intro = new Paragraph("Fichiers reçus, verdict de l'import et empreinte SHA-256 de leur contenu. "
				+ "Logiciel : observatoire-ptce " + data.softwareVersion() + " ; exécution n° " + data.executionId() + ".",
				TEXT);
		intro.setSpacingAfter(8);
		document.add(intro);
		PdfPTable table = new PdfPTable(new float[] { 3, 4, 3 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		PdfTables.header(table, "Fichier", "Verdict", "SHA-256");
		for (ReportData.InputFile file : data.files()) {
			table.addCell(PdfTables.cell(file.name(), TEXT, Element.ALIGN_LEFT));
			table.addCell(PdfTables.cell(file.verdict() != null ? file.verdict() : file.status(), TEXT, Element.ALIGN_LEFT));
			table.addCell(PdfTables.cell(file.sha256(), SMALL, Element.ALIGN_LEFT));
		}
		document.add(table);
	}

	private static void row(PdfPTable table, String label, String value) {
		table.addCell(PdfTables.cell(label, TEXT, Element.ALIGN_LEFT));
		table.addCell(PdfTables.cell(value, BOLD, Element.ALIGN_RIGHT));
	}

	private static final class PageNumbers extends PdfPageEventHelper {

		@Override
		public void onEndPage(PdfWriter writer, Document document) {
			ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
					new Phrase(new Chunk("Observatoire national des PTCE — page " + writer.getPageNumber(), SMALL)),
					(document.left() + document.right()) / 2, document.bottom() - 25, 0);
		}

	}

}
