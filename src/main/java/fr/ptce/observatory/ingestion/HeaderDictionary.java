package fr.ptce.observatory.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises what a column means from its header: the national template's headers and their synonyms
 * (kept as data in {@code reference/header-synonyms.csv} for the sheet of poles and
 * {@code reference/member-header-synonyms.csv} for the sheet of members), compared after
 * {@link Folding folding}; else by the header's words ({@code reference/header-words.csv}). With a
 * {@link ColumnContent}, the reader also judges columns by their values.
 */
public final class HeaderDictionary {

	private static final String POLES = "/reference/header-synonyms.csv";

	private static final String MEMBERS = "/reference/member-header-synonyms.csv";

	private final Map<String, Field> fieldsByFoldedHeader;

	private final Map<String, Field> memberFieldsByFoldedHeader;

	private final HeaderWords words;

	private final ColumnContent content;

	private HeaderDictionary(Map<String, Field> fieldsByFoldedHeader, Map<String, Field> memberFieldsByFoldedHeader,
			HeaderWords words, ColumnContent content) {
		this.fieldsByFoldedHeader = Map.copyOf(fieldsByFoldedHeader);
		this.memberFieldsByFoldedHeader = Map.copyOf(memberFieldsByFoldedHeader);
		this.words = words;
		this.content = content;
	}

	/**
	 * What a header says a column means.
	 *
	 * @param field the field
	 * @param exact whether the header is the template's, a synonym or the profile's naming (else its words)
	 * @param evidence why, in French
	 */
	public record Recognition(Field field, boolean exact, String evidence) {
	}

	/** This dictionary, judging columns by their values too. */
	public HeaderDictionary withContent(ColumnContent content) {
		return new HeaderDictionary(this.fieldsByFoldedHeader, this.memberFieldsByFoldedHeader, this.words, content);
	}

	/** How columns are judged by their values ({@link ColumnContent#NONE} when only headers count). */
	public ColumnContent content() {
		return this.content;
	}

	/** What a header means on a sheet of the given kind: a synonym, else its words. */
	public Optional<Recognition> recognise(String header, RowKind kind) {
		String spaced = spaced(header);
		if (spaced == null || spaced.equals(header)) {
			return recogniseAsWritten(header, kind);
		}
		// names written as programs write them (« codePostalSiege ») are words too, unless the name as written is a
		// known header
		Optional<Field> exact = fieldOf(header, kind);
		return exact.isPresent() ? Optional.of(new Recognition(exact.get(), true, "en-tête connu"))
				: recogniseAsWritten(spaced, kind);
	}

	/**
	 * A header written as programs write names (one word, « codePostalSiege »), with its words apart; any other
	 * header as it is (« tÉLÉPHONE », typed with Caps Lock, is no two words).
	 */
	private static String spaced(String header) {
		return (header == null || header.strip().indexOf(' ') >= 0) ? header : CAMEL_CASE.matcher(header).replaceAll(" ");
	}

	/** A lower-case letter followed by a capital: a word boundary in a name written as programs write them. */
	private static final Pattern CAMEL_CASE = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

	private Optional<Recognition> recogniseAsWritten(String written, RowKind kind) {
		Optional<Field> exact = fieldOf(written, kind);
		if (exact.isPresent()) {
			return Optional.of(new Recognition(exact.get(), true, "en-tête connu"));
		}
		// a clause that qualifies what the header asks (« Nom du pôle tel qu'il est connu sur le territoire », « Nom du
		// PTCE dont vous êtes le contact ») is read as a remark in parentheses
		String header = QUALIFYING_CLAUSE.matcher(written).replaceFirst(" ($1)");
		Optional<HeaderWords.Guess> guess = this.words.guess(header, kind);
		if (header == null || header.indexOf('(') < 0) {
			return guess.map(HeaderDictionary::byWords);
		}
		// a remark in parentheses (« NOM DU POLE (tel qu'il se présente) », « CP (ex : 35000) ») is read apart: its
		// words alone (« tel ») do not decide against a header of its own outside it; a known abbreviation in
		// parentheses (« Effectif salarié (ETP) ») names the field, and so does a header known without the remark
		// remarks inside remarks, and one left open, are remarks too
		StringBuilder insideText = new StringBuilder();
		String outside = header;
		for (int depth = 0; depth < 4 && outside.indexOf('(') >= 0; depth++) {
			Matcher remark = REMARK.matcher(outside);
			while (remark.find()) {
				insideText.append(remark.group(1)).append(' ');
			}
			outside = REMARK.matcher(outside).replaceAll(" ");
		}
		outside = outside.strip();
		String inside = insideText.toString().strip();
		List<String> outsideWords = HeaderWords.tokens(outside);
		boolean byRemarkAlone = guess.isPresent()
				&& guess.get().words().stream().noneMatch(outsideWords::contains);
		// a bare word outside (« Nom (structure porteuse) », « Effectif (en ETP) ») is what the remark qualifies:
		// the remark decides; a header of its own outside (« NOM DU POLE (tel qu'il se présente) ») decides
		if (guess.isPresent() && (!byRemarkAlone || outsideWords.size() < 2)) {
			return guess.map(HeaderDictionary::byWords);
		}
		// an abbreviation in capitals (« ETP », « CP ») names a field; a common word (« (année) ») only qualifies one
		// « (en ETP) »: the unit alone counts
		String unit = UNIT_WORDS.matcher(inside).replaceAll("").strip();
		// in a header typed in capitals, case says nothing: a word that only says which value of the thing outside is
		// asked (« ANIMATEUR DU PTCE (NOM) » asks for a person's name) names no field; an abbreviation still does
		// (« EFFECTIF SALARIÉ (ETP) », « STRUCTURE PORTEUSE (SIRET) »)
		boolean abbreviation = ABBREVIATION_IN_CAPITALS.matcher(unit).matches()
				&& !(inCapitals(outside) && QUALIFIERS.contains(Folding.fold(unit)));
		Optional<Field> insideExact = abbreviation ? fieldOf(unit, kind) : Optional.empty();
		if (insideExact.isPresent()) {
			return Optional.of(new Recognition(insideExact.get(), true,
					"en-tête connu entre parenthèses (« " + inside + " »)"));
		}
		Optional<Field> outsideExact = outside.isEmpty() ? Optional.empty() : fieldOf(outside, kind);
		if (outsideExact.isPresent()) {
			return Optional.of(new Recognition(outsideExact.get(), true,
					"en-tête connu, sans la remarque entre parenthèses"));
		}
		Optional<HeaderWords.Guess> byOutside = outside.isEmpty() ? Optional.empty() : this.words.guess(outside, kind);
		return byOutside.or(() -> guess).map(HeaderDictionary::byWords);
	}

