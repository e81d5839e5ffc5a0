package fr.ptce.observatory.ingestion;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.internal.ZipHelper;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;

/**
 * The archive of an .xlsx file and the parts a reader needs: the workbook, its sheets, shared strings and styles.
 * It is opened as POI opens a package: with POI's {@code ZipSecureFile}, whose zip-bomb and size limits apply to every
 * part read, or, when the archive's central directory is damaged, by reading its entries in order. The parts are
 * found by the package's relationships ({@code _rels/.rels}, then the workbook's), as POI's {@code XSSFReader} finds
 * them, without POI's whole package model: building its part names and content types cost more than reading the
 * rows of a small file, and more still in a fresh process.
 */
final class XlsxPackage implements Closeable {

	private final ZipEntrySource zip;

	private String workbookPart = "xl/workbook.xml";

	/** The workbook's parts by relationship id (a sheet's {@code r:id}), as entry names of the archive. */
	private final Map<String, String> byId = new HashMap<>();

	private String sharedStringsPart;

	private String stylesPart;

	private XlsxPackage(ZipEntrySource zip) {
		this.zip = zip;
	}

	/** The archive by its central directory; else, damaged there, by its entries read in order (POI's two ways). */
	static XlsxPackage open(Path file) throws IOException {
		try {
			return new XlsxPackage(new ZipFileZipEntrySource(ZipHelper.openZipFile(file.toFile())));
		}
		catch (IOException ex) {
			try (InputStream in = Files.newInputStream(file)) {
				return new XlsxPackage(new ZipInputStreamZipEntrySource(ZipHelper.openZipStream(in)));
			}
			catch (IOException | RuntimeException again) {
				again.addSuppressed(ex);
				throw again;
			}
		}
	}

	/** Reads the relationships that say where the workbook's parts are. */
	void findParts(XMLInputFactory xml) throws IOException, XMLStreamException {
		for (Relationship relationship : relationships(xml, "")) {
			this.workbookPart = relationship.is("officeDocument") ? relationship.target() : this.workbookPart;
		}
		for (Relationship relationship : relationships(xml, this.workbookPart)) {
			this.byId.put(relationship.id(), relationship.target());
			this.sharedStringsPart = relationship.is("sharedStrings") ? relationship.target() : this.sharedStringsPart;
			this.stylesPart = relationship.is("styles") ? relationship.target() : this.stylesPart;
		}
	}

	InputStream workbook() throws IOException {
		return required(this.workbookPart);
	}

	/** The sheet of a relationship id. */
	InputStream sheet(String id) throws IOException {
		return required(this.byId.get(id));
	}

	/** The shared strings, or {@code null} for a workbook without any. */
	InputStream sharedStrings() throws IOException {
		return part(this.sharedStringsPart);
	}

	/** The styles, or {@code null} for a workbook without any. */
	InputStream styles() throws IOException {
		return part(this.stylesPart);
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	/** A relationship of a part: its id, its type (a URI) and the entry of the archive it points to. */
	private record Relationship(String id, String type, String target) {

		/** Whether its type is the one named (the last segment of the URI: transitional and strict alike). */
		boolean is(String kind) {
			return this.type != null && this.type.endsWith("/" + kind);
		}

	}

	/** The relationships of a part ({@code ""} for the package's own), internal targets only. */
	private List<Relationship> relationships(XMLInputFactory factory, String part) throws IOException, XMLStreamException {
		String folder = part.substring(0, part.lastIndexOf('/') + 1);
		InputStream data = part(folder + "_rels/" + part.substring(folder.length()) + ".rels");
		List<Relationship> found = new ArrayList<>();
		if (data == null) {
			return found;
		}
		try (InputStream in = data) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
						&& !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
					String target = xml.getAttributeValue(null, "Target");
					if (target != null) {
						found.add(new Relationship(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Type"),
								resolve(folder, target)));
					}
				}
			}
			xml.close();
		}
		return found;
	}

	/** A relationship's target as an entry name: from the archive's root if it starts with /, else from the folder. */
	private static String resolve(String folder, String target) {
		String path = target.startsWith("/") ? target.substring(1) : folder + target;
		Deque<String> segments = new ArrayDeque<>();
		for (String segment : path.split("/")) {
			if (segment.equals("..")) {
				segments.pollLast();
			}
			else if (!segment.isEmpty() && !segment.equals(".")) {
				segments.addLast(segment);
			}
		}
		return String.join("/", segments);
	}

	/**
	 * A part of the archive, or {@code null} when it is missing; names are matched regardless of case, as POI
	 * matches part names. The stream is POI's: reading it past the zip-bomb ratio or the size limit fails.
	 */
	private InputStream part(String name) throws IOException {
		if (name == null) {
			return null;
		}
		ZipArchiveEntry entry = this.zip.getEntry(name);
		for (Enumeration<? extends ZipArchiveEntry> entries = this.zip.getEntries(); entry == null
				&& entries.hasMoreElements();) {
			ZipArchiveEntry each = entries.nextElement();
			entry = each.getName().equalsIgnoreCase(name) ? each : null;
		}
		return (entry != null) ? this.zip.getInputStream(entry) : null;
	}

	private InputStream required(String name) throws IOException {
		InputStream in = part(name);
		if (in == null) {
			throw new FileProblem("le fichier n'a pas la structure d'un classeur .xlsx (partie « " + name + " » absente) : "
					+ "merci de l'enregistrer à nouveau depuis le tableur et de le renvoyer");
		}
		return in;
	}

}
