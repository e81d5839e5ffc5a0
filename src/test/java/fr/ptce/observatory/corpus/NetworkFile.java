package fr.ptce.observatory.corpus;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import fr.ptce.observatory.corpus.CorpusWorkbooks.Grid;
import fr.ptce.observatory.corpus.FileStyle.Format;
import fr.ptce.observatory.corpus.Geography.Commune;
import fr.ptce.observatory.corpus.Geography.Departement;
import fr.ptce.observatory.corpus.HeaderVocabulary.ExtraType;
import fr.ptce.observatory.corpus.HeaderVocabulary.PlaceholderClass;
import fr.ptce.observatory.corpus.RowTruth.RowKind;
import fr.ptce.observatory.corpus.SideSheets.MemberSheet;
import fr.ptce.observatory.ingestion.Field;

/**
 * Writes one file of the corpus, as its {@link Network} would, and returns its truth: a list of poles (title rows,
 * headers from one part of the vocabulary in the network's order, poles, placeholder rows, sub-totals, a repeated
 * header, duplicates, a total, a note; around it the {@link SideSheets}), or a summary table only. All choices
 * come from the file's seed.
 */
final class NetworkFile {

	private static final List<String> POLE_SHEETS = List.of("Feuil1", "Liste", "Données 2025", "PTCE", "Recensement",
			"Pôles", "Liste des PTCE", "Sheet1", "Export", "Recensement 2025", "Base");

	private static final List<String> INDEX_HEADERS = List.of("N°", "#", "Réf.", "Ordre");

	private static final List<String> COMMENTS = List.of("RAS", "Relancé en mars", "À vérifier avec la DREETS",
			"Contact pris le 12/02", "Nouveau en 2025", "Fusion en cours ?", "Données 2023", "Pas de réponse",
			"Rencontré au forum ESS", "Voir compte rendu CA");

	private static final List<Field> MEMBER_COUNTS = List.of(Field.MEMBERS_ESS, Field.MEMBERS_CLASSIC,
			Field.MEMBERS_AUTHORITIES, Field.MEMBERS_RESEARCH, Field.MEMBERS_TRAINING, Field.MEMBERS_SIAE,
			Field.MEMBERS_OTHER);

	private static final Set<Field> NUMBERS = Set.of(Field.MEMBERS_ESS, Field.MEMBERS_CLASSIC,
			Field.MEMBERS_AUTHORITIES, Field.MEMBERS_RESEARCH, Field.MEMBERS_TRAINING, Field.MEMBERS_SIAE,
			Field.MEMBERS_OTHER, Field.JOBS_CREATED, Field.FTE, Field.BUDGET);

	/** A column of the sheet of poles: a field, or a column that means nothing (extra, index). */
	private record Column(Field field, String header, ExtraType extra) {
	}

	/** A row below the header, before it has a number; a null kind is a blank row. */
	private static final class Entry {

		final RowKind kind;

		final List<Object> cells;

		Entry original;

		Pole pole;

		int rowNumber;

		Entry(RowKind kind, List<Object> cells) {
			this.kind = kind;
			this.cells = cells;
		}

	}

	private final String fileName;

	private final Format format;

	private final Network network;

	private final Random random;

	private final HeaderVocabulary vocabulary;

	private final FileStyle style;

	private List<Column> columns;

	private List<Object> header;

	private double blankRate;

	NetworkFile(String fileName, Format format, long seed, HeaderVocabulary vocabulary, Geography geography) {
		this.fileName = fileName;
		this.format = format;
		this.network = new Network(format, seed, vocabulary, geography);
		this.random = this.network.random;
		this.vocabulary = vocabulary;
		this.style = this.network.style;
	}

	// ------------------------------------------------------------------------------------------------ list

