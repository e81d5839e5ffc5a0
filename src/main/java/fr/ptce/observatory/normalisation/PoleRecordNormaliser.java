package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.SourceProfile;

/**
 * Turns a raw row into a {@link PoleRecord}: canonical values, checked identifiers, derived territory. A
 * row with no usable name is quarantined; an invalid field is set aside with a warning in French while the
 * row is kept.
 */
public final class PoleRecordNormaliser {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private final Territory territory;

	private final Vocabulary legalForms;

	private final Vocabulary statuses;

	private final int currentYear;

	public PoleRecordNormaliser(Territory territory, Vocabulary legalForms, Vocabulary statuses, int currentYear) {
		this.territory = territory;
		this.legalForms = legalForms;
		this.statuses = statuses;
		this.currentYear = currentYear;
	}

	public static PoleRecordNormaliser standard() {
		return new PoleRecordNormaliser(Territory.official(), Vocabulary.legalForms(), Vocabulary.statuses(),
				Year.now().getValue());
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
			return PoleRecord.rejected(PoleRecord.Outcome.IGNORED, "Ligne vide.");
		}
		Map<Field, String> values = new EnumMap<>(Field.class);
		row.cells().forEach((header, value) -> {
			Field field = fieldsByHeader.get(header);
			if (field != null && value != null && !value.isBlank()) {
				values.put(field, profile.mappedValue(field, value.strip()).orElse(value.strip()));
			}
		});
		String rawName = values.get(Field.NAME);
		if (rawName == null) {
			if (values.values().stream().anyMatch(value -> Folding.fold(value).startsWith("total"))) {
				return PoleRecord.rejected(PoleRecord.Outcome.IGNORED, "Ligne de total.");
			}
			return PoleRecord.rejected(PoleRecord.Outcome.QUARANTINED, "Nom du pôle absent.");
		}
		if (Folding.fold(rawName).startsWith("total")) {
			return PoleRecord.rejected(PoleRecord.Outcome.IGNORED, "Ligne de total.");
		}
		if (!LETTER.matcher(rawName).find()) {
			return PoleRecord.rejected(PoleRecord.Outcome.QUARANTINED,
					"Nom du pôle illisible (« " + rawName + " ») : aucune lettre.");
		}
		List<FieldWarning> warnings = new ArrayList<>();
		String[] nameAndAcronym = Names.splitAcronym(rawName);
		String acronym = Optional.ofNullable(values.get(Field.ACRONYM)).orElse(nameAndAcronym[1]);

		String siret = null;
		String siren = null;
		if (values.containsKey(Field.SIRET)) {
			Identifiers.Checked checked = Identifiers.siret(values.get(Field.SIRET));
			siret = checked.siret();
			siren = checked.siren();
			checked.warning().ifPresent(message -> warnings.add(new FieldWarning(Field.SIRET, message)));
		}

		String legalForm = vocabularyValue(values, Field.LEGAL_FORM, this.legalForms, warnings);
		String status = vocabularyValue(values, Field.STATUS, this.statuses, warnings);

		String postalCode = null;
		if (values.containsKey(Field.POSTAL_CODE)) {
			postalCode = Territory.postalCode(values.get(Field.POSTAL_CODE)).orElse(null);
			if (postalCode == null) {
				warnings.add(new FieldWarning(Field.POSTAL_CODE,
						"Code postal « " + values.get(Field.POSTAL_CODE) + " » invalide : ignoré."));
			}
		}
		Optional<Territory.Place> place = this.territory.locate(values.get(Field.COMMUNE_CODE), postalCode,
				values.get(Field.COMMUNE), values.get(Field.DEPARTEMENT), values.get(Field.REGION));
		if (place.isEmpty() && (postalCode != null || values.containsKey(Field.DEPARTEMENT)
				|| values.containsKey(Field.REGION) || values.containsKey(Field.COMMUNE_CODE))) {
			warnings.add(new FieldWarning(Field.POSTAL_CODE,
					"Territoire non reconnu (code postal, département ou région) : à vérifier."));
		}

		Integer creationYear = year(values, Field.CREATION_YEAR, warnings);
		Integer observationYear = Optional
			.ofNullable(year(values, Field.OBSERVATION_YEAR, warnings))
			.orElse(defaultObservationYear);
		Integer jobs = count(values, Field.JOBS_CREATED, warnings);
		BigDecimal budget = amount(values, Field.BUDGET, warnings);

		return new PoleRecord(PoleRecord.Outcome.NORMALISED, null, List.copyOf(warnings), rawName,
				Names.matchingKey(nameAndAcronym[0]), acronym, values.get(Field.CARRIER_NAME), siret, siren, legalForm,
				postalCode, place.map(Territory.Place::commune).orElse(values.get(Field.COMMUNE)),
				place.map(Territory.Place::departement).orElse(null), place.map(Territory.Place::region).orElse(null),
				creationYear, status, values.get(Field.WEBSITE), jobs, budget, values.get(Field.CONTACT_NAME),
				values.get(Field.CONTACT_EMAIL), values.get(Field.CONTACT_PHONE), observationYear);
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
		Optional<Integer> year = Years.parse(value, this.currentYear);
		if (year.isEmpty()) {
			warnings.add(new FieldWarning(field, field.templateHeader() + " « " + value + " » invalide (entre "
					+ Years.FIRST_YEAR + " et " + this.currentYear + " attendue) : ignorée."));
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
					field.templateHeader() + " « " + value + " » invalide (montant positif attendu) : ignoré."));
			return null;
		}
		return number;
	}

}
