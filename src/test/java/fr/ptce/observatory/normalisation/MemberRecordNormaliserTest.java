package fr.ptce.observatory.normalisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.RawRow;
import fr.ptce.observatory.ingestion.RowKind;
import fr.ptce.observatory.ingestion.SourceProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemberRecordNormaliserTest {

	private final MemberRecordNormaliser normaliser = new MemberRecordNormaliser(Territory.official(),
			Vocabularies.standard(), PoleRecordNormaliserTest.MID_2026);

	@Test
	void theCategoryIsInferredFromTheNameWhenTheColumnIsMissing() {
		assertThat(normalise(Map.of(Field.MEMBER_OF, "PTCE A", Field.NAME, "Communauté de communes du Vexin"))
			.category()).isEqualTo("collectivité");
		assertThat(normalise(Map.of(Field.MEMBER_OF, "PTCE A", Field.NAME, "Université de Caen")).category())
			.isEqualTo("recherche / enseignement supérieur");
		assertThat(normalise(Map.of(Field.MEMBER_OF, "PTCE A", Field.NAME, "CCI Normandie")).category())
			.isEqualTo("organisme public");
	}

	@Test
	void anSiaeIsAnEssEnterpriseFlaggedWithItsType() {
		MemberRecord member = normalise(Map.of(Field.MEMBER_OF, "PTCE A", Field.NAME, "Les Jardins", Field.MEMBER_CATEGORY,
				"SIAE", Field.SIAE_TYPE, "Entreprise d'insertion", Field.COMMUNE, "76220", Field.YEAR_JOINED, "2019"));

		assertThat(member.siae()).isTrue();
		assertThat(member.siaeType()).isEqualTo("EI");
		assertThat(member.category()).isEqualTo("entreprise ESS");
		assertThat(member.postalCode()).isEqualTo("76220");
		assertThat(member.departement()).isEqualTo("76");
		assertThat(member.yearJoined()).isEqualTo(2019);
	}

	@Test
	void aMemberWithoutNameOrPoleIsQuarantined() {
		assertThat(normalise(Map.of(Field.MEMBER_OF, "PTCE A")).reason()).isEqualTo("Nom du membre absent.");
		assertThat(normalise(Map.of(Field.NAME, "Mairie de B")).outcome()).isEqualTo(RecordOutcome.QUARANTINED);
		assertThat(normalise(Map.of()).outcome()).isEqualTo(RecordOutcome.IGNORED);
	}

	@Test
	void shortNamesCommunesAndASommeDepartementAreMembersPlaceholdersAreNot() {
		for (String name : List.of("CD 35", "3F", "Lyon", "TotalEnergies")) {
			assertThat(normalise(Map.of(Field.MEMBER_OF, "PTCE A", Field.NAME, name)).outcome()).as(name)
				.isEqualTo(RecordOutcome.NORMALISED);
		}
		Map<Field, String> inOrder = new LinkedHashMap<>();
		inOrder.put(Field.MEMBER_OF, "PTCE A");
		inOrder.put(Field.NAME, "Mairie d'Amiens");
		inOrder.put(Field.COMMUNE, "Somme");
		assertThat(normalise(inOrder).outcome()).isEqualTo(RecordOutcome.NORMALISED);
		assertThat(normalise(Map.of(Field.MEMBER_OF, "PTCE A", Field.NAME, "à compléter")).reason())
			.startsWith("Ligne sans membre : « à compléter »");
	}

	private MemberRecord normalise(Map<Field, String> values) {
		Map<String, String> cells = new LinkedHashMap<>();
		Map<String, Field> fields = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			cells.put(field.templateHeader(), value);
			fields.put(field.templateHeader(), field);
		});
		return this.normaliser.normalise(new RawRow(RowKind.MEMBER, "Membres", 2, cells), fields, SourceProfile.NONE);
	}

}
