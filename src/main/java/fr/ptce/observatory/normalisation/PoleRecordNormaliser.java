package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.SourceProfile;

/**
 * Turns a raw row into a {@link PoleRecord}: canonical values, checked identifiers, derived territory. A
 * row with no usable name is quarantined; an invalid value is set aside with a warning in French while the
 * row is kept, and a value the vocabularies do not know is kept as received and reported.
 * <p>
 * Over 250 lines because it maps every field of the national template to its typed value (identity, place, facts,
 * contact): the field parsers share one list of French warnings and the vocabularies, so that each pole row is
 * judged in one place.
 */
public final class PoleRecordNormaliser {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern RNA = Pattern.compile("W\\d{9}");

	/** Legal forms that a name may start with ("Association …", "SCIC …"): moved to their own field. */
	private static final Set<String> LEGAL_FORMS_IN_NAMES = Set.of("association", "SCIC", "SCOP", "CAE", "GIE", "GIP",
			"fondation", "fonds de dotation", "société commerciale");

	private static final String NO_LAUREATE = "aucun";

	private final Territory territory;

	private final Vocabularies vocabularies;

	/** Today's year, read at each use: a service running across New Year accepts the new year's dates. */
	private final java.time.Clock clock;

	private final NamePlausibility plausibility;

	public PoleRecordNormaliser(Territory territory, Vocabularies vocabularies, java.time.Clock clock) {
		this.plausibility = new NamePlausibility(territory, vocabularies);
		this.territory = territory;
		this.vocabularies = vocabularies;
		this.clock = clock;
	}

	public static PoleRecordNormaliser standard() {
		return new PoleRecordNormaliser(Territory.official(), Vocabularies.standard(), Years.PARIS);
	}

	/**
	 * @param row the row as read
	 * @param fieldsByHeader what each header of the file means ({@code null} when unknown)
	 * @param defaultObservationYear the year the file describes when the row does not say
	 * @param profile the source profile of the row's network, whose value mappings apply first
	 */
	public PoleRecord normalise(RawRow row, Map<String, Field> fieldsByHeader, int defaultObservationYear,
			SourceProfile profile) {
		if (row.isBlank()) {
			return PoleRecord.rejected(RecordOutcome.IGNORED, "Ligne vide.");
		}
		Map<Field, String> values = new EnumMap<>(Field.class);
		String siretHeader = null;
		for (Map.Entry<String, String> cell : row.cells().entrySet()) {
			Field field = fieldsByHeader.get(cell.getKey());
			String value = cell.getValue();
			if (field != null && value != null && !value.isBlank()) {
				values.put(field, profile.mappedValue(field, value.strip()).orElse(value.strip()));
				siretHeader = (field == Field.SIRET) ? cell.getKey() : siretHeader;
			}
		}
		if (NonDataRows.repeatsItsHeader(row)) {
			return PoleRecord.rejected(RecordOutcome.IGNORED, "En-tête répété.");
		}
		String rawName = values.get(Field.NAME);
		if (rawName == null) {
			if (NonDataRows.firstCell(row).map(NonDataRows::isTotal).orElse(false)) {
				return PoleRecord.rejected(RecordOutcome.IGNORED, "Ligne de total.");
			}
			return PoleRecord.rejected(RecordOutcome.QUARANTINED, "Nom du pôle absent.");
		}
		if (NonDataRows.isTotal(rawName)) {
			return PoleRecord.rejected(RecordOutcome.IGNORED, "Ligne de total.");
		}
		List<FieldWarning> warnings = new ArrayList<>();
		Territory.Place place = place(values, warnings);
		Optional<String> notAName = this.plausibility.whyNot(rawName, place.departement());
		if (notAName.isPresent()) {
			return PoleRecord.rejected(RecordOutcome.QUARANTINED, "Ligne sans pôle : " + notAName.get());
		}
		PoleRecord.Identity identity = identity(rawName, values, siretHeader, warnings);
		PoleRecord.Facts facts = facts(values, warnings);
		PoleRecord.Contact contact = contact(values, warnings);
		Integer observationYear = Optional.ofNullable(year(values, Field.OBSERVATION_YEAR, warnings))
			.orElse(defaultObservationYear);
		return new PoleRecord(RecordOutcome.NORMALISED, null, List.copyOf(warnings), identity, place, facts,
				contact, observationYear);
	}

	private static final Pattern RNA_SEPARATORS = Pattern.compile("[\\s.\\-]");

