package fr.ptce.observatory.ingestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a sheet's header row among its first rows and what each column means, from its header (the profile's
 * naming, a synonym, the header's words) and from its values ({@link ColumnContent}): values win where the
 * header is silent or misleading, and the pole's name is found under a header nobody listed.
 * <p>
 * Over 250 lines because it is one decision procedure for a sheet's columns: finding the header row, recognising
 * each header, guessing from values and settling conflicts between columns all refine the same list of decisions,
 * and the arbitration rules sit beside the code that applies them.
 */
final class ColumnReading {

	/** Pairs where values of the second kind are expected in a column of the first: the header keeps it. */
	private static final Map<Field, Set<Field>> COMPATIBLE = Map.ofEntries(
			Map.entry(Field.DEPARTEMENT, EnumSet.of(Field.POSTAL_CODE, Field.COMMUNE_CODE)),
			Map.entry(Field.COMMUNE, EnumSet.of(Field.POSTAL_CODE, Field.DEPARTEMENT)),
			Map.entry(Field.POSTAL_CODE, EnumSet.of(Field.COMMUNE_CODE, Field.DEPARTEMENT)),
			Map.entry(Field.COMMUNE_CODE, EnumSet.of(Field.POSTAL_CODE)),
			Map.entry(Field.ADDRESS, EnumSet.of(Field.COMMUNE)),
			Map.entry(Field.CREATION_YEAR, EnumSet.of(Field.OBSERVATION_YEAR)),
			Map.entry(Field.OBSERVATION_YEAR, EnumSet.of(Field.CREATION_YEAR)),
			Map.entry(Field.MEMBER_OF, EnumSet.of(Field.COMMUNE)),
			Map.entry(Field.NAME, EnumSet.of(Field.COMMUNE)),
			Map.entry(Field.CARRIER_NAME, EnumSet.of(Field.COMMUNE)),
			Map.entry(Field.SIRET, EnumSet.of(Field.CONTACT_PHONE)),
			// the year of the call a pole won (« 2015 » under « Lauréat appel à projets »)
			Map.entry(Field.LAUREATE, EnumSet.of(Field.CREATION_YEAR, Field.OBSERVATION_YEAR)));

	/** Numbers: values that look like codes (45000, 69) are no reason to read them as codes. */
	private static final Set<Field> NUMBERS = EnumSet.of(Field.BUDGET, Field.JOBS_CREATED, Field.FTE,
			Field.MEMBERS_ESS, Field.MEMBERS_CLASSIC, Field.MEMBERS_AUTHORITIES, Field.MEMBERS_RESEARCH,
			Field.MEMBERS_TRAINING, Field.MEMBERS_SIAE, Field.MEMBERS_OTHER);

	/** Fields a column of yes/no answers can hold (« Lauréat ? », « Actif ? », « SIAE ? »); counts hold 0 and 1 too. */
	private static final Set<Field> ANSWERS = EnumSet.of(Field.LAUREATE, Field.STATUS, Field.SIAE_TYPE,
			Field.MEMBER_CATEGORY);

	/** Fields that hold names of organisations, people or places: never a column of dates. */
	private static final Set<Field> NAMED = EnumSet.of(Field.NAME, Field.ACRONYM, Field.CARRIER_NAME,
			Field.CONTACT_NAME, Field.COMMUNE, Field.ADDRESS, Field.MEMBER_OF);

	/** The share of values above which values overrule a header that says otherwise. */
	private static final double OVERRULING_SHARE = 0.8;

	private final HeaderDictionary dictionary;

	private final SourceProfile profile;

	private final RowKind kind;

	ColumnReading(HeaderDictionary dictionary, SourceProfile profile, RowKind kind) {
		this.dictionary = dictionary;
		this.profile = profile;
		this.kind = kind;
	}

	/**
	 * What a sheet's first rows say.
	 *
	 * @param layout where the rows of this kind are and what columns mean, or {@code null}
	 * @param summary whether the sheet looks like a summary table (counts per territory) rather than a list
	 */
	record Result(Layout layout, boolean summary) {
	}

	Result read(String sheetName, List<SheetRow> searched) {
		return read(sheetName, searched, headerRow(searched), -1);
	}

