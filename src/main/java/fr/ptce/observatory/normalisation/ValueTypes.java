package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.ColumnContent;
import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.ingestion.RowKind;

/**
 * Types a column by its values with the French reference data: SIRET or SIREN (Luhn), RNA, postal codes and
 * INSEE codes in use, départements and régions (old names too), communes, years, e-mails, web addresses,
 * phone numbers, amounts, and the controlled vocabularies (legal forms, statuses, laureate calls, sectors,
 * member categories, SIAE types).
 * <p>
 * Over 250 lines because it is one classifier of a column by its values: each predicate scores the same sample
 * against one field of the national template, and {@code guess} needs them side by side to compare their shares and
 * break ties; the French reference patterns are its data.
 */
public final class ValueTypes implements ColumnContent {

	/** The share of values that must fit a type for the column to be taken for it. */
	static final double CLEAR_SHARE = 0.6;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[a-zA-Z]{2,}$");

	private static final Pattern URL = Pattern.compile(
			"^(https?://|www\\.)\\S+$|^[a-z0-9][a-z0-9.-]*\\.(fr|org|com|net|eu|coop|bzh|info|asso\\.fr)(/\\S*)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PHONE = Pattern.compile("^(\\+33|0033|0)[1-9](\\d{8})$");

	private static final Pattern RNA = Pattern.compile("^W\\d{9}$");

	/**
	 * A street address as French addresses are written, folded: a number (« 12 », « 12 bis ») and a kind of way
	 * (« rue », « av. », « chemin », « lieu-dit »…) first.
	 */
	private static final Pattern STREET_ADDRESS = Pattern.compile("^\\d{1,4}( ?(bis|ter|quater|[abt]))? (rue|r|avenue|av|ave"
			+ "|boulevard|bd|bld|chemin|ch|impasse|imp|allee|all|place|pl|route|rte|quai|cours|square|sq|passage|faubourg"
			+ "|fbg|chaussee|voie|residence|res|lotissement|lot|hameau|lieu dit|ld|zone|za|zi|zac|parc|esplanade"
			+ "|promenade|sentier|montee|cote|traverse|cite|villa|rond point|carrefour|mail|parvis|domaine|clos|sente)( |$)");

	private static final Pattern YEAR = Pattern.compile("^(19[5-9]\\d|20\\d\\d)$");

	/** A calendar date as files write it: ISO (with a time, as Excel dates come), or day, month and year. */
	private static final Pattern CALENDAR_DATE = Pattern
		.compile("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?)?$|^\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})$");

	private static final Pattern DATE = Pattern.compile("^(\\d{4})-\\d{2}-\\d{2}$|^\\d{1,2}/\\d{1,2}/(\\d{4})$");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-\u00a0\u202f]");

