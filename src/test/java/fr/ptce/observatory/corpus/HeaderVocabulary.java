package fr.ptce.observatory.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.ptce.observatory.ingestion.Field;

/**
 * One part of the corpus vocabulary ({@link Vocabulary#TUNING}, {@link Vocabulary#VALIDATION} or
 * {@link Vocabulary#HELD_OUT}), read from {@code src/test/resources/corpus/}: for each field, the headers French networks give its column on the sheet of
 * poles and on the sheet of members; headers of columns that mean nothing to the observatory; and the values
 * found in the name column of rows that are not poles (placeholders, totals, notes), by class. The vocabulary is
 * written independently of the reader's dictionaries; {@link #knownToReader} says which of its headers the reader
 * already knows word for word (after folding), which must never be the case for the validation and held-out parts.
 */
public final class HeaderVocabulary {

	/** What a line of a vocabulary file describes. */
	public enum Kind {
		/** A header of the sheet of poles. */
		POLE,
		/** A header of the sheet of members. */
		MEMBER,
		/** A header of a column of the sheet of poles that means nothing to the observatory. */
		EXTRA,
		/** A value of the name column on a row that is not a pole. */
		PLACEHOLDER
	}

	/** The classes of placeholder values, as the second column of a PLACEHOLDER line names them. */
	public enum PlaceholderClass {
		/** Something to fill in later: « à compléter ». */
		FILLER,
		/** A pointer elsewhere: « voir fichier joint », « idem ». */
		REFERENCE,
		/** Nothing: « néant », « - », « ? ». */
		EMPTY,
		/** Typing tests and junk: « xxx », « test ». */
		JUNK,
		/** A name that is only a territory: « Lyon », « Rhône ». */
		TERRITORY,
		/** A name that is only a legal form: « Association », « SCIC ». */
		LEGAL_FORM,
		/** The label of a total row at the end of the list. */
		TOTAL,
		/** The label of a sub-total row after the poles of a département. */
		SUBTOTAL,
		/** A note line under the list. */
		NOTE
	}

	/** What the cells of a column that means nothing hold. */
	public enum ExtraType {
		/** Free comments. */
		TEXT,
		/** Internal dates. */
		DATE,
		/** Marks: « Oui », « Non », « x ». */
		FLAG
	}

	private final Vocabulary part;

	private final Map<Field, List<String>> poleHeaders = new EnumMap<>(Field.class);

	private final Map<Field, List<String>> memberHeaders = new EnumMap<>(Field.class);

	private final Map<String, ExtraType> extraHeaders = new LinkedHashMap<>();

	private final Map<PlaceholderClass, List<String>> placeholders = new EnumMap<>(PlaceholderClass.class);

	private HeaderVocabulary(Vocabulary part) {
		this.part = part;
	}

	/** The given part, from the test classpath ({@code /corpus/...}), else from {@code src/test/resources/corpus/}. */
	public static HeaderVocabulary load(Vocabulary part) {
		HeaderVocabulary vocabulary = new HeaderVocabulary(part);
		Path file = Path.of("src/test/resources/corpus", part.fileName());
		for (String[] line : lines("/corpus/" + part.fileName(), file)) {
			Kind kind = Kind.valueOf(line[0]);
			String text = line[2];
			switch (kind) {
				case POLE -> vocabulary.poleHeaders.computeIfAbsent(Field.valueOf(line[1]), f -> new ArrayList<>())
					.add(text);
				case MEMBER -> vocabulary.memberHeaders.computeIfAbsent(Field.valueOf(line[1]), f -> new ArrayList<>())
					.add(text);
				case EXTRA -> vocabulary.extraHeaders.put(text, ExtraType.valueOf(line[1]));
				case PLACEHOLDER -> vocabulary.placeholders
					.computeIfAbsent(PlaceholderClass.valueOf(line[1]), c -> new ArrayList<>())
					.add(text);
			}
		}
		return vocabulary;
	}

	/** Which part this is. */
	public Vocabulary part() {
		return this.part;
	}

	/** The headers of a field's column on the sheet of poles (empty when the part has none). */
	public List<String> poleHeaders(Field field) {
		return List.copyOf(this.poleHeaders.getOrDefault(field, List.of()));
	}

