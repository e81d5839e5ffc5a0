package fr.ptce.observatory.corpus;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import fr.ptce.observatory.corpus.CorpusWorkbooks.Formatted;
import fr.ptce.observatory.corpus.Geography.Departement;

/**
 * How one network writes its file, drawn once per file: the format, how headers are typed (upper case, trailing
 * colon, line breaks), and how each kind of value is typed (départements as « 69 », « 069 », « 69 - Rhône »,
 * « Rhône (69) » or « Rhône »; SIRETs with spaces, dots or as numbers; postal codes as numbers that lost their
 * leading zero; years as numbers, texts or dates; statuses and legal forms in the network's own words).
 * Values are returned as cells for {@link CorpusWorkbooks}: text, or numbers where the file stores numbers.
 */
final class FileStyle {

	/** The format of a corpus file. */
	enum Format {

		XLSX("xlsx"), XLS("xls"), CSV("csv");

		final String extension;

		Format(String extension) {
			this.extension = extension;
		}

	}

	private static final Map<String, List<String>> STATUSES = Map.of("actif",
			List.of("actif", "Actif", "ACTIF", "en activité", "En activité", "active", "en fonctionnement"), "émergent",
			List.of("émergent", "Émergent", "en émergence", "en projet", "En projet", "en construction", "Emergent"),
			"en sommeil", List.of("en sommeil", "En sommeil", "en veille", "inactif", "Inactif"), "dissous",
			List.of("dissous", "Dissous", "arrêté", "Arrêté", "fermé", "cessé"));

	private static final Map<String, List<String>> LEGAL_FORMS = Map.of("association",
			List.of("Association", "association", "Association loi 1901", "asso", "Asso", "association loi 1901"),
			"SCIC", List.of("SCIC", "SCIC SAS", "SCIC SA", "Scic", "SCIC SARL"), "SCOP",
			List.of("SCOP", "SCOP SARL", "Scop SA"), "CAE",
			List.of("CAE", "Coopérative d'activité et d'emploi", "SCOP (CAE)"), "GIE", List.of("GIE"),
			"collectivité / EPCI", List.of("Communauté de communes", "EPCI", "Collectivité"),
			"sans structure juridique", List.of("Sans structure juridique", "aucune", "informel", "non constitué"));

	private static final List<String> STATUS_ORDER = List.of("actif", "émergent", "en sommeil", "dissous");

	private static final List<String> PHONE_PREFIXES = List.of("0199 00", "0261 91", "0353 01", "0465 71", "0536 49",
			"0639 98");

	final Format format;

	/** Whether numbers are stored as numeric cells (never in a CSV file). */
	final boolean cells;

	final boolean upperHeaders;

	final boolean colonHeaders;

	final boolean lineBreaks;

	final boolean upperNames;

	private final boolean unaccentedHeaders;

	private final String colon;

	private final int departementStyle;

	private final int siretStyle;

	private final boolean postalAsNumber;

	private final int yearStyle;

	private final int phoneStyle;

	private final int budgetStyle;

	private final int communeStyle;

	private final int contactStyle;

	private final String sectorSeparator;

	private final Map<String, String> statusSpelling;

	private final Random random;

	FileStyle(Format format, Random random) {
		this.format = format;
		this.random = random;
		this.cells = format != Format.CSV;
		this.upperHeaders = chance(0.15);
		this.unaccentedHeaders = chance(0.5);
		this.colonHeaders = chance(0.1);
		this.colon = chance(0.5) ? " :" : ":";
		this.lineBreaks = this.cells && chance(0.2);
		this.upperNames = chance(0.15);
		this.departementStyle = random.nextInt(this.cells ? 6 : 5);
		if (this.cells && chance(0.35)) {
			this.siretStyle = 3 + random.nextInt(2);
		}
		else {
			this.siretStyle = chance(0.2) ? 5 : random.nextInt(3);
		}
		this.postalAsNumber = chance(0.3);
		this.yearStyle = random.nextInt(3);
		this.phoneStyle = random.nextInt(this.cells ? 5 : 4);
		this.budgetStyle = random.nextInt(4);
		this.communeStyle = chance(0.8) ? 0 : 1 + random.nextInt(2);
		this.contactStyle = random.nextInt(4);
		this.sectorSeparator = List.of(", ", " / ", " - ", " ; ").get(random.nextInt(4));
		this.statusSpelling = Map.of("actif", pick(STATUSES.get("actif")), "émergent", pick(STATUSES.get("émergent")),
				"en sommeil", pick(STATUSES.get("en sommeil")), "dissous", pick(STATUSES.get("dissous")));
	}

	/** A header as this network types it: maybe in capitals, with a colon, a line break, a trailing space. */
	String header(String text) {
		String header = text;
		if (this.upperHeaders) {
			header = (this.unaccentedHeaders ? unaccented(header) : header).toUpperCase(Locale.FRENCH);
		}
		if (this.colonHeaders) {
			header = header + this.colon;
		}
		if (this.lineBreaks && header.length() > 12 && header.indexOf(' ') > 0 && chance(0.6)) {
			int at = header.indexOf(" (");
			if (at < 0) {
				at = header.indexOf(' ', header.length() / 2 - 2);
				at = (at < 0) ? header.lastIndexOf(' ') : at;
			}
			header = header.substring(0, at) + "\n" + header.substring(at + 1);
		}
		return chance(0.05) ? header + " " : header;
	}

	/** A pole's name as written in this file (in capitals in some files). */
	String name(String name) {
		return this.upperNames ? name.toUpperCase(Locale.FRENCH) : name;
	}

