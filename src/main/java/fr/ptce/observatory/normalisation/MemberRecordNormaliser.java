package fr.ptce.observatory.normalisation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.SourceProfile;

/**
 * Turns a row of a sheet of members into a {@link MemberRecord}: the pole it belongs to, its checked SIRET,
 * its category (from the column, else inferred from its name: "Communauté de communes…" is a local
 * authority, "Université…" research) and its SIAE type.
 */
public final class MemberRecordNormaliser {

	private static final String SIAE_CATEGORY = "entreprise ESS";

	private final Territory territory;

	private final Vocabulary categories;

	private final Vocabulary siaeTypes;

	/** Today's year, read at each use. */
	private final java.time.Clock clock;

	private final NamePlausibility plausibility;

	public MemberRecordNormaliser(Territory territory, Vocabularies vocabularies, java.time.Clock clock) {
		this.territory = territory;
		this.categories = vocabularies.memberCategories();
		this.siaeTypes = vocabularies.siaeTypes();
		this.clock = clock;
		this.plausibility = new NamePlausibility(territory, vocabularies);
	}

	public static MemberRecordNormaliser standard() {
		return new MemberRecordNormaliser(Territory.official(), Vocabularies.standard(), Years.PARIS);
	}

	public MemberRecord normalise(RawRow row, Map<String, Field> fieldsByHeader, SourceProfile profile) {
		if (row.isBlank()) {
			return MemberRecord.rejected(RecordOutcome.IGNORED, "Ligne vide.");
		}
		Map<Field, String> values = new EnumMap<>(Field.class);
		row.cells().forEach((header, value) -> {
			Field field = fieldsByHeader.get(header);
			if (field != null && value != null && !value.isBlank()) {
				values.put(field, profile.mappedValue(field, value.strip()).orElse(value.strip()));
			}
		});
		String name = values.get(Field.NAME);
		String pole = values.get(Field.MEMBER_OF);
		boolean total = (name != null && NonDataRows.isTotal(name))
				|| NonDataRows.firstCell(row).map(NonDataRows::isTotal).orElse(false);
		if (name == null && pole == null || total) {
			return MemberRecord.rejected(RecordOutcome.IGNORED, "Ligne de total ou sans membre.");
		}
		if (NonDataRows.repeatsItsHeader(row)) {
			return MemberRecord.rejected(RecordOutcome.IGNORED, "En-tête répété.");
		}
		if (name == null) {
			return MemberRecord.rejected(RecordOutcome.QUARANTINED, "Nom du membre absent.");
		}
		Optional<String> notAName = this.plausibility.whyNotAMember(name);
		if (notAName.isPresent()) {
			return MemberRecord.rejected(RecordOutcome.QUARANTINED, "Ligne sans membre : " + notAName.get());
		}
		if (pole == null) {
			return MemberRecord.rejected(RecordOutcome.QUARANTINED,
					"Pôle du membre « " + name + " » absent : impossible de le rattacher.");
		}
		List<FieldWarning> warnings = new ArrayList<>();
		Identifiers.Checked identifiers = Identifiers.siretOf(values.get(Field.SIRET), warnings);
		String siret = identifiers.siret();
		String siren = identifiers.siren();
		String siaeType = null;
		if (values.containsKey(Field.SIAE_TYPE)) {
			String raw = values.get(Field.SIAE_TYPE);
			siaeType = this.siaeTypes.canonical(raw).orElse(null);
			if (siaeType == null && !isNo(raw)) {
				warnings.add(new FieldWarning(Field.SIAE_TYPE, "Type SIAE « " + raw
						+ " » inconnu (ACI, AI, EI, ETTI ou EITI attendu) : ignoré."));
			}
		}
		if (siaeType == null) {
			siaeType = this.siaeTypes.canonical(name).orElse(null);
		}
		String rawCategory = values.get(Field.MEMBER_CATEGORY);
		String category = Optional.ofNullable(rawCategory).flatMap(this.categories::canonical)
			.or(() -> this.categories.canonical(name))
			.orElse(null);
		if (rawCategory != null && this.categories.canonical(rawCategory).isEmpty()) {
			warnings.add(new FieldWarning(Field.MEMBER_CATEGORY, "Catégorie « " + rawCategory
					+ " » inconnue du vocabulaire" + ((category != null) ? " : déduite du nom (" + category + ")." : ".")));
		}
		boolean siae = siaeType != null || (rawCategory != null && Folding.fold(rawCategory).contains("siae"));
		if (siae) {
			category = SIAE_CATEGORY;
		}
		String postalCode = Territory.postalCode(values.get(Field.POSTAL_CODE)).orElse(null);
		if (postalCode == null && values.containsKey(Field.POSTAL_CODE)) {
			warnings.add(new FieldWarning(Field.POSTAL_CODE,
					"Code postal « " + values.get(Field.POSTAL_CODE) + " » invalide : ignoré."));
		}
		String commune = values.get(Field.COMMUNE);
		if (postalCode == null && commune != null && Territory.postalCode(commune).isPresent()) {
			postalCode = Territory.postalCode(commune).get();
			commune = null;
		}
		Optional<Territory.Place> place = this.territory.locate(null, postalCode, commune, null, null);
		Integer yearJoined = null;
		if (values.containsKey(Field.YEAR_JOINED)) {
			yearJoined = Years.parse(values.get(Field.YEAR_JOINED), java.time.Year.now(this.clock).getValue()).orElse(null);
			if (yearJoined == null) {
				warnings.add(new FieldWarning(Field.YEAR_JOINED, "Année d'adhésion « " + values.get(Field.YEAR_JOINED)
						+ " » invalide : ignorée."));
			}
		}
		return new MemberRecord(RecordOutcome.NORMALISED, null, List.copyOf(warnings), pole, name,
				Names.matchingKey(name), siret, siren, category, siae, siaeType, postalCode,
				place.map(Territory.Place::commune).orElse(commune), place.map(Territory.Place::departement).orElse(null),
				yearJoined);
	}

	private static boolean isNo(String value) {
		String folded = Folding.fold(value);
		return folded.equals("non") || folded.equals("0") || folded.equals("faux") || folded.equals("aucun");
	}

}
