package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * An .xlsx or .xlsm file read with a StAX pull loop over each sheet's XML: only the shared strings and
 * the styles are held in memory, never the sheet. Its parts come from an {@link XlsxPackage}: POI's zip-bomb and size
 * limits apply to every part read.
 * <p>
 * Over 250 lines because it is a streaming reader of one format: the workbook, shared strings and styles parts are
 * read once so that the sheet loop resolves each cell's text and date style without holding a sheet in memory.
 */
final class XlsxWorkbook implements Workbook {

	/** The namespace of a sheet's relationship id, in transitional and in strict Office Open XML. */
	private static final List<String> RELATIONSHIPS = List.of(
			"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
			"http://purl.oclc.org/ooxml/officeDocument/relationships");

	/** Excel's own limit; a wider sheet is refused rather than allocated. */
	static final int MAX_COLUMNS = 16_384;

	private static final XMLInputFactory XML = secureFactory();

	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private final XlsxPackage parts;

	/** The shared strings as plain text, read once (POI's table builds a rich-text object at every lookup). */
	private final List<String> sharedStrings;

	/** Whether each cell style ({@code <xf>} of {@code cellXfs}, by index) formats a date. */
	private final List<Boolean> dateStyles;

	private final Map<String, String> visibleSheetIds = new LinkedHashMap<>();

	private boolean date1904;

	XlsxWorkbook(Path file) throws IOException {
		this.parts = XlsxPackage.open(file, XML);
		try {
			this.sharedStrings = readSharedStrings();
			this.dateStyles = readDateStyles();
			readWorkbookPart();
		}
		catch (XMLStreamException ex) {
			NetworkFileReader.closeQuietly(this.parts);
			throw XlsxPackage.damaged("le contenu du classeur", ex);
		}
		catch (IOException | RuntimeException ex) {
			NetworkFileReader.closeQuietly(this.parts);
			throw ex;
		}
	}