	/** A département in this file's style; now and then a postal code typed in its place. */
	Object departement(Departement departement, String postalCode) {
		if (chance(0.03)) {
			return postalCode;
		}
		String code = departement.code();
		boolean numeric = code.chars().allMatch(Character::isDigit);
		return switch (this.departementStyle) {
			case 0 -> code;
			case 1 -> (numeric && code.length() == 2) ? "0" + code : code;
			case 2 -> code + " - " + departement.name();
			case 3 -> departement.name() + " (" + code + ")";
			case 4 -> departement.name();
			default -> numeric ? (Object) Integer.valueOf(code) : code;
		};
	}

	/** A SIRET (14 digits) as typed in this file: plain, spaced, dotted, or as a number; now and then its SIREN. */
	Object siret(String siret) {
		if (chance(0.03)) {
			return siret.substring(0, 9);
		}
		int style = (this.siretStyle == 5) ? this.random.nextInt(3) : this.siretStyle;
		return switch (style) {
			case 0 -> siret;
			case 1 -> siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
					+ siret.substring(9);
			case 2 -> siret.substring(0, 3) + "." + siret.substring(3, 6) + "." + siret.substring(6, 9) + "."
					+ siret.substring(9);
			// a whole number: the leading zero of a SIRET starting with 0 is lost
			case 3 -> new Formatted(Double.parseDouble(siret), "0");
			// General format: Excel shows 1,23457E+13
			default -> Double.parseDouble(siret);
		};
	}

	/** A postal code: text, or a number that lost its leading zero. */
	Object postalCode(String postalCode) {
		if (this.postalAsNumber) {
			return this.cells ? (Object) Integer.valueOf(postalCode) : Integer.toString(Integer.parseInt(postalCode));
		}
		return postalCode;
	}

	/** An INSEE code: text, or a number where postal codes are numbers too. */
	Object communeCode(String code) {
		boolean numeric = code.chars().allMatch(Character::isDigit);
		return (this.postalAsNumber && this.cells && numeric) ? (Object) Integer.valueOf(code) : code;
	}

	String commune(String name) {
		return switch (this.communeStyle) {
			case 1 -> name.toUpperCase(Locale.FRENCH);
			case 2 -> name.replace('-', ' ');
			default -> name;
		};
	}

	/** A creation year: a number, a text, or a date in that year. */
	Object year(int year) {
		LocalDate day = LocalDate.of(year, 1 + this.random.nextInt(12), 1 + this.random.nextInt(28));
		return switch (this.yearStyle) {
			case 0 -> this.cells ? (Object) Integer.valueOf(year) : Integer.toString(year);
			case 1 -> Integer.toString(year);
			default -> this.cells ? day : CorpusWorkbooks.text(day);
		};
	}

	/** A date of an internal column. */
	Object date(LocalDate day) {
		return this.cells ? day : CorpusWorkbooks.text(day);
	}

	/** A whole number (jobs, members): a number, or its text in a CSV file. */
	Object count(int value) {
		return this.cells ? (Object) Integer.valueOf(value) : Integer.toString(value);
	}

	/** A decimal number (full-time equivalents). */
	Object decimal(double value) {
		return this.cells ? (Object) Double.valueOf(value) : CorpusWorkbooks.text(value);
	}

	/** A budget in euros: a number (formatted or not), or a text with or without « € ». */
	Object budget(int euros) {
		String grouped = String.format(Locale.FRENCH, "%,d", euros).replace('\u202f', '\u00a0');
		return switch (this.budgetStyle) {
			case 0 -> this.cells ? (Object) Integer.valueOf(euros) : Integer.toString(euros);
			case 1 -> this.cells ? new Formatted(euros, "#,##0\\ \"€\"") : grouped;
			case 2 -> grouped + " €";
			default -> Integer.toString(euros);
		};
	}

	/** A fictitious phone number (ARCEP ranges reserved for fiction) in this file's style. */
	Object phone(String suffix) {
		String digits = pick(PHONE_PREFIXES).replace(" ", "") + suffix;
		return switch (this.phoneStyle) {
			case 0 -> digits.replaceAll("(\\d\\d)(?=\\d)", "$1 ");
			case 1 -> digits;
			case 2 -> digits.replaceAll("(\\d\\d)(?=\\d)", "$1.");
			case 3 -> "+33 " + digits.substring(1, 2) + " " + digits.substring(2).replaceAll("(\\d\\d)(?=\\d)", "$1 ");
			default -> Integer.valueOf(digits.substring(1));
		};
	}

	/** A person's name: « Claire Martin », « MARTIN Claire », « Martin Claire » or « C. Martin ». */
	String person(String first, String last) {
		return switch (this.contactStyle) {
			case 0 -> first + " " + last;
			case 1 -> last.toUpperCase(Locale.FRENCH) + " " + first;
			case 2 -> last + " " + first;
			default -> first.charAt(0) + ". " + last;
		};
	}

	/** A status (canonical value of statuses.csv) in this network's words, now and then in other words. */
	String status(String canonical) {
		return chance(0.12) ? pick(STATUSES.get(canonical)) : this.statusSpelling.get(canonical);
	}

	/** A legal form (canonical value of legal-forms.csv) as typed on a row. */
	String legalForm(String canonical) {
		return pick(LEGAL_FORMS.get(canonical));
	}

	String sectors(List<String> sectors) {
		return String.join(this.sectorSeparator, sectors);
	}

	/** The spellings of the statuses in this file (for a hidden list sheet). */
	List<String> statusSpellings() {
		return STATUS_ORDER.stream().map(this.statusSpelling::get).toList();
	}

	static String unaccented(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	private boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