	/**
	 * A sheet of members found by its values: the column whose values are mostly the names (or acronyms) of the
	 * poles of the file is the pole each member belongs to, whatever its header says; the header is the row above
	 * its first such value.
	 *
	 * @param poleNames the folded names and acronyms of the file's poles
	 */
	Result readMembersByPoleNames(String sheetName, List<SheetRow> searched, Set<String> poleNames) {
		int width = searched.stream().mapToInt(row -> row.values().size()).max().orElse(0);
		for (int column = 0; column < width; column++) {
			int first = -1;
			int matches = 0;
			int filled = 0;
			for (int index = 0; index < searched.size(); index++) {
				String value = clean(searched.get(index).get(column));
				if (value == null) {
					continue;
				}
				if (poleNames.contains(Folding.fold(value))) {
					first = (first < 0) ? index : first;
					matches++;
				}
				filled += (first >= 0) ? 1 : 0;
			}
			if (first > 0 && matches >= 3 && matches * 2 >= filled) {
				Result result = read(sheetName, searched, searched.get(first - 1), column);
				if (result.layout() != null) {
					return result;
				}
			}
		}
		return new Result(null, false);
	}

	private Result read(String sheetName, List<SheetRow> searched, SheetRow header, int memberOfColumn) {
		if (header == null) {
			return new Result(null, false);
		}
		List<SheetRow> below = typical(searched.stream().filter(row -> row.number() > header.number()).toList());
		List<Decision> decisions = new ArrayList<>();
		for (HeaderCell cell : headerCells(header)) {
			int index = cell.index();
			Decision decision = decide(index, cell.unique(), cell.text(), values(below, index, cell.text()));
			if (index == memberOfColumn) {
				decision.take(Field.MEMBER_OF, 4, "valeurs : noms des pôles du fichier");
			}
			else if (decision.field == Field.MEMBER_OF && memberOfColumn >= 0) {
				decision.take(null, 0, null);
			}
			decisions.add(decision);
		}
		// the strongest claim on a field wins it; the others are left unrecognised
		Set<Field> taken = EnumSet.noneOf(Field.class);
		List<Decision> byStrength = decisions.stream()
			.sorted(Comparator.comparingInt(Decision::strength).reversed().thenComparingInt(Decision::index))
			.toList();
		for (Decision decision : byStrength) {
			if (decision.field != null && !taken.add(decision.field)) {
				decision.field = null;
				decision.evidence = null;
			}
		}
		if (!taken.contains(Field.NAME) && (this.kind == RowKind.POLE || taken.contains(Field.MEMBER_OF))) {
			nameByValues(decisions, below).ifPresent(decision -> {
				decision.field = Field.NAME;
				decision.evidence = "textes distincts sous un en-tête inconnu : pris pour le nom du "
						+ ((this.kind == RowKind.POLE) ? "pôle" : "membre");
				taken.add(Field.NAME);
			});
		}
		boolean named = taken.contains(Field.NAME) && (this.kind == RowKind.POLE || taken.contains(Field.MEMBER_OF));
		if (!named) {
			boolean territory = taken.contains(Field.DEPARTEMENT) || taken.contains(Field.REGION);
			boolean counts = decisions.stream().anyMatch(decision -> decision.field == null
					&& numericShare(values(below, decision.index, decision.text)) >= 0.8);
			return new Result(null, this.kind == RowKind.POLE && territory && counts);
		}
		List<Layout.Column> columns = decisions.stream()
			.map(decision -> new Layout.Column(decision.index, decision.header, decision.field, decision.evidence))
			.toList();
		return new Result(new Layout(this.kind, sheetName, header.number(), columns), false);
	}

	/** The profile's header row, else the row where the headers name most fields (at least two). */
	private SheetRow headerRow(List<SheetRow> searched) {
		SheetRow best = null;
		int bestScore = 1;
		for (SheetRow candidate : searched) {
			if (this.profile.headerRow() != null) {
				if (candidate.number() == this.profile.headerRow()) {
					return candidate;
				}
				continue;
			}
			Set<Field> fields = EnumSet.noneOf(Field.class);
			for (String value : candidate.values()) {
				recognise(value).ifPresent(recognition -> fields.add(recognition.field()));
			}
			boolean memberHeader = fields.contains(Field.MEMBER_OF) && fields.contains(Field.NAME);
			if (this.kind == RowKind.MEMBER && !memberHeader) {
				continue;
			}
			if (fields.size() > bestScore) {
				best = candidate;
				bestScore = fields.size();
			}
		}
		return best;
	}

	private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile("\\([^()]*\\)");

