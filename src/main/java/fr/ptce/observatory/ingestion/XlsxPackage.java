package fr.ptce.observatory.ingestion;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
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
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The archive of an .xlsx file and the parts a reader needs: the workbook, its sheets, shared strings and styles.
 * <p>
 * The archive is opened with POI's own two ways: by its central directory ({@code ZipSecureFile}), else, when that
 * fails (a damaged directory, an unreadable entry header), by reading its entries one after the other into memory
 * as POI then does. POI's limits hold on both: the inflate ratio of a zip bomb and the size of an entry (checked as
 * a part is read, or as the entries are read in order), and the number of entries (checked here on the first way,
 * by POI on the second).
 * <p>
 * The parts are found by the relationships of the package ({@code _rels/.rels}) and of the workbook, the first of
 * each type as POI's {@code XSSFReader} takes it, in transitional or strict Office Open XML; a package that names no
 * workbook is read from {@code xl/workbook.xml}, where every writer puts it (POI refuses it). POI's package model is
 * not built: its part names and content types cost more than reading the rows of a small file, more still in a
 * fresh process. Part names are matched regardless of case (POI's {@code getEntry}); percent-escapes are not
 * decoded, as POI does not decode them.
 */
final class XlsxPackage implements Closeable {

	private final ZipEntrySource zip;

	private String workbookPart;

	/** The workbook's parts by relationship id (a sheet's {@code r:id}), as entry names of the archive. */
	private final Map<String, String> byId = new HashMap<>();

	private String sharedStringsPart;

	private String stylesPart;

	private XlsxPackage(ZipEntrySource zip) {
		this.zip = zip;
	}

	/**
	 * Opens the archive and reads the relationships that say where the workbook's parts are.
	 *
	 * @param xml a parser factory that reads no DTD and no external entity
	 */
	static XlsxPackage open(Path file, XMLInputFactory xml) throws IOException {
		XlsxPackage opened = new XlsxPackage(archive(file));
		try {
			opened.findParts(xml);
			return opened;
		}
		catch (XMLStreamException ex) {
			NetworkFileReader.closeQuietly(opened);
			throw damaged("le contenu du classeur", ex);
		}
		catch (IOException | RuntimeException ex) {
			NetworkFileReader.closeQuietly(opened);
			throw ex;
		}
	}

	/**
	 * What a part that could not be read says: the archive's own problem when the part could not be inflated (a
	 * damaged archive, a zip bomb: an {@link IOException} under the parser's, told by {@code WorkbookFormats}), else
	 * damaged XML. An encoding error is the XML's.
	 */
	static IOException damaged(String what, XMLStreamException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException archive && !(cause instanceof java.io.CharConversionException)) {
				return new IOException(what + " n'a pas pu être décompressé", archive);
			}
		}
		return new FileProblem(what + " est endommagé (XML invalide) : merci de l'enregistrer à nouveau depuis le "
				+ "tableur et de le renvoyer", ex);
	}

	/** The archive by its central directory, else by its entries read in order. */
	private static ZipEntrySource archive(Path file) throws IOException {
		ZipSecureFile zip;
		try {
			zip = ZipHelper.openZipFile(file.toFile());
		}
		catch (IOException ex) {
			try (InputStream in = Files.newInputStream(file)) {
				return new ZipInputStreamZipEntrySource(ZipHelper.openZipStream(in));
			}
			catch (IOException | RuntimeException again) {
				again.addSuppressed(ex);
				throw again;
			}
		}
		if (Collections.list(zip.getEntries()).size() > ZipSecureFile.getMaxFileCount()) {
			zip.close();
			throw new FileProblem("le fichier contient plus de " + ZipSecureFile.getMaxFileCount() + " parties, bien plus "
					+ "qu'un classeur : refusé par prudence");
		}
		return new ZipFileZipEntrySource(zip);
	}

	private void findParts(XMLInputFactory xml) throws IOException, XMLStreamException {
		for (Relationship relationship : relationships(xml, "")) {
			if (relationship.is("officeDocument") && this.workbookPart == null) {
				this.workbookPart = relationship.target();
			}
		}
		this.workbookPart = (this.workbookPart != null) ? this.workbookPart : "xl/workbook.xml";
		for (Relationship relationship : relationships(xml, this.workbookPart)) {
			this.byId.putIfAbsent(relationship.id(), relationship.target());
			if (relationship.is("sharedStrings") && this.sharedStringsPart == null) {
				this.sharedStringsPart = relationship.target();
			}
			if (relationship.is("styles") && this.stylesPart == null) {
				this.stylesPart = relationship.target();
			}
		}
	}

	InputStream workbook() throws IOException {
		return required(this.workbookPart);
	}

	/** A sheet, by its name and the relationship id the workbook gives it. */
	InputStream sheet(String name, String id) throws IOException {
		String part = (id != null) ? this.byId.get(id) : null;
		if (part == null) {
			throw new FileProblem("la feuille « " + name + " » n'a pas de contenu dans le classeur (lien interne absent) :"
					+ " merci de l'enregistrer à nouveau depuis le tableur et de le renvoyer");
		}
		return required(part);
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
				if (xml.next() != XMLStreamConstants.START_ELEMENT || !"Relationship".equals(xml.getLocalName())) {
					continue;
				}
				// a target outside the package (a web address, another file) is no part
				String mode = xml.getAttributeValue(null, "TargetMode");
				String target = xml.getAttributeValue(null, "Target");
				if ((mode == null || mode.equalsIgnoreCase("internal")) && target != null) {
					found.add(new Relationship(xml.getAttributeValue(null, "Id"), xml.getAttributeValue(null, "Type"),
							resolve(folder, target)));
				}
			}
			xml.close();
		}
		return found;
	}

	/**
	 * A relationship's target as an entry name: from the archive's root if it starts with /, else from the folder;
	 * {@code ..} above the root is dropped.
	 */
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

	/** A part of the archive, or {@code null} when it is missing (its name matched regardless of case by POI). */
	private InputStream part(String name) throws IOException {
		ZipArchiveEntry entry = (name != null) ? this.zip.getEntry(name) : null;
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