	private static Recognition byWords(HeaderWords.Guess guess) {
		return new Recognition(guess.field(), false, "mots de l'en-tête (" + String.join(", ", guess.words()) + ")");
	}

	/** The small words before a unit in a remark: « (en ETP) », « (EN K€) ». */
	private static final Pattern UNIT_WORDS = Pattern.compile("(?i)^(?:en|in|nb|nombre|de|d')\\s+");

	/** A word of two to six capitals or digits, periods allowed (« ETP », « C.P. »). */
	private static final Pattern ABBREVIATION_IN_CAPITALS = Pattern.compile("(?:\\p{Lu}\\.?|\\d){2,6}");

	/** A clause that qualifies a header, after its first words: « … tel(le) que / qu' … », « … dont … ». */
	private static final Pattern QUALIFYING_CLAUSE = Pattern
		.compile("(?iU)(?<=\\p{L}\\p{L})\\s+((?:dont|tel(?:le)?s?\\s+qu(?:e\\b|['’]))[^()]*)$");

	/** Words that say which value of a thing is asked, not what the thing is: its name, its date, its number. */
	private static final java.util.Set<String> QUALIFIERS = java.util.Set.of("nom", "noms", "prenom", "prenoms",
			"nom prenom", "prenom nom", "libelle", "intitule", "denomination", "date", "annee", "numero");

	/** Whether a text's letters are capitals, nearly all (typed with Caps Lock). */
	private static boolean inCapitals(String text) {
		long letters = text.chars().filter(Character::isLetter).count();
		return letters >= 4 && text.chars().filter(Character::isUpperCase).count() >= letters * 0.8;
	}

	/** A remark in parentheses, and what it says. */
	private static final Pattern REMARK = Pattern.compile("\\(([^()]*)(?:\\)|$)");

	/**
	 * Whether a header names the sender's own bookkeeping (« Date de création de la fiche », « Contact réseau »): such
	 * a column means nothing of the pole, whatever its values look like, unless a synonym or a profile names it.
	 */
	public boolean isBookkeeping(String header, RowKind kind) {
		return fieldOf(header, kind).isEmpty() && CommentHeaders.isBookkeeping(spaced(header));
	}

	/** The dictionary shipped with the observatory. */
	public static HeaderDictionary standard() {
		Map<String, Field> fields = new HashMap<>();
		for (Field field : Field.values()) {
			if (!field.memberOnly()) {
				fields.put(Folding.fold(field.templateHeader()), field);
			}
		}
		read(POLES, fields);
		Map<String, Field> memberFields = new HashMap<>();
		read(MEMBERS, memberFields);
		return new HeaderDictionary(fields, memberFields, HeaderWords.standard(), ColumnContent.NONE);
	}

	private static void read(String resource, Map<String, Field> fields) {
		try (InputStream in = HeaderDictionary.class.getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("field;"))
				.forEach(line -> {
					int separator = line.indexOf(';');
					fields.putIfAbsent(Folding.fold(line.substring(separator + 1)),
							Field.valueOf(line.substring(0, separator).trim()));
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What a header of the sheet of poles means. */
	public Optional<Field> fieldOf(String header) {
		return Optional.ofNullable(this.fieldsByFoldedHeader.get(Folding.fold(header)));
	}

	/** What a header of the sheet of members means. */
	public Optional<Field> memberFieldOf(String header) {
		return Optional.ofNullable(this.memberFieldsByFoldedHeader.get(Folding.fold(header)));
	}

	/** What a header means on a sheet of the given kind. */
	public Optional<Field> fieldOf(String header, RowKind kind) {
		return (kind == RowKind.MEMBER) ? memberFieldOf(header) : fieldOf(header);
	}

}