	/** The longest header, and the longest header that asks a question (remarks in parentheses left out). */
	private static final int MAXIMUM_HEADER = 80;

	private static final int MAXIMUM_QUESTION = 160;

	/** Recognitions of the cells already seen: data rows repeat their values (statuses, départements…). */
	private final Map<String, Optional<HeaderDictionary.Recognition>> recognised = new java.util.HashMap<>();

	private Optional<HeaderDictionary.Recognition> recognise(String header) {
		String text = clean(header);
		if (text == null) {
			return Optional.empty();
		}
		return this.recognised.computeIfAbsent(text, cell -> tooLong(cell) ? Optional.empty() : recogniseText(cell));
	}

	/**
	 * Whether a text is too long for a header, its remarks in parentheses left out (« Nombre de membres relevant de
	 * l'ESS (associations, coopératives, mutuelles, fondations) »): a note, unless it asks a question (a survey's
	 * column: « Combien de structures d'insertion par l'activité économique sont membres ? (ACI, EI…) »). A long text
	 * that is all remark is a note.
	 */
	private static boolean tooLong(String text) {
		if (text.length() <= MAXIMUM_HEADER) {
			return false;
		}
		String outside = REMARK.matcher(text).replaceAll("").strip();
		return outside.isEmpty()
				|| outside.length() > (QUESTION.matcher(outside).find() ? MAXIMUM_QUESTION : MAXIMUM_HEADER);
	}

	/** A question mark at the end of a text, maybe followed by a mark of a required answer. */
	private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile("\\?\\s*[*:]?$");

	private Optional<HeaderDictionary.Recognition> recogniseText(String text) {
		String folded = Folding.fold(text);
		for (Map.Entry<String, Field> column : this.profile.columns().entrySet()) {
			if (Folding.fold(column.getKey()).equals(folded)) {
				return Optional.of(new HeaderDictionary.Recognition(column.getValue(), true,
						"profil « " + this.profile.name() + " »"));
			}
		}
		return this.dictionary.recognise(text, this.kind);
	}

	private Decision decide(int index, String unique, String text, List<String> values) {
		Optional<HeaderDictionary.Recognition> byHeader = recognise(text);
		Optional<ColumnContent.Guess> byValues = this.dictionary.content().guess(this.kind, values);
		Decision decision = new Decision(index, unique, text);
		if (byHeader.isPresent() && byHeader.get().evidence().startsWith("profil")) {
			return decision.take(byHeader.get().field(), 4, byHeader.get().evidence());
		}
		if (this.dictionary.isBookkeeping(text, this.kind)) {
			return decision;
		}
		if (byHeader.isEmpty()) {
			return byValues.filter(guess -> guess.weight() != ColumnContent.Weight.CONFIRMS)
				.map(guess -> decision.take(guess.field(), 1, "contenu : " + guess.description()))
				.orElse(decision);
		}
		HeaderDictionary.Recognition header = byHeader.get();
		if (!header.exact() && NAMED.contains(header.field()) && this.dictionary.content().holdsDates(values)) {
			// « Dernier contact le » holds the dates of the network's own calls, not a person
			return decision;
		}
		if (!header.exact() && !ANSWERS.contains(header.field()) && !NUMBERS.contains(header.field())
				&& this.dictionary.content().answersYesOrNo(values)) {
			// « Visite sur site effectuée » holds Oui / Non: a question of the network's own, not a web address
			return decision;
		}
		if (!header.exact() && NUMBERS.contains(header.field()) && !values.isEmpty() && numericShare(values) < 0.5) {
			// « Autres remarques », « Collectivité de rattachement »: words of a count over text are no count
			return byValues.filter(guess -> guess.weight() != ColumnContent.Weight.CONFIRMS)
				.map(guess -> decision.take(guess.field(), 1, "contenu : " + guess.description()))
				.orElse(decision);
		}
		if (byValues.isEmpty() || byValues.get().field() == header.field()) {
			String evidence = header.evidence() + byValues.map(guess -> " ; contenu : " + guess.description()).orElse("");
			return decision.take(header.field(), byValues.isPresent() ? 3 : (header.exact() ? 2 : 1), evidence);
		}
		ColumnContent.Guess content = byValues.get();
		boolean expected = COMPATIBLE.getOrDefault(header.field(), Set.of()).contains(content.field())
				|| NUMBERS.contains(header.field());
		// a header known by a synonym gives way only to values that cannot mean anything else; a header known only by
		// its words (« Adresse du porteur » weighs « porteur ») also to values that tell the meaning on their own
		boolean overrules = content.weight() == ColumnContent.Weight.OVERRULES
				|| (!header.exact() && content.weight() == ColumnContent.Weight.SUFFICES);
		if (!expected && content.share() >= OVERRULING_SHARE && overrules) {
			return decision.take(content.field(), 2, "contenu : " + content.description() + " (l'en-tête « " + text
					+ " » laissait attendre " + header.field().templateHeader() + ")");
		}
		return decision.take(header.field(), header.exact() ? 2 : 1, header.evidence());
	}

