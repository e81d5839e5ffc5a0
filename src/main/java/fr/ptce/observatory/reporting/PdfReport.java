package fr.ptce.observatory.reporting;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

	private static final NumberFormat NUMBER = NumberFormat.getNumberInstance(Locale.FRANCE);

	private static final Font TITLE = new Font(ReportFonts.bold(), 22);

	private static final Font HEADING = new Font(ReportFonts.bold(), 15);

	private static final Font BOLD = new Font(ReportFonts.bold(), 10);

	private static final Font TEXT = new Font(ReportFonts.regular(), 10);

	private static final Font SMALL = new Font(ReportFonts.regular(), 7.5f);

	private PdfReport() {
	}

	static void write(ReportData data, List<Section> sections, Path file) throws IOException {
		Document document = new Document(PageSize.A4, 50, 50, 50, 60);
		try (OutputStream out = Files.newOutputStream(file)) {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			writer.setPageEvent(new PageNumbers());
			document.addTitle("Observatoire national des PTCE — rapport " + data.year());
			document.addCreator("observatoire-ptce " + data.softwareVersion());
			document.open();
			cover(document, data);
			for (Section section : sections) {
				document.newPage();
				section(document, writer, section);
			}
			document.newPage();
			methodology(document, data);
			qualityAndProvenance(document, data);
			document.close();
		}
	}

	/** A section of the report: one indicator with its chart. */
	record Section(Indicator indicator, String sentence, JFreeChart chart, List<IndicatorValue> values) {
	}

	private static void cover(Document document, ReportData data) {
		document.add(new Paragraph("Observatoire national des pôles territoriaux de coopération économique", HEADING));
		Paragraph title = new Paragraph("Rapport annuel " + data.year(), TITLE);
		title.setSpacingBefore(20);
		title.setSpacingAfter(30);
		document.add(title);
		document.add(new Paragraph("Chiffres clés", HEADING));
		IndicatorValue active = data.single(Indicator.POLES_ACTIFS);
		IndicatorValue associative = data.single(Indicator.PART_FORME_ASSOCIATIVE);
		PdfPTable figures = new PdfPTable(2);
		figures.setWidthPercentage(100);
		figures.setSpacingBefore(10);
		row(figures, "Pôles actifs en " + data.year(), (active != null) ? NUMBER.format(active.value()) : "0");
		row(figures, "Régions où au moins un pôle est actif",
				String.valueOf(data.values(Indicator.POLES_ACTIFS_PAR_REGION).stream()
					.filter(value -> !value.dimension().equals("Non renseigné"))
					.count()));
		row(figures, "Part des pôles portés par une association",
				(associative != null) ? NUMBER.format(associative.value()) + " % (sur " + associative.coverage()
						+ " pôles renseignés)" : "non renseignée");
		row(figures, "Fichiers de réseaux reçus", String.valueOf(data.files().size()));
		document.add(figures);
		Paragraph built = new Paragraph("Rapport produit le "
				+ data.builtAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", Locale.FRANCE))
				+ " par l'exécution n° " + data.executionId() + ", à partir des données disponibles à cette date.", TEXT);
		built.setSpacingBefore(30);
		document.add(built);
	}

	private static void section(Document document, PdfWriter writer, Section section) {
		document.add(new Paragraph(section.indicator().title(), HEADING));
		Paragraph sentence = new Paragraph(section.sentence(), TEXT);
		sentence.setSpacingBefore(8);
		sentence.setSpacingAfter(8);
		document.add(sentence);
		if (section.chart() != null) {
			document.add(vectorChart(writer, section.chart(), 495, 310));
		}
		PdfPTable table = new PdfPTable(new float[] { 5, 2, 2 });
		table.setWidthPercentage(100);
		table.setSpacingBefore(10);
		table.setHeaderRows(1);
		header(table, "Dimension", "Valeur (" + section.indicator().unit() + ")", "Couverture (pôles)");
		for (IndicatorValue value : section.values()) {
			String label = (value.indicator() != section.indicator()) ? value.indicator().title()
					: value.dimension().isEmpty() ? "Ensemble" : value.dimension();
			table.addCell(cell(label, TEXT, Element.ALIGN_LEFT));
			table.addCell(cell(NUMBER.format(value.value()), TEXT, Element.ALIGN_RIGHT));
			table.addCell(cell(NUMBER.format(value.coverage()), TEXT, Element.ALIGN_RIGHT));
		}
		document.add(table);
	}

	private static Image vectorChart(PdfWriter writer, JFreeChart chart, float width, float height) {
		PdfContentByte content = writer.getDirectContent();
		PdfTemplate template = content.createTemplate(width, height);
		Graphics2D graphics = new PdfGraphics2D(template, width, height, ReportFonts.mapper(), false, false, 0);
		chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		graphics.dispose();
		return Image.getInstance(template);
	}

	private static void methodology(Document document, ReportData data) {
		document.add(new Paragraph("Méthodologie et définitions", HEADING));
		for (String text : List.of(
				"L'observatoire ne collecte pas lui-même les données : il agrège les fichiers que lui transmettent les "
						+ "réseaux régionaux et nationaux. Chaque ligne lue est conservée avec son fichier, sa feuille et "
						+ "son numéro de ligne ; une ligne inexploitable est mise en quarantaine avec son motif.",
				"Un même pôle décrit par plusieurs réseaux est reconnu par son SIREN, ou par son nom et son "
						+ "département (« PTCE » et « pôle territorial de coopération économique » sont équivalents). "
						+ "Deux SIREN différents ne sont jamais fusionnés ; deux lignes d'un même fichier ne le sont que sur "
						+ "un SIREN identique. Chaque pôle reçoit un identifiant stable (PTCE-000001…).",
				"Un pôle est compté pour l'année " + data.year() + " lorsqu'au moins un réseau l'a déclaré pour cette "
						+ "année d'observation (colonne « Année d'observation », sinon l'année figurant dans le nom du "
						+ "fichier, sinon l'année de réception). Il est actif si son dernier statut déclaré cette année-là "
						+ "n'est ni « dissous » ni « en sommeil ».",
				"La couverture d'un chiffre est le nombre de pôles qui ont renseigné l'information : les parts sont "
						+ "calculées sur ces seuls pôles. Le département et la région (découpage de 2016) sont déduits du "
						+ "code commune, du code postal ou du département déclarés, d'après le découpage administratif "
						+ "officiel (paquet @etalab/decoupage-administratif 6.0.0).")) {
			Paragraph paragraph = new Paragraph(text, TEXT);
			paragraph.setSpacingBefore(6);
			document.add(paragraph);
		}
	}

	private static void qualityAndProvenance(Document document, ReportData data) {
		Paragraph heading = new Paragraph("Annexe : qualité des données et provenance", HEADING);
		heading.setSpacingBefore(20);
		document.add(heading);
		Paragraph intro = new Paragraph("Fichiers reçus, verdict de l'import et empreinte SHA-256 de leur contenu. "
				+ "Logiciel : observatoire-ptce " + data.softwareVersion() + " ; exécution n° " + data.executionId() + ".",
				TEXT);
		intro.setSpacingAfter(8);
		document.add(intro);
		PdfPTable table = new PdfPTable(new float[] { 3, 4, 3 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		header(table, "Fichier", "Verdict", "SHA-256");
		for (ReportData.InputFile file : data.files()) {
			table.addCell(cell(file.name(), TEXT, Element.ALIGN_LEFT));
			table.addCell(cell(file.verdict() != null ? file.verdict() : file.status(), TEXT, Element.ALIGN_LEFT));
			table.addCell(cell(file.sha256(), SMALL, Element.ALIGN_LEFT));
		}
		document.add(table);
	}

	private static void row(PdfPTable table, String label, String value) {
		table.addCell(cell(label, TEXT, Element.ALIGN_LEFT));
		table.addCell(cell(value, BOLD, Element.ALIGN_RIGHT));
	}

	private static void header(PdfPTable table, String... titles) {
		for (String title : titles) {
			PdfPCell cell = cell(title, BOLD, Element.ALIGN_LEFT);
			cell.setGrayFill(0.9f);
			table.addCell(cell);
		}
	}

	private static PdfPCell cell(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(4);
		return cell;
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