	/** Writes a list of poles in {@code dir} and returns its truth. */
	FileTruth writeList(Path dir) throws IOException {
		chooseColumns();
		this.blankRate = 0.03 + 0.2 * this.random.nextDouble();
		int count = 10 + this.random.nextInt(71);
		List<Pole> poles = new ArrayList<>();
		Set<String> usedNames = new HashSet<>();
		for (int i = 0; i < count; i++) {
			poles.add(Pole.invent(this.network, usedNames));
		}
		boolean byDepartement = sortPoles(poles);

		// the poles, then the rows that are not poles among them
		List<Entry> entries = new ArrayList<>();
		Set<Pole> duplicated = chooseDuplicated(poles);
		for (Pole pole : poles) {
			Entry entry = new Entry(RowKind.POLE, poleCells(pole, duplicated.contains(pole)));
			entry.pole = pole;
			entries.add(entry);
		}
		if (byDepartement && has(Field.DEPARTEMENT, Field.COMMUNE, Field.POSTAL_CODE) && chance(0.3)) {
			insertSubtotals(entries);
		}
		insertPlaceholders(entries, poles);
		for (Pole pole : duplicated) {
			insertDuplicate(entries, pole);
		}
		if (entries.size() > 20 && chance(0.15)) {
			int at = entries.size() * 3 / 10 + this.random.nextInt(entries.size() / 2);
			entries.add(at, new Entry(RowKind.PLACEHOLDER, new ArrayList<>(this.header)));
		}
		if (chance(0.1)) {
			for (int i = 1 + this.random.nextInt(3); i > 0; i--) {
				entries.add(this.random.nextInt(entries.size()), new Entry(null, List.of()));
			}
		}
		if (chance(0.35)) {
			if (chance(0.4)) {
				entries.add(new Entry(null, List.of()));
			}
			entries.add(total(PlaceholderClass.TOTAL, entries, poles.size(), null));
		}
		if (chance(0.12)) {
			entries.add(new Entry(null, List.of()));
			List<Object> note = new ArrayList<>();
			note.add(slots(pickPlaceholder(PlaceholderClass.NOTE), null, poles.size()));
			entries.add(new Entry(RowKind.PLACEHOLDER, note));
		}
		numberIndexColumn(entries);

		// the sheet of poles and the sheets around it
		Grid sheet = new Grid(pick(POLE_SHEETS));
		titleRows(sheet);
		sheet.headerRow = sheet.add(this.header);
		for (Entry entry : entries) {
			entry.rowNumber = sheet.add(entry.cells) + 1;
		}
		Map<String, Field> columnTruth = new LinkedHashMap<>();
		for (Column column : this.columns) {
			columnTruth.put(column.header().strip(), column.field());
		}
		if (columnTruth.size() != this.columns.size()) {
			throw new IllegalStateException("two columns with the same header in " + this.fileName);
		}
		List<RowTruth> rows = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.kind != null) {
				rows.add(new RowTruth(entry.rowNumber, entry.kind, rowName(entry.cells),
						entry.original == null ? 0 : entry.original.rowNumber));
			}
		}
		Path file = dir.resolve(this.fileName);
		if (this.format == Format.CSV) {
			writeCsv(file, sheet);
			return new FileTruth(this.fileName, FileTruth.Expected.LIST, null, sheet.headerRow + 1,
					Collections.unmodifiableMap(columnTruth), List.copyOf(rows), 0, null, 0, Map.of());
		}
		List<Grid> grids = new ArrayList<>();
		if (chance(0.25)) {
			grids.add(SideSheets.notice(this.network, sheet.name));
		}
		if (chance(0.2)) {
			grids.add(SideSheets.summaryOf(this.network, poles));
		}
		int active = grids.size();
		grids.add(sheet);
		MemberSheet members = chance(0.35) ? SideSheets.members(this.network, poles, sheet.name, has(Field.ACRONYM))
				: null;
		if (members != null) {
			grids.add(members.grid());
		}
		if (chance(0.1)) {
			grids.add(SideSheets.lists(this.network));
		}
		CorpusWorkbooks.writeWorkbook(file, grids, chance(0.7) ? active : 0, this.format == Format.XLS);
		return new FileTruth(this.fileName, FileTruth.Expected.LIST, sheet.name, sheet.headerRow + 1,
				Collections.unmodifiableMap(columnTruth), List.copyOf(rows), members == null ? 0 : members.rows(),
				members == null ? null : members.grid().name, members == null ? 0 : members.grid().headerRow + 1,
				members == null ? Map.of() : members.columns());
	}

	/** The fields of the file, their headers in the vocabulary part, extra columns, in the network's order. */
	private void chooseColumns() {
		Map<Field, Double> chances = new LinkedHashMap<>();
		chances.put(Field.NAME, 1.0);
		chances.put(Field.ACRONYM, 0.2);
		chances.put(Field.CARRIER_NAME, 0.25);
		chances.put(Field.SIRET, 0.6);
		chances.put(Field.RNA, 0.05);
		chances.put(Field.LEGAL_FORM, 0.3);
		chances.put(Field.ADDRESS, 0.2);
		chances.put(Field.POSTAL_CODE, 0.5);
		chances.put(Field.COMMUNE, 0.7);
		chances.put(Field.COMMUNE_CODE, 0.1);
		chances.put(Field.DEPARTEMENT, 0.5);
		chances.put(Field.REGION, "France".equals(this.network.territory) ? 0.6 : 0.15);
		chances.put(Field.CREATION_YEAR, 0.35);
		chances.put(Field.STATUS, 0.6);
		chances.put(Field.LAUREATE, 0.15);
		chances.put(Field.SECTORS, 0.3);
		boolean memberCounts = chance(0.1);
		for (Field field : MEMBER_COUNTS) {
			chances.put(field, memberCounts ? 0.7 : 0.0);
		}
		chances.put(Field.JOBS_CREATED, 0.25);
		chances.put(Field.FTE, 0.15);
		chances.put(Field.BUDGET, 0.15);
		chances.put(Field.WEBSITE, 0.25);
		chances.put(Field.CONTACT_NAME, 0.25);
		chances.put(Field.CONTACT_EMAIL, 0.3);
		chances.put(Field.CONTACT_PHONE, 0.2);
		List<Field> fields = new ArrayList<>();
		chances.forEach((field, chance) -> {
			if (chance(chance)) {
				fields.add(field);
			}
		});
		if (!fields.contains(Field.COMMUNE) && !fields.contains(Field.POSTAL_CODE)
				&& !fields.contains(Field.DEPARTEMENT)) {
			fields.add(fields.indexOf(Field.NAME) + 1, Field.COMMUNE);
		}
		Set<String> folded = new HashSet<>();
		List<Column> chosen = new ArrayList<>();
		for (Field field : fields) {
			List<String> headers = new ArrayList<>(this.vocabulary.poleHeaders(field));
			headers.removeIf(h -> folded.contains(HeaderVocabulary.fold(h)));
			if (!headers.isEmpty()) {
				String header = pick(headers);
				folded.add(HeaderVocabulary.fold(header));
				chosen.add(new Column(field, this.style.header(header), null));
			}
		}
		// the order: the natural one with a few swaps, or any
		if (chance(0.35)) {
			Collections.shuffle(chosen, this.random);
		}
		else {
			for (int swaps = this.random.nextInt(4); swaps > 0 && chosen.size() > 2; swaps--) {
				int i = 1 + this.random.nextInt(chosen.size() - 1);
				int j = Math.max(1, i - 1);
				Collections.swap(chosen, i, j);
			}
		}
		List<String> extras = new ArrayList<>(this.vocabulary.extraHeaders().keySet());
		Collections.shuffle(extras, this.random);
		int extraCount = List.of(0, 0, 0, 0, 1, 1, 1, 2, 2, 3).get(this.random.nextInt(10));
		for (String extra : extras.subList(0, Math.min(extraCount, extras.size()))) {
			Column column = new Column(null, this.style.header(extra), this.vocabulary.extraHeaders().get(extra));
			chosen.add(chance(0.6) ? chosen.size() : 1 + this.random.nextInt(chosen.size()), column);
		}
		if (chance(0.12)) {
			chosen.add(0, new Column(null, pick(INDEX_HEADERS), null));
		}
		this.columns = List.copyOf(chosen);
		this.header = new ArrayList<>();
		for (Column column : this.columns) {
			this.header.add(column.header());
		}
	}

	/** Sorts the poles as networks do: by name, by département, or not at all; true when by département. */
	private boolean sortPoles(List<Pole> poles) {
		double draw = this.random.nextDouble();
		if (draw < 0.35) {
			poles.sort(Comparator.comparing(p -> HeaderVocabulary.fold(p.name)));
		}
		else if (draw < 0.65) {
			poles.sort(Comparator.comparing((Pole p) -> p.commune.departement().code())
				.thenComparing(p -> HeaderVocabulary.fold(p.name)));
			return true;
		}
		return false;
	}

	/** The cells of a pole's row; with {@code complete}, its SIRET, commune and name are never left blank. */
	private List<Object> poleCells(Pole pole, boolean complete) {
		List<Object> cells = new ArrayList<>();
		for (Column column : this.columns) {
			Field field = column.field();
			boolean key = field == Field.NAME
					|| complete && (field == Field.SIRET || field == Field.COMMUNE || field == Field.POSTAL_CODE);
			if (!key && chance(this.blankRate)) {
				cells.add(null);
			}
			else if (field == Field.SIRET && complete) {
				Object siret;
				do {
					siret = this.style.siret(pole.siret);
				}
				while (siret instanceof String text && text.length() == 9);
				cells.add(siret);
			}
			else {
				cells.add(cell(pole, column));
			}
		}
		return cells;
	}

	private Object cell(Pole pole, Column column) {
		if (column.field() == null) {
			return extra(column);
		}
		return switch (column.field()) {
			case NAME -> this.style.name(pole.name);
			case ACRONYM -> pole.acronym;
			case CARRIER_NAME -> pole.carrier.name();
			case SIRET -> this.style.siret(pole.siret);
			case RNA -> pole.rna;
			case LEGAL_FORM -> this.style.legalForm(pole.carrier.legalForm());
			case ADDRESS -> pole.address;
			case POSTAL_CODE -> this.style.postalCode(pole.postalCode);
			case COMMUNE -> this.style.commune(pole.commune.name());
			case COMMUNE_CODE -> this.style.communeCode(pole.commune.code());
			case DEPARTEMENT -> this.style.departement(pole.commune.departement(), pole.postalCode);
			case REGION -> pole.commune.departement().region().name();
			case CREATION_YEAR -> this.style.year(pole.year);
			case STATUS -> this.style.status(pole.status);
			case LAUREATE -> pole.laureate;
			case SECTORS -> this.style.sectors(pole.sectors);
			case MEMBERS_ESS, MEMBERS_CLASSIC, MEMBERS_AUTHORITIES, MEMBERS_RESEARCH, MEMBERS_TRAINING, MEMBERS_SIAE,
					MEMBERS_OTHER ->
				this.style.count(pole.members[MEMBER_COUNTS.indexOf(column.field())]);
			case JOBS_CREATED -> this.style.count(pole.jobs);
			case FTE -> this.style.decimal(pole.fte);
			case BUDGET -> this.style.budget(pole.budget);
			case WEBSITE -> pole.website;
			case CONTACT_NAME -> this.style.person(pole.contact[0], pole.contact[1]);
			case CONTACT_EMAIL -> pole.email;
			case CONTACT_PHONE -> this.style.phone(pole.phone);
			default -> throw new IllegalStateException(column.field().name());
		};
	}

	/** A cell of a column that means nothing: a comment, an internal date, a mark. */
	private Object extra(Column column) {
		if (column.extra() == null) {
			return null; // an index column, numbered afterwards
		}
		return switch (column.extra()) {
			case TEXT -> chance(0.55) ? null : pick(COMMENTS);
			case DATE -> chance(0.3) ? null
					: this.style.date(LocalDate.of(2024, 1, 1).plusDays(this.random.nextInt(500)));
			case FLAG -> chance(0.3) ? null : pick(List.of("Oui", "Non", "x", "O", "N", "oui"));
		};
	}

	/** Numbers the rows of an index column (« N° »), if the file has one: 1, 2, 3… on every row but totals. */
	private void numberIndexColumn(List<Entry> entries) {
		if (this.columns.get(0).field() != null || this.columns.get(0).extra() != null) {
			return;
		}
		int number = 1;
		for (Entry entry : entries) {
			boolean total = entry.kind == RowKind.PLACEHOLDER && entry.cells.get(0) != null;
			if (entry.kind != null && !total) {
				entry.cells.set(0, this.style.count(number++));
			}
		}
	}

	// ------------------------------------------------------------------------------------ rows that are not poles

	private Set<Pole> chooseDuplicated(List<Pole> poles) {
		Set<Pole> duplicated = new java.util.LinkedHashSet<>();
		if (poles.size() >= 12 && chance(0.35)) {
			for (int i = 1 + this.random.nextInt(3); i > 0; i--) {
				duplicated.add(poles.get(this.random.nextInt(poles.size() * 4 / 5)));
			}
		}
		return duplicated;
	}

	/** Lists a pole again below its first listing: same SIRET, or its name in other capitals or accents. */
	private void insertDuplicate(List<Entry> entries, Pole pole) {
		Entry original = entries.stream().filter(e -> e.pole == pole && e.original == null).findFirst().orElseThrow();
		List<Object> cells = poleCells(pole, true);
		int name = nameColumn();
		String written = this.style.name(pole.name);
		boolean bySiret = has(Field.SIRET) && chance(0.5);
		if (!bySiret || chance(0.5)) {
			cells.set(name, variant(written));
		}
		Entry duplicate = new Entry(RowKind.DUPLICATE, cells);
		duplicate.original = original;
		duplicate.pole = pole;
		int after = entries.indexOf(original) + 1;
		entries.add(after + this.random.nextInt(entries.size() - after + 1), duplicate);
	}

	/** The same name in other capitals or without its accents. */
	private String variant(String name) {
		List<String> variants = new ArrayList<>(List.of(name.toUpperCase(Locale.FRENCH),
				FileStyle.unaccented(name), name.toLowerCase(Locale.FRENCH),
				FileStyle.unaccented(name).toUpperCase(Locale.ROOT), capitalised(name.toLowerCase(Locale.FRENCH))));
		variants.removeIf(name::equals);
		return variants.isEmpty() ? name.toLowerCase(Locale.FRENCH) : pick(variants);
	}

	private static String capitalised(String text) {
		StringBuilder out = new StringBuilder();
		boolean start = true;
		for (char c : text.toCharArray()) {
			out.append(start ? Character.toUpperCase(c) : c);
			start = c == ' ' || c == '-' || c == '\'';
		}
		return out.toString();
	}

	/** Places 2 to 10 % of rows that are not poles (at least one in most files) among the poles. */
	private void insertPlaceholders(List<Entry> entries, List<Pole> poles) {
		if (chance(0.12)) {
			return;
		}
		int count = Math.max(1, (int) Math.round(poles.size() * (0.02 + 0.08 * this.random.nextDouble())));
		List<PlaceholderClass> classes = List.of(PlaceholderClass.FILLER, PlaceholderClass.REFERENCE,
				PlaceholderClass.EMPTY, PlaceholderClass.JUNK, PlaceholderClass.TERRITORY, PlaceholderClass.LEGAL_FORM);
		for (int i = 0; i < count; i++) {
			Pole near = pick(poles);
			String value = slots(pickPlaceholder(pick(classes)), near.commune, poles.size());
			List<Object> cells = new ArrayList<>();
			boolean located = chance(0.5);
			for (Column column : this.columns) {
				Field field = column.field();
				if (field == Field.NAME) {
					cells.add(value);
				}
				else if (located && field != null && (field == Field.COMMUNE || field == Field.POSTAL_CODE
						|| field == Field.DEPARTEMENT || field == Field.REGION || field == Field.COMMUNE_CODE)) {
					cells.add(cell(near, column));
				}
				else if (field == Field.STATUS && chance(0.2)) {
					cells.add(this.style.status("émergent"));
				}
				else {
					cells.add(null);
				}
			}
			entries.add(this.random.nextInt(entries.size() + 1), new Entry(RowKind.PLACEHOLDER, cells));
		}
	}

	/** After the poles of each département (the list is sorted by département), a sub-total row. */
	private void insertSubtotals(List<Entry> entries) {
		String label = pickPlaceholder(PlaceholderClass.SUBTOTAL);
		List<Entry> out = new ArrayList<>();
		List<Entry> group = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Entry entry = entries.get(i);
			out.add(entry);
			group.add(entry);
			Departement departement = entry.pole.commune.departement();
			boolean last = i == entries.size() - 1 || !entries.get(i + 1).pole.commune.departement().equals(departement);
			if (last) {
				Commune commune = entry.pole.commune;
				out.add(total(label, group, group.size(), commune));
				group = new ArrayList<>();
			}
		}
		entries.clear();
		entries.addAll(out);
	}

	private Entry total(PlaceholderClass placeholderClass, List<Entry> entries, int count, Commune commune) {
		return total(pickPlaceholder(placeholderClass), entries, count, commune);
	}

	/** A total row: its label in the first column, sums under the numbers, or the count beside the label. */
	private Entry total(String label, List<Entry> entries, int count, Commune commune) {
		List<Object> cells = new ArrayList<>(Collections.nCopies(this.columns.size(), null));
		cells.set(0, slots(label, commune, count));
		boolean sums = false;
		for (int c = 1; c < this.columns.size(); c++) {
			Field field = this.columns.get(c).field();
			if (field != null && NUMBERS.contains(field)) {
				double sum = 0;
				for (Entry entry : entries) {
					if (entry.kind == RowKind.POLE) {
						sum += (field == Field.FTE) ? entry.pole.fte : (field == Field.BUDGET) ? entry.pole.budget
								: (field == Field.JOBS_CREATED) ? entry.pole.jobs
										: entry.pole.members[MEMBER_COUNTS.indexOf(field)];
					}
				}
				cells.set(c, (field == Field.FTE) ? this.style.decimal(sum) : this.style.count((int) sum));
				sums = true;
			}
		}
		if (!sums && !label.contains("{count}")) {
			for (int c = 1; c < this.columns.size(); c++) {
				if (c != nameColumn()) {
					cells.set(c, this.style.count(count));
					break;
				}
			}
		}
		return new Entry(RowKind.PLACEHOLDER, cells);
	}

	private String pickPlaceholder(PlaceholderClass placeholderClass) {
		return pick(this.vocabulary.placeholders(placeholderClass));
	}

	/** Fills the {@code {...}} slots of a placeholder value. */
	private String slots(String value, Commune commune, int count) {
		Commune place = (commune != null) ? commune : this.network.usedCommune();
		return value.replace("{commune}", place.name())
			.replace("{departement}", place.departement().name())
			.replace("{code}", place.departement().code())
			.replace("{region}", place.departement().region().name())
			.replace("{count}", Integer.toString(count));
	}

	// ----------------------------------------------------------------------------------------- around the list

	/** 0 to 5 rows above the header: a title, a date, a note, a blank row, a band of column groups. */
	private void titleRows(Grid sheet) {
		if (chance(0.4)) {
			return;
		}
		int width = this.columns.size();
		String title = switch (this.random.nextInt(4)) {
			case 0 -> "Recensement des PTCE – " + this.network.name + " – 2025";
			case 1 -> "Liste des pôles territoriaux de coopération économique – " + this.network.territory + " – 2025";
			case 2 -> "PTCE " + this.network.territory + " : état des lieux 2025";
			default -> this.network.name.toUpperCase(Locale.FRENCH) + " – Recensement PTCE 2025";
		};
		int row = sheet.add(List.of(title));
		if (this.format != Format.CSV && chance(0.5) && width > 1) {
			sheet.merges.add(new int[] { row, 0, width - 1 });
		}
		if (this.format == Format.CSV) {
			if (chance(0.5)) {
				sheet.addBlank();
			}
			return;
		}
		if (chance(0.5)) {
			LocalDate day = LocalDate.of(2025, 1 + this.random.nextInt(9), 1 + this.random.nextInt(28));
			sheet.add(switch (this.random.nextInt(3)) {
				case 0 -> List.of("Mise à jour : " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
				case 1 -> List.of("Date d'extraction :", day);
				default -> List.of("Situation au 31/12/2024");
			});
		}
		if (chance(0.3)) {
			sheet.add(List.of(pick(List.of(
					"Données déclaratives, non vérifiées. Ne pas diffuser les coordonnées des contacts.",
					"Une ligne par pôle ; les champs grisés sont facultatifs.", "Document de travail – version provisoire"))));
		}
		if (chance(0.5)) {
			sheet.addBlank();
		}
		if (chance(0.15)) {
			sheet.add(band());
		}
	}

	/** A row of column groups above the header: « Identification », « Territoire », « Activité »… */
	private List<Object> band() {
		List<Object> band = new ArrayList<>(Collections.nCopies(this.columns.size(), null));
		Set<String> placed = new HashSet<>();
		for (int c = 0; c < this.columns.size(); c++) {
			Field field = this.columns.get(c).field();
			String group = (field == null) ? (this.columns.get(c).extra() == null ? "" : "Suivi")
					: switch (field) {
						case NAME, ACRONYM, CARRIER_NAME, SIRET, RNA, LEGAL_FORM -> "Identification";
						case ADDRESS, POSTAL_CODE, COMMUNE, COMMUNE_CODE, DEPARTEMENT, REGION -> "Territoire";
						case WEBSITE, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE -> "Coordonnées";
						default -> "Activité";
					};
			if (!group.isEmpty() && placed.add(group)) {
				band.set(c, group);
			}
		}
		return band;
	}

	// --------------------------------------------------------------------------------------------- summary file

	/** Writes a summary table (counts per département and a total, nothing that lists poles); returns its truth. */
	FileTruth writeSummary(Path dir) throws IOException {
		Map<Departement, int[]> counts = new LinkedHashMap<>();
		for (Departement departement : this.network.departements) {
			int poles = this.random.nextInt(9);
			int active = poles == 0 ? 0 : this.random.nextInt(poles + 1);
			int emerging = this.random.nextInt(poles - active + 1);
			counts.put(departement, new int[] { poles, active, emerging, poles * this.random.nextInt(12) });
		}
		String name = (this.format == Format.CSV) ? "csv" : pick(SideSheets.SUMMARY_SHEETS);
		Grid grid = SideSheets.summary(this.network, name, counts);
		Path file = dir.resolve(this.fileName);
		if (this.format == Format.CSV) {
			writeCsv(file, grid);
		}
		else {
			List<Grid> grids = new ArrayList<>();
			if (chance(0.3)) {
				grids.add(SideSheets.notice(this.network, grid.name));
			}
			grids.add(grid);
			CorpusWorkbooks.writeWorkbook(file, grids, grids.size() - 1, this.format == Format.XLS);
		}
		return new FileTruth(this.fileName, FileTruth.Expected.SUMMARY, null, 0, Map.of(), List.of(), 0, null, 0,
				Map.of());
	}

	// ------------------------------------------------------------------------------------------------- helpers

	private void writeCsv(Path file, Grid grid) throws IOException {
		boolean utf8 = chance(0.55);
		Charset charset = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
		CorpusWorkbooks.writeCsv(file, grid, charset, utf8);
	}

	private int nameColumn() {
		for (int c = 0; c < this.columns.size(); c++) {
			if (this.columns.get(c).field() == Field.NAME) {
				return c;
			}
		}
		throw new IllegalStateException("no name column");
	}

	/** The text of the row's name cell, or its first non-blank cell when that one is blank. */
	private String rowName(List<Object> cells) {
		int name = nameColumn();
		Object value = name < cells.size() ? cells.get(name) : null;
		if (value != null && !CorpusWorkbooks.text(value).isBlank()) {
			return CorpusWorkbooks.text(value).strip();
		}
		for (Object cell : cells) {
			if (cell != null && !CorpusWorkbooks.text(cell).isBlank()) {
				return CorpusWorkbooks.text(cell).strip();
			}
		}
		return null;
	}

	private boolean has(Field... fields) {
		for (Column column : this.columns) {
			for (Field field : fields) {
				if (column.field() == field) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean chance(double probability) {
		return this.network.chance(probability);
	}

	private <T> T pick(List<T> values) {
		return this.network.pick(values);
	}

}