	private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()\u00a0\u202f]");

	private static final Pattern SCIENTIFIC = Pattern.compile("\\d+(\\.\\d+)?E\\+?\\d+");

	private static final Pattern IDENTIFIER_DIGITS = Pattern.compile("\\d{8,14}");

	private static final Pattern NINE_DIGITS = Pattern.compile("[1-9]\\d{8}");

	private static final Pattern NOT_AMOUNT_DIGIT = Pattern.compile("[^\\d,.]");

	private static final Pattern CENTS = Pattern.compile("[,.]\\d{1,2}$");

	private static final Pattern DECIMAL_MARK = Pattern.compile("[,.]");

	private static final Pattern AMOUNT = Pattern.compile("^[\\d\\s.,\u00a0\u202f]+\\s*(€|euros?|k€|keur)?$",
			Pattern.CASE_INSENSITIVE);

	private static final Set<String> YES_NO = Set.of("oui", "non", "x", "o", "n", "vrai", "faux", "yes", "no", "1",
			"0");

	private final Territory territory;

	private final Vocabularies vocabularies;

	/** Today's year, read at each use. */
	private final java.time.Clock clock;

	public ValueTypes(Territory territory, Vocabularies vocabularies, java.time.Clock clock) {
		this.territory = territory;
		this.vocabularies = vocabularies;
		this.clock = clock;
	}

	public static ValueTypes standard() {
		return new ValueTypes(Territory.official(), Vocabularies.standard(), Years.PARIS);
	}

	@Override
	public Optional<Guess> guess(RowKind kind, List<String> values) {
		List<String> sample = values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
		if (sample.isEmpty()) {
			return Optional.empty();
		}
		if (answersYesOrNo(sample)) {
			return Optional.empty(); // a yes/no column means what its header says
		}
		Map<Field, Double> shares = new EnumMap<>(Field.class);
		shares.put(Field.SIRET, clearShare(sample, ValueTypes::isSiretOrSiren));
		shares.put(Field.CONTACT_EMAIL, clearShare(sample, value -> EMAIL.matcher(value).matches()));
		shares.put(Field.WEBSITE, clearShare(sample, value -> URL.matcher(value).matches() && !value.contains("@")));
		shares.put(Field.CONTACT_PHONE, clearShare(sample, ValueTypes::isPhone));
		shares.put(Field.RNA, clearShare(sample, value -> RNA.matcher(compact(value)).matches()));
		double postal = clearShare(sample, this.territory::isPostalCode);
		double inseeCode = clearShare(sample, this.territory::isCommuneCode);
		shares.put((postal >= inseeCode) ? Field.POSTAL_CODE : Field.COMMUNE_CODE, Math.max(postal, inseeCode));
		shares.put(Field.DEPARTEMENT, clearShare(sample, value -> this.territory.findDepartement(value).isPresent()));
		shares.put(Field.REGION, clearShare(sample, value -> this.territory.findRegion(value).isPresent()));
		shares.put(Field.COMMUNE, clearShare(sample, this.territory::isCommuneName));
		shares.put(Field.ADDRESS, clearShare(sample, ValueTypes::isStreetAddress));
		Field yearField = yearField(kind, sample);
		shares.put(yearField, clearShare(sample, value -> year(value) != null));
		if (kind == RowKind.MEMBER) {
			shares.put(Field.MEMBER_CATEGORY, clearShare(sample, value -> this.vocabularies.memberCategories().knows(value)));
			shares.put(Field.SIAE_TYPE, clearShare(sample, value -> this.vocabularies.siaeTypes().knows(value)));
		}
		else {
			shares.put(Field.LEGAL_FORM, clearShare(sample, value -> this.vocabularies.legalForms().knows(value)));
			shares.put(Field.STATUS, clearShare(sample, value -> this.vocabularies.statuses().knows(value)));
			shares.put(Field.LAUREATE, clearShare(sample, value -> this.vocabularies.laureates().canonical(value).isPresent()));
			shares.put(Field.SECTORS, clearShare(sample, value -> this.vocabularies.sectors().canonical(value).isPresent()));
			shares.put(Field.BUDGET, clearShare(sample, ValueTypes::isLargeAmount));
		}
		// the highest share; between equal shares, the values that cannot mean anything else (« Bretagne » is a
		// region, and a commune of 300 people too)
		Field best = null;
		double bestShare = 0;
		for (Map.Entry<Field, Double> entry : shares.entrySet()) {
			if (entry.getValue() > bestShare || (best != null && entry.getValue() == bestShare && bestShare > 0
					&& weight(entry.getKey(), sample).compareTo(weight(best, sample)) > 0)) {
				best = entry.getKey();
				bestShare = entry.getValue();
			}
		}
		if (best == null || bestShare < CLEAR_SHARE) {
			return Optional.empty();
		}
		return Optional.of(new Guess(best, bestShare, weight(best, sample), describe(best, bestShare)));
	}

	@Override
	public boolean holdsDates(List<String> values) {
		List<String> sample = values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
		return !sample.isEmpty() && share(sample, value -> CALENDAR_DATE.matcher(value).matches()) >= 0.8;
	}

	@Override
	public boolean answersYesOrNo(List<String> values) {
		List<String> sample = values.stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
		return !sample.isEmpty() && share(sample, value -> YES_NO.contains(Folding.fold(value))) >= 0.9;
	}

	private static Weight weight(Field field, List<String> sample) {
		// « 69 », « 069 » may as well be counts: only names (« Rhône », « 69 - Rhône ») tell départements for sure
		boolean named = share(sample, value -> value.chars().anyMatch(Character::isLetter)) >= 0.5;
		return switch (field) {
			case SIRET, CONTACT_EMAIL, WEBSITE, CONTACT_PHONE, RNA, POSTAL_CODE, COMMUNE_CODE, REGION, LEGAL_FORM ->
				Weight.OVERRULES;
			case DEPARTEMENT -> named ? Weight.OVERRULES : Weight.CONFIRMS;
			case CREATION_YEAR, OBSERVATION_YEAR, YEAR_JOINED ->
				sample.stream().allMatch(value -> YEAR.matcher(value.strip().replace(".0", "")).matches())
						? Weight.SUFFICES : Weight.CONFIRMS;
			default -> Weight.SUFFICES;
		};
	}

	private Field yearField(RowKind kind, List<String> sample) {
		if (kind == RowKind.MEMBER) {
			return Field.YEAR_JOINED;
		}
		long distinct = sample.stream().map(ValueTypes::year).distinct().count();
		Integer first = year(sample.get(0));
		boolean oneRecentYear = distinct == 1 && first != null && first >= Year.now(this.clock).getValue() - 3;
		return oneRecentYear ? Field.OBSERVATION_YEAR : Field.CREATION_YEAR;
	}

	private static String describe(Field field, double share) {
		String what = switch (field) {
			case SIRET -> "SIRET ou SIREN valides";
			case CONTACT_EMAIL -> "adresses électroniques";
			case WEBSITE -> "adresses de sites";
			case CONTACT_PHONE -> "numéros de téléphone";
			case RNA -> "numéros RNA";
			case POSTAL_CODE -> "codes postaux";
			case COMMUNE_CODE -> "codes INSEE de communes";
			case DEPARTEMENT -> "départements";
			case REGION -> "régions";
			case COMMUNE -> "noms de communes";
			case CREATION_YEAR, OBSERVATION_YEAR, YEAR_JOINED -> "années";
			case MEMBER_CATEGORY -> "catégories de membres connues";
			case SIAE_TYPE -> "types de SIAE connus";
			case LEGAL_FORM -> "formes juridiques connues";
			case STATUS -> "statuts connus";
			case LAUREATE -> "appels à projets connus";
			case SECTORS -> "filières connues";
			case BUDGET -> "montants";
			case ADDRESS -> "adresses (numéro et voie)";
			default -> field.templateHeader();
		};
		return Math.round(share * 100) + " % de " + what;
	}

	static boolean isStreetAddress(String value) {
		return STREET_ADDRESS.matcher(Folding.fold(value)).find();
	}

	private static double share(List<String> sample, Predicate<String> test) {
		return (double) sample.stream().filter(test).count() / sample.size();
	}

	/**
	 * The share of values that fit, when it is at least {@link #CLEAR_SHARE}; else 0, found as soon as too many
	 * values have failed. No share below the clear share can win a column, nor break a tie with one that does, so
	 * {@code guess} decides as it would with every share counted: most columns fit few types, and their values are
	 * tested against each type only until it is out of reach.
	 */
	private static double clearShare(List<String> sample, Predicate<String> test) {
		int size = sample.size();
		int fits = 0;
		int misses = 0;
		for (String value : sample) {
			if (test.test(value)) {
				fits++;
			}
			else if ((double) (size - ++misses) / size < CLEAR_SHARE) {
				return 0; // even if every value left fits (the same division as the share's)
			}
		}
		return (double) fits / size;
	}

	private static String compact(String value) {
		return SEPARATORS.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
	}

	static boolean isSiretOrSiren(String value) {
		String digits = compact(value);
		if (SCIENTIFIC.matcher(digits).matches()) {
			try {
				digits = new BigDecimal(value.strip().replace(',', '.')).toPlainString();
			}
			catch (NumberFormatException ex) {
				return false; // « 1 2E5 »: a number's form only once its spaces are set aside, no identifier
			}
		}
		if (!IDENTIFIER_DIGITS.matcher(digits).matches()) {
			return false;
		}
		return Identifiers.siret(digits).siren() != null;
	}

	private static boolean isPhone(String value) {
		if (isSiretOrSiren(value)) {
			return false;
		}
		String digits = PHONE_SEPARATORS.matcher(value).replaceAll("");
		return PHONE.matcher(digits).matches() || (digits.length() == 9 && NINE_DIGITS.matcher(digits).matches());
	}

	/** An amount in euros: with its unit, or of five to nine digits (not a phone number nor an identifier). */
	private static boolean isLargeAmount(String value) {
		if (!AMOUNT.matcher(value).matches() || isPhone(value) || isSiretOrSiren(value)) {
			return false;
		}
		String integer = DECIMAL_MARK.matcher(CENTS.matcher(NOT_AMOUNT_DIGIT.matcher(value).replaceAll("")).replaceAll(""))
			.replaceAll("");
		return value.contains("€") || Folding.fold(value).contains("eur")
				|| (integer.length() >= 5 && integer.length() <= 9);
	}

	private static Integer year(String value) {
		String trimmed = value.strip();
		if (trimmed.endsWith(".0")) {
			trimmed = trimmed.substring(0, trimmed.length() - 2);
		}
		if (YEAR.matcher(trimmed).matches()) {
			return Integer.valueOf(trimmed);
		}
		var date = DATE.matcher(trimmed);
		if (date.matches()) {
			return Integer.valueOf((date.group(1) != null) ? date.group(1) : date.group(2));
		}
		return null;
	}

}
