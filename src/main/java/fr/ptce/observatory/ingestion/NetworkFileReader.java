package fr.ptce.observatory.ingestion;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/**
 * Reads a network's file as raw rows of poles: finds the sheet and the header row, recognises the columns,
 * then yields each row below the header, one at a time. Whatever makes the file unreadable is turned into a
 * verdict in French ({@link UnreadableFileException}, the format and its failures told by {@link WorkbookFormats}).
 * <p>
 * Over 250 lines because finding the layouts and streaming the rows share the open sheets: {@code open} reads ahead
 * the first rows of each sheet to find the poles' and members' layouts, then {@code read} yields those same rows and
 * the rest.
 */
public final class NetworkFileReader implements Closeable {

	/** How many non-blank rows are searched for the header (those below it are the sample of each column's values). */
	static final int HEADER_SEARCH_ROWS = 50;

	private final Workbook workbook;

	/** The sheets still to read: the sheet of poles first, then the sheet of members when there is one. */
	private final Deque<OpenSheet> sheets;

	private final Layout poles;

	private final Optional<Layout> members;

	private NetworkFileReader(Workbook workbook, OpenSheet poles, OpenSheet members) {
		this.workbook = workbook;
		this.sheets = new ArrayDeque<>();
		this.sheets.add(poles);
		if (members != null) {
			this.sheets.add(members);
		}
		this.poles = poles.layout();
		this.members = Optional.ofNullable(members).map(OpenSheet::layout);
	}

	/** A sheet being read: its layout and the rows read ahead while its header was searched. */
	private record OpenSheet(Sheet sheet, Layout layout, Deque<SheetRow> pending) {
	}

	public static NetworkFileReader open(Path file, HeaderDictionary dictionary) throws UnreadableFileException {
		return open(file, dictionary, SourceProfile.NONE);
	}

	/**
	 * Opens a file with its network's profile: its sheet and header row hints, and the columns it names. The
	 * sheet of poles and the sheet of members are found by their headers; notes and hidden sheets are not
	 * taken for data.
	 */
	public static NetworkFileReader open(Path file, HeaderDictionary dictionary, SourceProfile profile)
			throws UnreadableFileException {
		Workbook workbook = WorkbookFormats.open(file);
		List<OpenSheet> opened = new ArrayList<>();
		try {
			List<String> visible = workbook.visibleSheets();
			if (profile.sheet() != null && !visible.contains(profile.sheet())) {
				throw new UnreadableFileException("La feuille « " + profile.sheet() + " » attendue par le profil "
						+ profile.name() + " est absente ; feuilles du fichier : " + quoted(visible) + ".");
			}
			OpenSheet poles = null;
			OpenSheet members = null;
			int summaries = 0;
			Map<String, List<SheetRow>> unused = new LinkedHashMap<>();
			for (String sheetName : candidateSheets(visible)) {
				boolean polesHere = poles == null && (profile.sheet() == null || profile.sheet().equals(sheetName));
				if (!polesHere && members != null) {
					continue;
				}
				Sheet sheet = workbook.open(sheetName);
				List<SheetRow> searched = searchRows(sheet);
				ColumnReading.Result poleReading = polesHere
						? findHeader(sheet.name(), searched, RowKind.POLE, dictionary, profile) : null;
				Layout poleLayout = (poleReading != null) ? poleReading.layout() : null;
				summaries += (poleReading != null && poleReading.summary()) ? 1 : 0;
				Layout memberLayout = (members == null)
						? findHeader(sheet.name(), searched, RowKind.MEMBER, dictionary, SourceProfile.NONE).layout() : null;
				// a sheet that reads both ways lists poles, unless it is named for members or the poles are found
				boolean namedForMembers = Folding.fold(sheetName).contains("membre")
						|| Folding.fold(sheetName).contains("adherent");
				if (memberLayout != null && (poleLayout == null || namedForMembers)) {
					members = new OpenSheet(sheet, memberLayout, after(searched, memberLayout));
					opened.add(members);
				}
				else if (poleLayout != null) {
					poles = new OpenSheet(sheet, poleLayout, after(searched, poleLayout));
					opened.add(poles);
				}
				else {
					sheet.close();
					unused.put(sheetName, searched);
				}
				if (poles != null && members != null) {
					break;
				}
			}
			if (poles != null && members == null) {
				members = membersByPoleNames(workbook, poles, unused, dictionary);
				if (members != null) {
					opened.add(members);
				}
			}
			if (poles == null && summaries > 0) {
				throw new UnreadableFileException("Le fichier est un tableau de synthèse (des nombres par territoire ou "
						+ "des totaux), pas une liste de pôles : merci d'envoyer la liste des pôles, une ligne par pôle.");
			}
			if (poles == null) {
				throw new UnreadableFileException("Aucune ligne d'en-tête reconnue dans "
						+ (visible.isEmpty() ? "le fichier (aucune feuille visible)" : "les feuilles " + quoted(visible))
						+ " : il faut une colonne de noms de pôles et une autre colonne reconnue (par son en-tête ou son"
						+ " contenu) parmi les " + HEADER_SEARCH_ROWS + " premières lignes.", candidateHeader(unused));
			}
			return new NetworkFileReader(workbook, poles, members);
		}
		catch (UnreadableFileException ex) {
			opened.forEach(sheet -> closeQuietly(sheet.sheet()));
			closeQuietly(workbook);
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			opened.forEach(sheet -> closeQuietly(sheet.sheet()));
			closeQuietly(workbook);
			throw new UnreadableFileException("Fichier illisible : " + WorkbookFormats.describe(ex), ex);
		}
	}