	/** The headers of a field's column on the sheet of members (empty when the part has none). */
	public List<String> memberHeaders(Field field) {
		return List.copyOf(this.memberHeaders.getOrDefault(field, List.of()));
	}

	/** The headers of columns that mean nothing to the observatory, with what their cells hold. */
	public Map<String, ExtraType> extraHeaders() {
		return Collections.unmodifiableMap(this.extraHeaders);
	}

	/** The placeholder values of a class, with their {@code {...}} slots unfilled. */
	public List<String> placeholders(PlaceholderClass placeholderClass) {
		return List.copyOf(this.placeholders.getOrDefault(placeholderClass, List.of()));
	}

	/** Every header and value of this part, by kind (EXTRA and PLACEHOLDER under a null field). */
	Map<Kind, Map<String, Field>> texts() {
		Map<Kind, Map<String, Field>> texts = new EnumMap<>(Kind.class);
		this.poleHeaders.forEach((field, headers) -> headers
			.forEach(h -> texts.computeIfAbsent(Kind.POLE, k -> new LinkedHashMap<>()).put(h, field)));
		this.memberHeaders.forEach((field, headers) -> headers
			.forEach(h -> texts.computeIfAbsent(Kind.MEMBER, k -> new LinkedHashMap<>()).put(h, field)));
		this.extraHeaders.keySet()
			.forEach(h -> texts.computeIfAbsent(Kind.EXTRA, k -> new LinkedHashMap<>()).put(h, null));
		this.placeholders.values()
			.forEach(values -> values
				.forEach(v -> texts.computeIfAbsent(Kind.PLACEHOLDER, k -> new LinkedHashMap<>()).put(v, null)));
		return texts;
	}

