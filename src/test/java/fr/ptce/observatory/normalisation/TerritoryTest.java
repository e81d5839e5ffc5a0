package fr.ptce.observatory.normalisation;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TerritoryTest {

	private final Territory territory = Territory.official();

	@Test
	void everyShippedCommuneMapsToItsDepartementAndRegion() throws Exception {
		List<String[]> communes;
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				getClass().getResourceAsStream("/reference/geo/communes.csv"), StandardCharsets.UTF_8))) {
			communes = reader.lines().skip(1).map(line -> line.split(";", -1)).toList();
		}
		assertThat(communes).hasSizeGreaterThan(34_000);
		for (String[] commune : communes) {
			Territory.Place place = this.territory.locate(commune[0], null, null, null, null).orElseThrow();
			assertThat(place.departement()).as(commune[0]).isEqualTo(commune[2]);
			assertThat(place.region()).as(commune[0]).isEqualTo(commune[3]);
			assertThat(this.territory.departement(commune[2]).orElseThrow().regionCode()).isEqualTo(commune[3]);
		}
	}

	@Test
	void postalCodeGivesTheDepartementAndARestoredLeadingZero() {
		assertThat(this.territory.locate(null, "76220", null, null, null).orElseThrow().departement()).isEqualTo("76");
		assertThat(Territory.postalCode("1000")).contains("01000");
		assertThat(this.territory.locate(null, "20000", "Ajaccio", null, null).orElseThrow().departement())
			.isEqualTo("2A");
		assertThat(this.territory.locate(null, "97400", null, null, null).orElseThrow().region()).isEqualTo("04");
	}

	@Test
	void departementIsFoundFromItsCodeItsNameOrBoth() {
		assertThat(this.territory.findDepartement("52")).map(Territory.Departement::name).contains("Haute-Marne");
		assertThat(this.territory.findDepartement("Haute-Marne")).map(Territory.Departement::code).contains("52");
		assertThat(this.territory.findDepartement("52 - Haute-Marne")).map(Territory.Departement::code).contains("52");
		assertThat(this.territory.findDepartement("2 - Entraide")).as("a numbered name, not the Aisne").isEmpty();
		assertThat(this.territory.findDepartement("2a")).map(Territory.Departement::code).contains("2A");
		assertThat(this.territory.findDepartement("8")).map(Territory.Departement::code).contains("08");
	}

	@Test
	void preReformRegionNamesMapToTheRegionsOf2016() {
		assertThat(this.territory.findRegion("Picardie")).map(Territory.Region::name).contains("Hauts-de-France");
		assertThat(this.territory.findRegion("Champagne-Ardenne")).map(Territory.Region::name).contains("Grand Est");
		assertThat(this.territory.findRegion("Région Centre")).map(Territory.Region::code).contains("24");
		assertThat(this.territory.findRegion("Haute Normandie")).map(Territory.Region::name).contains("Normandie");
		assertThat(this.territory.locate(null, null, null, null, "Rhône-Alpes").orElseThrow().region()).isEqualTo("84");
	}

	@Test
	void aRegionIsFoundFromItsInseeCodeAloneOrWithItsName() {
		assertThat(this.territory.findRegionOrCode("84")).map(Territory.Region::name).contains("Auvergne-Rhône-Alpes");
		assertThat(this.territory.findRegionOrCode("2")).map(Territory.Region::name).contains("Martinique");
		assertThat(this.territory.findRegionOrCode("28 - Normandie")).map(Territory.Region::code).contains("28");
		assertThat(this.territory.findRegionOrCode("84 - Région Auvergne-Rhône-Alpes")).map(Territory.Region::code)
			.contains("84");
		assertThat(this.territory.findRegionOrCode("44 - Lorraine")).as("a former region's name").map(Territory.Region::code)
			.contains("44");
		assertThat(this.territory.findRegionOrCode("28 - Bretagne")).as("code and name disagree").isEmpty();
		assertThat(this.territory.findRegionOrCode("99")).isEmpty();
		assertThat(this.territory.findRegionOrCode("Picardie")).map(Territory.Region::code).contains("32");
		assertThat(this.territory.findRegion("75")).as("a code in a column of unknown meaning may be a département")
			.isEmpty();
		assertThat(this.territory.locate(null, null, null, null, "53").orElseThrow().region()).isEqualTo("53");
	}

	@Test
	void aCommuneCodeIsFoundWhateverTheCaseOfCorsica() {
		assertThat(this.territory.locate("2a004", null, null, null, null)).map(Territory.Place::departement)
			.contains("2A");
	}

	@Test
	void departementsAreReadAsPeopleWriteThem() {
		for (String written : List.of("069", "69", "69 - Rhône", "69 Rhône", "Rhône (69)", "(69) Rhône", "Rhône",
				"Département du Rhône")) {
			assertThat(this.territory.findDepartement(written)).as(written).map(Territory.Departement::code).contains("69");
		}
		assertThat(this.territory.findDepartement("1000")).as("a postal code is no département").isEmpty();
	}

	@Test
	void communesAreFoundWithCedexSaintAbbreviationsAndArrondissements() {
		Territory.Place cedex = this.territory.locate(null, "69361 CEDEX 07", "Lyon Cedex 07", null, null).orElseThrow();
		assertThat(cedex.departement()).isEqualTo("69");
		assertThat(cedex.commune()).as("the commune's official name, whatever its CEDEX").isEqualTo("Lyon");
		assertThat(this.territory.isCommuneName("St-Étienne")).isTrue();
		assertThat(this.territory.isCommuneName("Ste-Foy-lès-Lyon")).isTrue();
		assertThat(this.territory.isCommuneName("Marseille 13e")).isTrue();
		Territory.Place alone = this.territory.locate(null, null, "St-Étienne", null, null).orElseThrow();
		assertThat(alone.departement()).isEqualTo("42");
		assertThat(alone.commune()).isEqualTo("Saint-Étienne");
		assertThat(alone.evidence()).isEqualTo("commune");
	}

}