	/**
	 * The column of pole names among the columns nobody recognised: text with letters, mostly distinct, several
	 * words or long enough; the leftmost of the best. A column of comments (« Observations ») holds distinct texts
	 * too, but never names.
	 */
	private static Optional<Decision> nameByValues(List<Decision> decisions, List<SheetRow> below) {
		Decision best = null;
		double bestScore = 0.6;
		for (Decision decision : decisions) {
			if (decision.field != null || (decision.text != null && CommentHeaders.isComment(decision.text))) {
				continue;
			}
			List<String> values = values(below, decision.index, decision.text);
			if (values.size() < 2) {
				continue;
			}
			long lettered = values.stream().filter(value -> value.chars().filter(Character::isLetter).count() >= 3).count();
			long distinct = values.stream().map(Folding::fold).distinct().count();
			double averageLength = values.stream().mapToInt(String::length).average().orElse(0);
			double score = ((double) lettered / values.size()) * ((double) distinct / values.size())
					* Math.min(1.0, averageLength / 12.0);
			if (score > bestScore) {
				best = decision;
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * The rows that say what columns hold: a row much emptier than the sheet's usual row (« Sous-total 01 » and its
	 * count, a note) is no list entry, and its cells do not vote.
	 */
	private static List<SheetRow> typical(List<SheetRow> rows) {
		int[] filled = rows.stream().mapToInt(ColumnReading::filled).filter(count -> count > 0).sorted().toArray();
		if (filled.length == 0) {
			return rows;
		}
		int median = filled[filled.length / 2];
		return rows.stream().filter(row -> filled(row) * 2 > median).toList();
	}

	private static int filled(SheetRow row) {
		return (int) row.values().stream().filter(value -> clean(value) != null).count();
	}

	private static List<String> values(List<SheetRow> below, int index, String header) {
		List<String> values = new ArrayList<>();
		String folded = Folding.fold(header);
		for (SheetRow row : below) {
			String value = clean(row.get(index));
			if (value != null && !Folding.fold(value).equals(folded)) {
				values.add(value);
			}
		}
		return values;
	}

	private static final Pattern NUMERIC = Pattern.compile("[\\d\\s.,%€\u00a0\u202f]+");

	private static double numericShare(List<String> values) {
		if (values.isEmpty()) {
			return 0;
		}
		return (double) values.stream().filter(value -> NUMERIC.matcher(value).matches()).count() / values.size();
	}

	/**
	 * A non-blank cell of a header row.
	 *
	 * @param text the header as written, stripped
	 * @param unique the header made unique within the row (« Nom (2) »), as raw rows key their cells
	 */
	record HeaderCell(int index, String text, String unique) {
	}

	/** The non-blank cells of a header row, in order. */
	static List<HeaderCell> headerCells(SheetRow header) {
		List<HeaderCell> cells = new ArrayList<>();
		Set<String> headers = new HashSet<>();
		for (int index = 0; index < header.values().size(); index++) {
			String text = clean(header.get(index));
			if (text == null) {
				continue;
			}
			String unique = text;
			for (int n = 2; !headers.add(unique); n++) {
				unique = text + " (" + n + ")";
			}
			cells.add(new HeaderCell(index, text, unique));
		}
		return cells;
	}

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/** A column's meaning as it is being decided. */
	private static final class Decision {

		private final int index;

		private final String header;

		private final String text;

		private Field field;

		private int strength;

		private String evidence;

		Decision(int index, String header, String text) {
			this.index = index;
			this.header = header;
			this.text = text;
		}

		Decision take(Field field, int strength, String evidence) {
			this.field = field;
			this.strength = strength;
			this.evidence = evidence;
			return this;
		}

		int strength() {
			return this.strength;
		}

		int index() {
			return this.index;
		}

	}

}