	private PoleRecord.Identity identity(String rawName, Map<Field, String> values, String siretHeader,
			List<FieldWarning> warnings) {
		String[] nameAndAcronym = Names.splitAcronym(rawName);
		String acronym = Optional.ofNullable(values.get(Field.ACRONYM)).orElse(nameAndAcronym[1]);
		String name = nameAndAcronym[0];
		String legalForm = vocabularyValue(values, Field.LEGAL_FORM, this.vocabularies.legalForms(), warnings);
		Optional<String> leadingForm = this.vocabularies.legalForms().leadingSynonym(name)
			.filter(synonym -> this.vocabularies.legalForms().canonical(synonym).filter(LEGAL_FORMS_IN_NAMES::contains)
				.isPresent());
		if (leadingForm.isPresent()) {
			legalForm = (legalForm != null) ? legalForm : this.vocabularies.legalForms().canonical(leadingForm.get()).get();
			name = Folding.fold(name).substring(leadingForm.get().length()).strip();
		}

		Identifiers.Checked identifiers = Identifiers.siretOf(values.get(Field.SIRET), warnings);
		String siret = identifiers.siret();
		String siren = identifiers.siren();
		String siretRole = null;
		if (values.containsKey(Field.SIRET_ROLE)) {
			siretRole = this.vocabularies.siretRoles().canonical(values.get(Field.SIRET_ROLE)).orElse(null);
			if (siretRole == null) {
				warnings.add(new FieldWarning(Field.SIRET_ROLE, "SIRET de « " + values.get(Field.SIRET_ROLE)
						+ " » inconnu (« pôle » ou « porteuse » attendu) : ignoré."));
			}
		}
		else if (siretHeader != null) {
			String header = Folding.fold(siretHeader);
			siretRole = header.contains("porteu") ? "porteuse" : (header.contains("pole") || header.contains("ptce"))
					? "pôle" : null;
		}

		String rna = null;
		if (values.containsKey(Field.RNA)) {
			String compact = RNA_SEPARATORS.matcher(values.get(Field.RNA)).replaceAll("").toUpperCase(java.util.Locale.ROOT);
			if (RNA.matcher(compact).matches()) {
				rna = compact;
				if (legalForm != null && !"association".equals(legalForm)) {
					warnings.add(new FieldWarning(Field.RNA, "N° RNA « " + values.get(Field.RNA)
							+ " » donné pour une structure qui n'est pas une association (" + legalForm + ") : à vérifier."));
				}
			}
			else {
				warnings.add(new FieldWarning(Field.RNA, "N° RNA « " + values.get(Field.RNA)
						+ " » invalide (W suivi de 9 chiffres attendu) : ignoré."));
			}
		}
		return new PoleRecord.Identity(rawName, Names.matchingKey(name), acronym, values.get(Field.CARRIER_NAME), siret,
				siren, siretRole, rna, legalForm);
	}

	private Territory.Place place(Map<Field, String> values, List<FieldWarning> warnings) {
		String postalCode = null;
		if (values.containsKey(Field.POSTAL_CODE)) {
			postalCode = Territory.postalCode(values.get(Field.POSTAL_CODE)).orElse(null);
			if (postalCode == null) {
				warnings.add(new FieldWarning(Field.POSTAL_CODE,
						"Code postal « " + values.get(Field.POSTAL_CODE) + " » invalide : ignoré."));
			}
		}
		String departement = values.get(Field.DEPARTEMENT);
		if (postalCode == null && departement != null && departement.strip().length() == 5
				&& this.territory.isPostalCode(departement)) {
			postalCode = Territory.postalCode(departement).orElseThrow();
			warnings.add(new FieldWarning(Field.DEPARTEMENT, "Code postal « " + departement
					+ " » écrit dans la colonne du département : utilisé comme code postal."));
			departement = null;
		}
		Optional<Territory.Place> found = this.territory.locate(values.get(Field.COMMUNE_CODE), postalCode,
				values.get(Field.COMMUNE), departement, values.get(Field.REGION));
		if (found.isEmpty()) {
			if (postalCode != null || values.containsKey(Field.DEPARTEMENT) || values.containsKey(Field.REGION)
					|| values.containsKey(Field.COMMUNE_CODE)) {
				warnings.add(new FieldWarning(Field.POSTAL_CODE,
						"Territoire non reconnu (code postal, département ou région) : à vérifier."));
			}
			return new Territory.Place(postalCode, values.get(Field.COMMUNE), null, null, null);
		}
		Territory.Place place = found.get();
		this.territory.findDepartement(departement)
			.filter(given -> place.departement() != null && !given.code().equals(place.departement()))
			.ifPresent(given -> warnings.add(new FieldWarning(Field.DEPARTEMENT, "Département « "
					+ values.get(Field.DEPARTEMENT) + " » en conflit avec le " + place.evidence() + " (département "
					+ place.departement() + ") : le " + place.evidence() + " est retenu.")));
		this.territory.findRegionOrCode(values.get(Field.REGION))
			.filter(given -> place.region() != null && !given.code().equals(place.region()))
			.ifPresent(given -> warnings.add(new FieldWarning(Field.REGION, "Région « " + values.get(Field.REGION)
					+ " » en conflit avec le " + place.evidence() + " (" + this.territory.region(place.region())
						.map(Territory.Region::name).orElse(place.region()) + ") : le " + place.evidence()
					+ " est retenu.")));
		if (values.containsKey(Field.REGION) && this.territory.findRegionOrCode(values.get(Field.REGION)).isEmpty()) {
			warnings.add(new FieldWarning(Field.REGION,
					"Région « " + values.get(Field.REGION) + " » inconnue : ignorée (déduite du " + place.evidence() + ")."));
		}
		return (place.commune() == null) ? new Territory.Place(place.postalCode(), values.get(Field.COMMUNE),
				place.departement(), place.region(), place.evidence()) : place;
	}