	private void readWorkbookPart() throws IOException, XMLStreamException {
		try (InputStream in = this.parts.workbook()) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				switch (xml.getLocalName()) {
					case "workbookPr" -> {
						String value = xml.getAttributeValue(null, "date1904");
						this.date1904 = "1".equals(value) || "true".equals(value);
					}
					case "sheet" -> {
						String state = xml.getAttributeValue(null, "state");
						if (state == null || "visible".equals(state)) {
							String id = xml.getAttributeValue(RELATIONSHIPS.get(0), "id");
							this.visibleSheetIds.put(xml.getAttributeValue(null, "name"),
									(id != null) ? id : xml.getAttributeValue(RELATIONSHIPS.get(1), "id"));
						}
					}
					default -> {
					}
				}
			}
			xml.close();
		}
	}

	/**
	 * Each {@code <si>} of the shared strings part as its plain text: the runs of a rich text joined, phonetic
	 * guides ({@code <rPh>}) left out, Excel's {@code _xHHHH_} escapes decoded.
	 */
	private List<String> readSharedStrings() throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		InputStream data = this.parts.sharedStrings();
		if (data == null) {
			return strings; // a workbook without shared strings
		}
		try (InputStream in = data) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			StringBuilder text = null;
			int phonetic = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "si" -> text = new StringBuilder();
						case "rPh" -> phonetic++;
						case "t" -> {
							String t = xml.getElementText();
							if (text != null && phonetic == 0) {
								text.append(t);
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if ("si".equals(xml.getLocalName()) && text != null) {
						strings.add(decodeEscapes(text.toString()));
						text = null;
					}
					else if ("rPh".equals(xml.getLocalName())) {
						phonetic--;
					}
				}
			}
			xml.close();
		}
		return strings;
	}

	/**
	 * Which cell styles show a date, from the styles part read with the same pull parser (POI's styles table
	 * would load the whole XML schema binding for the one fact needed here).
	 */
	private List<Boolean> readDateStyles() throws IOException, XMLStreamException {
		List<Boolean> dates = new ArrayList<>();
		InputStream data = this.parts.styles();
		if (data == null) {
			return dates; // a workbook without styles: numbers only
		}
		try (InputStream in = data) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			Map<Integer, String> formats = new HashMap<>();
			List<Integer> cellFormats = new ArrayList<>();
			boolean inCellXfs = false;
			boolean inNumFmts = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						// only the workbook's own formats: those of differential formats (dxf) style no cell
						case "numFmts" -> inNumFmts = true;
						case "numFmt" -> {
							if (inNumFmts) {
								formats.put(number(xml.getAttributeValue(null, "numFmtId")),
										xml.getAttributeValue(null, "formatCode"));
							}
						}
						case "cellXfs" -> inCellXfs = true;
						case "xf" -> {
							if (inCellXfs) {
								cellFormats.add(number(xml.getAttributeValue(null, "numFmtId")));
							}
						}
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(xml.getLocalName())) {
					inCellXfs = false;
				}
				else if (event == XMLStreamConstants.END_ELEMENT && "numFmts".equals(xml.getLocalName())) {
					inNumFmts = false;
				}
			}
			xml.close();
			for (int format : cellFormats) {
				String code = formats.containsKey(format) ? formats.get(format) : BuiltinFormats.getBuiltinFormat(format);
				dates.add(DateUtil.isADateFormat(format, code));
			}
		}
		return dates;
	}

	private static int number(String value) {
		try {
			return (value != null) ? Integer.parseInt(value.strip()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** Excel writes control characters as {@code _xHHHH_}; a literal {@code _x} is itself written {@code _x005F_x}. */
	static String decodeEscapes(String text) {
		if (!text.contains("_x")) {
			return text;
		}
		Matcher escape = ESCAPE.matcher(text);
		StringBuilder decoded = new StringBuilder(text.length());
		while (escape.find()) {
			escape.appendReplacement(decoded,
					Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
		}
		escape.appendTail(decoded);
		return decoded.toString();
	}

	@Override
	public List<String> visibleSheets() {
		return List.copyOf(this.visibleSheetIds.keySet());
	}

	@Override
	public Sheet open(String sheetName) throws IOException {
		InputStream in = this.parts.sheet(sheetName, this.visibleSheetIds.get(sheetName));
		try {
			return new XlsxSheet(sheetName, in, XML.createXMLStreamReader(in));
		}
		catch (XMLStreamException ex) {
			NetworkFileReader.closeQuietly(in);
			throw XlsxPackage.damaged("le contenu de la feuille « " + sheetName + " »", ex);
		}
		catch (RuntimeException ex) {
			NetworkFileReader.closeQuietly(in);
			throw ex;
		}
	}

	@Override
	public void close() throws IOException {
		this.parts.close();
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		return factory;
	}

	/** A row's number as its {@code r} attribute gives it, else the one after the row before. */
	static int rowNumber(String reference, int next) {
		if (reference != null) {
			try {
				return Integer.parseInt(reference.strip());
			}
			catch (NumberFormatException ex) {
				// numbered in sequence below
			}
		}
		return next;
	}

	static int columnIndex(String cellReference) {
		int column = 0;
		for (int i = 0; i < cellReference.length(); i++) {
			char c = cellReference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private final class XlsxSheet implements Sheet {

		private final String name;

		private final InputStream in;

		private final XMLStreamReader xml;

		/** The number of the row read last (0 before the first). */
		private int lastRow;

		private XlsxSheet(String name, InputStream in, XMLStreamReader xml) {
			this.name = name;
			this.in = in;
			this.xml = xml;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public SheetRow next() throws IOException {
			try {
				while (this.xml.hasNext()) {
					if (this.xml.next() == XMLStreamConstants.START_ELEMENT && "row".equals(this.xml.getLocalName())) {
						return readRow();
					}
				}
				return null;
			}
			catch (XMLStreamException ex) {
				throw XlsxPackage.damaged("le contenu de la feuille « " + this.name + " »", ex);
			}
		}

		private SheetRow readRow() throws XMLStreamException, IOException {
			// « r » is optional: some writers number neither rows nor cells, which then follow one another
			int number = rowNumber(this.xml.getAttributeValue(null, "r"), this.lastRow + 1);
			this.lastRow = number;
			List<String> values = new ArrayList<>();
			int nextColumn = 0;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.END_ELEMENT && "row".equals(this.xml.getLocalName())) {
					break;
				}
				if (event == XMLStreamConstants.START_ELEMENT && "c".equals(this.xml.getLocalName())) {
					String reference = this.xml.getAttributeValue(null, "r");
					int column = (reference != null) ? columnIndex(reference) : nextColumn;
					if (column >= MAX_COLUMNS) {
						throw new FileProblem("plus de " + MAX_COLUMNS + " colonnes dans la feuille « " + this.name + " »");
					}
					String value = readCell();
					while (values.size() <= column) {
						values.add(null);
					}
					values.set(column, value);
					nextColumn = column + 1;
				}
			}
			return new SheetRow(number, values);
		}

		/** Reads one {@code <c>} element, leaving the reader on its end tag. */
		private String readCell() throws XMLStreamException, FileProblem {
			String type = this.xml.getAttributeValue(null, "t");
			String style = this.xml.getAttributeValue(null, "s");
			String value = null;
			StringBuilder inline = null;
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event == XMLStreamConstants.END_ELEMENT && "c".equals(this.xml.getLocalName())) {
					break;
				}
				if (event == XMLStreamConstants.START_ELEMENT) {
					String element = this.xml.getLocalName();
					if ("v".equals(element)) {
						value = this.xml.getElementText();
					}
					else if ("t".equals(element)) {
						inline = (inline != null) ? inline : new StringBuilder();
						inline.append(this.xml.getElementText());
					}
				}
			}
			if (inline != null && (type == null || "inlineStr".equals(type))) {
				return inline.toString();
			}
			return (value != null) ? format(type, style, value) : null;
		}

		private String format(String type, String style, String value) throws FileProblem {
			if (type == null || "n".equals(type)) {
				return formatNumber(style, value);
			}
			return switch (type) {
				case "s" -> sharedString(value);
				case "b" -> CellText.bool("1".equals(value));
				default -> value; // str (a formula's cached text), e (an error such as #N/A), d (ISO date)
			};
		}

		private String formatNumber(String style, String value) {
			double number;
			try {
				number = Double.parseDouble(value);
			}
			catch (NumberFormatException ex) {
				return value;
			}
			if (style != null && isDateStyle(Integer.parseInt(style)) && DateUtil.isValidExcelDate(number)) {
				return CellText.date(DateUtil.getLocalDateTime(number, XlsxWorkbook.this.date1904));
			}
			return CellText.number(number);
		}

		private String sharedString(String value) throws FileProblem {
			int index = Integer.parseInt(value);
			List<String> strings = XlsxWorkbook.this.sharedStrings;
			if (index < 0 || index >= strings.size()) {
				throw new FileProblem("une cellule de la feuille « " + this.name + " » renvoie à un texte partagé absent "
						+ "(n° " + index + ") : merci d'enregistrer le fichier à nouveau depuis le tableur");
			}
			return strings.get(index);
		}

		private boolean isDateStyle(int style) {
			List<Boolean> dates = XlsxWorkbook.this.dateStyles;
			return style >= 0 && style < dates.size() && dates.get(style);
		}

		@Override
		public void close() throws IOException {
			try {
				this.xml.close();
			}
			catch (XMLStreamException ex) {
				throw new IOException(ex);
			}
			finally {
				this.in.close();
			}
		}

	}

}