	/**
	 * Folds a text as the corpus compares headers: lower case, accents removed, every run of characters other
	 * than letters and digits as one space, none at the ends. Written here rather than borrowed from the reader,
	 * so that the corpus stays independent of it.
	 */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae"),
				Normalizer.Form.NFD);
		String lower = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		return lower.replaceAll("[^a-z0-9]+", " ").strip();
	}

	/**
	 * The texts of this part that the reader already knows word for word (after folding): a header (pole, member
	 * or extra column) that folds to a synonym of {@code reference/header-synonyms.csv} or
	 * {@code reference/member-header-synonyms.csv} or to a template header of {@link Field}; a placeholder value
	 * (without {@code {...}} slots) that folds to a value of {@code reference/placeholders.csv}, when the reader
	 * has that file. Each entry reads {@code KIND;FIELD;text -> known text}. Must be empty for the held-out part;
	 * for the tuning part, entries are what the reader has learnt from it.
	 */
	public List<String> knownToReader() {
		Map<String, String> known = new HashMap<>();
		for (Field field : Field.values()) {
			known.put(fold(field.templateHeader()), field.templateHeader());
		}
		for (String resource : List.of("header-synonyms.csv", "member-header-synonyms.csv")) {
			for (String[] line : lines("/reference/" + resource, Path.of("src/main/resources/reference", resource))) {
				known.put(fold(line[1]), line[1]);
			}
		}
		Map<String, String> knownPlaceholders = new HashMap<>();
		Path placeholders = Path.of("src/main/resources/reference/placeholders.csv");
		if (HeaderVocabulary.class.getResource("/reference/placeholders.csv") != null || Files.exists(placeholders)) {
			for (String[] line : lines("/reference/placeholders.csv", placeholders)) {
				knownPlaceholders.put(fold(line[line.length - 1]), line[line.length - 1]);
			}
		}
		List<String> found = new ArrayList<>();
		texts().forEach((kind, texts) -> texts.forEach((text, field) -> {
			String match = (kind != Kind.PLACEHOLDER) ? known.get(fold(text))
					: text.contains("{") || fold(text).isEmpty() ? null : knownPlaceholders.get(fold(text));
			if (match != null) {
				found.add(kind + ";" + (field == null ? "" : field) + ";" + text + " -> " + match);
			}
		}));
		return found;
	}

	/**
	 * The problems of the parts taken together: a text of one part that folds like a text of another (a part would
	 * not be unseen), a header that folds like another header of the same sheet in the same part (pole and extra
	 * headers are on one sheet), and a field of {@link NetworkCorpus#POLE_FIELDS} or
	 * {@link NetworkCorpus#MEMBER_FIELDS} with no header in a part.
	 */
	public static List<String> problems() {
		List<HeaderVocabulary> parts = java.util.Arrays.stream(Vocabulary.values()).map(HeaderVocabulary::load).toList();
		List<String> problems = new ArrayList<>();
		Map<String, String> folded = new HashMap<>();
		for (HeaderVocabulary part : parts) {
			Map<String, String> ofPart = new HashMap<>();
			part.texts().forEach((kind, texts) -> texts.keySet().forEach(t -> {
				if (folded.containsKey(key(t))) {
					problems.add("in two parts: " + part.part + " " + t);
				}
				ofPart.put(key(t), part.part + " " + t);
			}));
			folded.putAll(ofPart);
		}
		for (HeaderVocabulary vocabulary : parts) {
			Map<String, String> seen = new HashMap<>();
			vocabulary.texts().forEach((kind, texts) -> texts.keySet().forEach(t -> {
				// the sheet of poles holds pole and extra headers; placeholders are only compared as written
				String sheet = (kind == Kind.EXTRA) ? Kind.POLE.name() : kind.name();
				String previous = seen.put(sheet + ":" + (kind == Kind.PLACEHOLDER ? t : fold(t)), t);
				if (previous != null) {
					problems.add(vocabulary.part + " " + kind + " twice: " + t + " / " + previous);
				}
			}));
			for (Field field : NetworkCorpus.POLE_FIELDS) {
				if (vocabulary.poleHeaders(field).isEmpty()) {
					problems.add(vocabulary.part + " has no pole header for " + field);
				}
			}
			for (Field field : NetworkCorpus.MEMBER_FIELDS) {
				if (vocabulary.memberHeaders(field).isEmpty()) {
					problems.add(vocabulary.part + " has no member header for " + field);
				}
			}
			for (PlaceholderClass placeholderClass : PlaceholderClass.values()) {
				if (vocabulary.placeholders(placeholderClass).isEmpty()) {
					problems.add(vocabulary.part + " has no placeholder of class " + placeholderClass);
				}
			}
		}
		return problems;
	}

	/**
	 * A text folded, or as it is when it is only punctuation (« ? », « - », « ... » are distinct values) or has
	 * slots ({@code {code} - {departement}} is no header).
	 */
	private static String key(String text) {
		String folded = fold(text);
		return folded.isEmpty() || text.contains("{") ? text.strip() : folded;
	}

	/**
	 * Prints the problems of the vocabulary, the held-out texts the reader already knows (problems too) and, as
	 * notes, the tuning texts it knows; exits 1 if there is a problem.
	 */
	public static void main(String[] args) {
		List<String> problems = new ArrayList<>(problems());
		for (Vocabulary part : Vocabulary.values()) {
			if (part != Vocabulary.TUNING) {
				load(part).knownToReader().forEach(known -> problems.add(part + " known to the reader: " + known));
			}
		}
		load(Vocabulary.TUNING).knownToReader()
			.forEach(known -> System.out.println("note: tuning text known to the reader: " + known));
		problems.forEach(System.out::println);
		System.out.println(problems.isEmpty() ? "vocabulary OK" : problems.size() + " problem(s)");
		if (!problems.isEmpty()) {
			System.exit(1);
		}
	}

	private static List<String[]> lines(String resource, Path fallback) {
		try (InputStream in = open(resource, fallback);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<String[]> lines = new ArrayList<>();
			reader.lines().forEach(line -> {
				boolean header = line.startsWith("kind;") || line.startsWith("field;") || line.startsWith("canonical;");
				if (!line.isBlank() && !line.startsWith("#") && !header) {
					lines.add(line.split(";", -1));
				}
			});
			return lines;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String resource, Path fallback) throws IOException {
		InputStream in = HeaderVocabulary.class.getResourceAsStream(resource);
		return (in != null) ? in : Files.newInputStream(fallback);
	}

}