	private PoleRecord.Facts facts(Map<Field, String> values, List<FieldWarning> warnings) {
		String website = null;
		if (values.containsKey(Field.WEBSITE)) {
			website = CellValues.website(values.get(Field.WEBSITE)).orElse(null);
			if (website == null) {
				warnings.add(new FieldWarning(Field.WEBSITE,
						"Site web « " + values.get(Field.WEBSITE) + " » invalide : ignoré."));
			}
		}
		PoleRecord.MemberCounts members = new PoleRecord.MemberCounts(count(values, Field.MEMBERS_ESS, warnings),
				count(values, Field.MEMBERS_CLASSIC, warnings), count(values, Field.MEMBERS_AUTHORITIES, warnings),
				count(values, Field.MEMBERS_RESEARCH, warnings), count(values, Field.MEMBERS_TRAINING, warnings),
				count(values, Field.MEMBERS_SIAE, warnings), count(values, Field.MEMBERS_OTHER, warnings));
		// the calls won; none when the file answers « non »; unknown (null) when it says nothing
		List<String> laureates = null;
		String laureate = values.get(Field.LAUREATE);
		if (laureate != null && !laureate.isBlank()) {
			laureates = multi(values, Field.LAUREATE, this.vocabularies.laureates(), warnings);
			laureates.remove(NO_LAUREATE);
		}
		return new PoleRecord.Facts(year(values, Field.CREATION_YEAR, warnings),
				vocabularyValue(values, Field.STATUS, this.vocabularies.statuses(), warnings),
				(laureates != null) ? List.copyOf(laureates) : null,
				List.copyOf(multi(values, Field.SECTORS, this.vocabularies.sectors(), warnings)),
				count(values, Field.JOBS_CREATED, warnings), amount(values, Field.FTE, warnings),
				amount(values, Field.BUDGET, warnings), members, website);
	}

	private static PoleRecord.Contact contact(Map<Field, String> values, List<FieldWarning> warnings) {
		String email = values.get(Field.CONTACT_EMAIL);
		if (email != null && !CellValues.isEmail(email)) {
			warnings.add(new FieldWarning(Field.CONTACT_EMAIL, "Courriel invalide : ignoré."));
			email = null;
		}
		return new PoleRecord.Contact(values.get(Field.CONTACT_NAME), email, values.get(Field.CONTACT_PHONE));
	}

	/** The canonical values of a multi-valued cell; an unknown value is kept as received and reported. */
	private static List<String> multi(Map<Field, String> values, Field field, Vocabulary vocabulary,
			List<FieldWarning> warnings) {
		Set<String> canonical = new LinkedHashSet<>();
		for (String part : CellValues.split(values.get(field), vocabulary)) {
			Optional<String> known = vocabulary.canonical(part);
			if (known.isEmpty()) {
				warnings.add(new FieldWarning(field,
						field.templateHeader() + " « " + part + " » inconnue du vocabulaire : gardée telle quelle."));
			}
			canonical.add(known.orElse(part));
		}
		return new ArrayList<>(canonical);
	}

	private static String vocabularyValue(Map<Field, String> values, Field field, Vocabulary vocabulary,
			List<FieldWarning> warnings) {
		String value = values.get(field);
		if (value == null) {
			return null;
		}
		Optional<String> canonical = vocabulary.canonical(value);
		if (canonical.isEmpty()) {
			warnings.add(new FieldWarning(field,
					field.templateHeader() + " « " + value + " » inconnue du vocabulaire : gardée telle quelle."));
		}
		return canonical.orElse(value);
	}

	private Integer year(Map<Field, String> values, Field field, List<FieldWarning> warnings) {
		String value = values.get(field);
		if (value == null) {
			return null;
		}
		int currentYear = Year.now(this.clock).getValue();
		Optional<Integer> year = Years.parse(value, currentYear);
		if (year.isEmpty()) {
			warnings.add(new FieldWarning(field, field.templateHeader() + " « " + value + " » invalide (entre "
					+ Years.FIRST_YEAR + " et " + currentYear + " attendue) : ignorée."));
		}
		return year.orElse(null);
	}

	private static Integer count(Map<Field, String> values, Field field, List<FieldWarning> warnings) {
		String value = values.get(field);
		BigDecimal number = FrenchNumbers.parse(value).orElse(null);
		if (value != null && (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0
				|| number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0)) {
			warnings.add(new FieldWarning(field,
					field.templateHeader() + " « " + value + " » invalide (nombre entier positif attendu) : ignoré."));
			return null;
		}
		return (number != null) ? number.intValueExact() : null;
	}

	private static BigDecimal amount(Map<Field, String> values, Field field, List<FieldWarning> warnings) {
		String value = values.get(field);
		BigDecimal number = FrenchNumbers.parse(value).orElse(null);
		if (value != null && (number == null || number.signum() < 0)) {
			warnings.add(new FieldWarning(field,
					field.templateHeader() + " « " + value + " » invalide (nombre positif attendu) : ignoré."));
			return null;
		}
		return number;
	}

}