	/**
	 * The sheet of members of a file whose members' headers say nothing known: the sheet where a column holds the
	 * names (or acronyms) of the poles listed on the sheet of poles.
	 */
	private static OpenSheet membersByPoleNames(Workbook workbook, OpenSheet poles, Map<String, List<SheetRow>> unused,
			HeaderDictionary dictionary) throws IOException {
		Set<String> names = new HashSet<>();
		for (Layout.Column column : poles.layout().columns()) {
			if (column.field() == Field.NAME || column.field() == Field.ACRONYM) {
				poles.pending().forEach(row -> {
					String value = ColumnReading.clean(row.get(column.index()));
					if (value != null) {
						names.add(Folding.fold(value));
					}
				});
			}
		}
		for (Map.Entry<String, List<SheetRow>> sheet : unused.entrySet()) {
			Layout layout = new ColumnReading(dictionary, SourceProfile.NONE, RowKind.MEMBER)
				.readMembersByPoleNames(sheet.getKey(), sheet.getValue(), names).layout();
			if (layout != null) {
				Sheet reopened = workbook.open(sheet.getKey());
				return new OpenSheet(reopened, layout, after(searchRows(reopened), layout));
			}
		}
		return null;
	}

	/**
	 * The row most like a header when none was recognised: on the sheet with the most rows, the first row with the
	 * most cells of text followed by at least one row; its columns are left unrecognised.
	 */
	private static Layout candidateHeader(Map<String, List<SheetRow>> sheets) {
		Layout best = null;
		int bestRows = 0;
		for (Map.Entry<String, List<SheetRow>> sheet : sheets.entrySet()) {
			List<SheetRow> rows = sheet.getValue();
			SheetRow header = null;
			long texts = 1;
			for (int index = 0; index + 1 < rows.size(); index++) {
				long count = rows.get(index).values().stream()
					.filter(value -> value != null && !value.isBlank() && value.length() <= 80
							&& value.chars().anyMatch(Character::isLetter))
					.count();
				if (count > texts) {
					header = rows.get(index);
					texts = count;
				}
			}
			if (header != null && rows.size() > bestRows) {
				List<Layout.Column> columns = ColumnReading.headerCells(header).stream()
					.map(cell -> new Layout.Column(cell.index(), cell.unique(), null, null))
					.toList();
				best = new Layout(RowKind.POLE, sheet.getKey(), header.number(), List.copyOf(columns));
				bestRows = rows.size();
			}
		}
		return best;
	}

	/** Where the poles are and what each column means. */
	public Layout layout() {
		return this.poles;
	}

	/** Where the members are, when the file has a sheet of members. */
	public Optional<Layout> memberLayout() {
		return this.members;
	}

	/**
	 * The next row below a header (blank rows included): the rows of poles, then the rows of members; {@code null}
	 * at the end.
	 */
	public RawRow read() throws UnreadableFileException {
		while (!this.sheets.isEmpty()) {
			OpenSheet current = this.sheets.peek();
			try {
				SheetRow row = current.pending().isEmpty() ? current.sheet().next() : current.pending().poll();
				if (row != null) {
					return toRawRow(current.layout(), row);
				}
				current.sheet().close();
				this.sheets.poll();
			}
			catch (IOException | RuntimeException ex) {
				throw new UnreadableFileException("Lecture interrompue dans la feuille « " + current.sheet().name()
						+ " » : " + WorkbookFormats.describe(ex), ex);
			}
		}
		return null;
	}

	private static RawRow toRawRow(Layout layout, SheetRow row) {
		Map<String, String> cells = new LinkedHashMap<>();
		Set<Integer> known = new HashSet<>();
		for (Layout.Column column : layout.columns()) {
			cells.put(column.header(), ColumnReading.clean(row.get(column.index())));
			known.add(column.index());
		}
		for (int index = 0; index < row.values().size(); index++) {
			String value = ColumnReading.clean(row.get(index));
			if (!known.contains(index) && value != null) {
				cells.put("Colonne " + columnLetters(index), value);
			}
		}
		return new RawRow(layout.kind(), layout.sheet(), row.number(), cells);
	}

	@Override
	public void close() throws IOException {
		try {
			for (OpenSheet sheet : this.sheets) {
				closeQuietly(sheet.sheet());
			}
		}
		finally {
			this.workbook.close();
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

	/** The first non-blank rows of a sheet, where its header is searched. */
	private static List<SheetRow> searchRows(Sheet sheet) throws IOException {
		List<SheetRow> searched = new ArrayList<>();
		SheetRow row;
		while (searched.size() < HEADER_SEARCH_ROWS && (row = sheet.next()) != null) {
			if (!row.isBlank()) {
				searched.add(row);
			}
		}
		return searched;
	}

	/** Where the rows of a kind are on a sheet and what its columns mean, or {@code null}. */
	private static ColumnReading.Result findHeader(String sheetName, List<SheetRow> searched, RowKind kind,
			HeaderDictionary dictionary, SourceProfile profile) {
		return new ColumnReading(dictionary, profile, kind).read(sheetName, searched);
	}

	private static Deque<SheetRow> after(List<SheetRow> searched, Layout layout) {
		Deque<SheetRow> rows = new ArrayDeque<>();
		searched.stream().filter(row -> row.number() > layout.headerRow()).forEach(rows::add);
		return rows;
	}

	static String columnLetters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

	private static String quoted(List<String> names) {
		return String.join(", ", names.stream().map(name -> "« " + name + " »").toList());
	}

	/** Closes what a failure leaves open, without hiding the failure: the verdict already says what went wrong. */
	static void closeQuietly(Closeable closeable) {
		try {
			closeable.close();
		}
		catch (IOException | RuntimeException ex) {
			// the failure that led here is the one to tell
		}
	}

}
