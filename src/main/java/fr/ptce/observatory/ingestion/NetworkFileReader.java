package fr.ptce.observatory.ingestion;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.RecordFormatException;

/**
 * Reads a network's file as raw rows of poles: finds the sheet and the header row, recognises the columns,
 * then yields each row below the header, one at a time. Whatever makes the file unreadable is turned into a
 * verdict in French ({@link UnreadableFileException}).
 */
public final class NetworkFileReader implements Closeable {

	private static final String PASSWORD_PROTECTED = "Le fichier est protégé par un mot de passe : merci de l'envoyer sans protection.";

	private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "txt", "tsv");

	/** How many non-blank rows are searched for the header. */
	static final int HEADER_SEARCH_ROWS = 30;

	private final Workbook workbook;

	private final Sheet sheet;

	private final Layout layout;

	private final Deque<SheetRow> pending;

	private NetworkFileReader(Workbook workbook, Sheet sheet, Layout layout, Deque<SheetRow> pending) {
		this.workbook = workbook;
		this.sheet = sheet;
		this.layout = layout;
		this.pending = pending;
	}

	public static NetworkFileReader open(Path file, HeaderDictionary dictionary) throws UnreadableFileException {
		return open(file, dictionary, SourceProfile.NONE);
	}

	/**
	 * Opens a file with its network's profile: its sheet and header row hints, and the columns it names.
	 */
	public static NetworkFileReader open(Path file, HeaderDictionary dictionary, SourceProfile profile)
			throws UnreadableFileException {
		Workbook workbook = openWorkbook(file);
		try {
			List<String> tried = new ArrayList<>();
			List<String> candidates = candidateSheets(workbook.visibleSheets());
			if (profile.sheet() != null) {
				if (!workbook.visibleSheets().contains(profile.sheet())) {
					workbook.close();
					throw new UnreadableFileException("La feuille « " + profile.sheet() + " » attendue par le profil "
							+ profile.name() + " est absente ; feuilles du fichier : " + quoted(workbook.visibleSheets()) + ".");
				}
				candidates = List.of(profile.sheet());
			}
			for (String sheetName : candidates) {
				tried.add(sheetName);
				Sheet sheet = workbook.open(sheetName);
				Deque<SheetRow> buffered = new ArrayDeque<>();
				Layout layout = findHeader(sheet, dictionary, profile, buffered);
				if (layout != null) {
					return new NetworkFileReader(workbook, sheet, layout, buffered);
				}
				sheet.close();
			}
			workbook.close();
			throw new UnreadableFileException("Aucune ligne d'en-tête reconnue dans "
					+ (tried.isEmpty() ? "le fichier (aucune feuille visible)" : "les feuilles " + quoted(tried))
					+ " : il faut au moins une colonne « Nom du pôle » et une autre colonne connue"
					+ " parmi les " + HEADER_SEARCH_ROWS + " premières lignes.");
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(workbook);
			throw new UnreadableFileException("Fichier illisible : " + describe(ex), ex);
		}
	}

	public Layout layout() {
		return this.layout;
	}

	/** The next row below the header (blank rows included), or {@code null} at the end of the sheet. */
	public RawRow read() throws UnreadableFileException {
		try {
			SheetRow row = this.pending.isEmpty() ? this.sheet.next() : this.pending.poll();
			return (row != null) ? toRawRow(row) : null;
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableFileException("Lecture interrompue dans la feuille « " + this.sheet.name() + " » : "
					+ describe(ex), ex);
		}
	}

	private RawRow toRawRow(SheetRow row) {
		Map<String, String> cells = new LinkedHashMap<>();
		Set<Integer> known = new HashSet<>();
		for (Layout.Column column : this.layout.columns()) {
			cells.put(column.header(), clean(row.get(column.index())));
			known.add(column.index());
		}
		for (int index = 0; index < row.values().size(); index++) {
			String value = clean(row.get(index));
			if (!known.contains(index) && value != null) {
				cells.put("Colonne " + columnLetters(index), value);
			}
		}
		return new RawRow(this.sheet.name(), row.number(), cells);
	}

	@Override
	public void close() throws IOException {
		try {
			this.sheet.close();
		}
		finally {
			this.workbook.close();
		}
	}

	private static Workbook openWorkbook(Path file) throws UnreadableFileException {
		String extension = extension(file);
		try {
			if (Files.size(file) == 0) {
				throw new UnreadableFileException("Le fichier est vide.");
			}
			FileMagic magic;
			try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
				magic = FileMagic.valueOf(in);
			}
			switch (magic) {
				case OOXML:
					return isOpenDocument(file) ? new OdsWorkbook(file) : new XlsxWorkbook(file);
				case OLE2:
					if (isEncrypted(file)) {
						throw new UnreadableFileException(PASSWORD_PROTECTED);
					}
					return new PoiWorkbook(file);
				case BIFF2, BIFF3, BIFF4:
					throw new UnreadableFileException("Le format Excel est trop ancien (Excel 2 à 4) : merci "
							+ "d'enregistrer le fichier au format .xlsx.");
				default:
					if (TEXT_EXTENSIONS.contains(extension)) {
						return new CsvWorkbook(file);
					}
					if (extension.startsWith("xls") || extension.equals("ods")) {
						throw new UnreadableFileException("Le fichier porte l'extension ." + extension
								+ " mais n'est pas un classeur (fichier texte, tronqué ou d'un autre format).");
					}
					throw new UnreadableFileException("Format de fichier non pris en charge (." + extension
							+ ") : formats acceptés .xlsx, .xlsm, .xls, .ods, .csv et .txt.");
			}
		}
		catch (UnreadableFileException ex) {
			throw ex;
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableFileException(PASSWORD_PROTECTED, ex);
		}
		catch (Exception ex) {
			throw new UnreadableFileException("Fichier illisible : " + describe(ex), ex);
		}
	}

	/** An OpenDocument archive names its type in its first entry, {@code mimetype}. */
	private static boolean isOpenDocument(Path file) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype == null || mimetype.getSize() > 200) {
				return false;
			}
			try (InputStream in = zip.getInputStream(mimetype)) {
				return new String(in.readAllBytes(), StandardCharsets.US_ASCII)
					.startsWith("application/vnd.oasis.opendocument.spreadsheet");
			}
		}
	}

	private static boolean isEncrypted(Path file) throws IOException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			return fs.getRoot().hasEntry("EncryptionInfo");
		}
		catch (RecordFormatException ex) {
			return false;
		}
	}

	/** Sheets named like a list of poles first; notes and member lists last. */
	private static List<String> candidateSheets(List<String> visible) {
		return visible.stream().sorted(Comparator.comparingInt(NetworkFileReader::sheetRank)).toList();
	}

	private static int sheetRank(String sheetName) {
		String folded = Folding.fold(sheetName);
		if (folded.contains("pole") || folded.contains("ptce")) {
			return 0;
		}
		if (folded.contains("lisez") || folded.contains("readme") || folded.contains("notice")
				|| folded.contains("membre")) {
			return 2;
		}
		return 1;
	}

	private static Layout findHeader(Sheet sheet, HeaderDictionary dictionary, SourceProfile profile,
			Deque<SheetRow> buffered) throws IOException {
		List<SheetRow> searched = new ArrayList<>();
		SheetRow row;
		while (searched.size() < HEADER_SEARCH_ROWS && (row = sheet.next()) != null) {
			if (!row.isBlank()) {
				searched.add(row);
			}
		}
		SheetRow header = null;
		int bestScore = 1;
		for (SheetRow candidate : searched) {
			if (profile.headerRow() != null) {
				header = (candidate.number() == profile.headerRow()) ? candidate : header;
				continue;
			}
			Set<Field> fields = new HashSet<>();
			candidate.values().forEach(value -> fieldOf(value, dictionary, profile).ifPresent(fields::add));
			if (fields.contains(Field.NAME) && fields.size() > bestScore) {
				header = candidate;
				bestScore = fields.size();
			}
		}
		if (header == null) {
			return null;
		}
		List<Layout.Column> columns = new ArrayList<>();
		Set<String> headers = new HashSet<>();
		Set<Field> taken = new HashSet<>();
		for (int index = 0; index < header.values().size(); index++) {
			String text = clean(header.get(index));
			if (text == null) {
				continue;
			}
			String unique = text;
			for (int n = 2; !headers.add(unique); n++) {
				unique = text + " (" + n + ")";
			}
			Field field = fieldOf(text, dictionary, profile).filter(taken::add).orElse(null);
			columns.add(new Layout.Column(index, unique, field));
		}
		for (SheetRow later : searched) {
			if (later.number() > header.number()) {
				buffered.add(later);
			}
		}
		return new Layout(sheet.name(), header.number(), List.copyOf(columns));
	}

	/** What a header means: the profile's own naming first, then the synonyms. */
	private static Optional<Field> fieldOf(String header, HeaderDictionary dictionary, SourceProfile profile) {
		if (header == null) {
			return Optional.empty();
		}
		for (Map.Entry<String, Field> column : profile.columns().entrySet()) {
			if (Folding.fold(column.getKey()).equals(Folding.fold(header))) {
				return Optional.of(column.getValue());
			}
		}
		return dictionary.fieldOf(header);
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String quoted(List<String> names) {
		return String.join(", ", names.stream().map(name -> "« " + name + " »").toList());
	}

	private static String describe(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null && message.contains("Zip bomb detected")) {
				return "le fichier ressemble à une bombe de décompression (taux de compression anormal), refusé";
			}
			if (message != null && message.contains("exceeds the maximum")) {
				return "une partie du fichier dépasse la taille maximale acceptée";
			}
		}
		String message = ex.getMessage();
		return (message != null && !message.isBlank()) ? message : ex.getClass().getSimpleName();
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException ex) {
			// the verdict already says the file is unreadable
		}
	}

}
