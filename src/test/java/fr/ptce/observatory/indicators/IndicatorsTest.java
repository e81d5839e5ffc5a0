package fr.ptce.observatory.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.normalisation.Territory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every indicator of SPEC §5 (families 1 to 9) on a small dataset whose figures were computed by hand (see
 * the comments).
 */
class IndicatorsTest {

	static final PoleFacts.Composition A_MEMBERS = new PoleFacts.Composition(3, 1, 1, 0, 0, 0, 1, true);

	static final PoleFacts.Composition B_MEMBERS = new PoleFacts.Composition(2, 0, 1, 0, 0, 0, 0, false);

	static final PoleFacts.Composition F_MEMBERS = new PoleFacts.Composition(1, 2, 0, 1, 0, 1, 0, true);

	// A, B, C, F are active; D is dissolved; E is dormant.
	static final List<PoleFacts> YEAR_2025 = List.of(
			new PoleFacts("A", "28", "76", "association", "actif", 2025, List.of("2013"), List.of("énergie", "habitat"),
					10, new BigDecimal("100000"), A_MEMBERS),
			new PoleFacts("B", "28", "27", "SCIC", null, 2015, List.of(), List.of("énergie"), 4, null, B_MEMBERS),
			new PoleFacts("C", "44", "52", "association", "émergent", 2021, List.of("AMI émergents"), List.of(), null,
					new BigDecimal("50000"), null),
			new PoleFacts("D", "84", "26", "SCIC", "dissous", 2007, List.of("2013"), List.of(), 99, null, null),
			new PoleFacts("E", null, null, null, "en sommeil", null, List.of(), List.of(), null, null, null),
			new PoleFacts("F", "44", "88", "GIE", "actif", null, List.of(), List.of(), null, null, F_MEMBERS));

	final List<IndicatorValue> values = Indicators.of(2025, YEAR_2025, Territory.official());

	@Test
	void activePolesByTerritoryNewAndDissolved() {
		assertValue(Indicator.POLES_ACTIFS, "", "4", 4);
		assertValue(Indicator.POLES_ACTIFS_PAR_REGION, "Normandie", "2", 4);
		assertValue(Indicator.POLES_ACTIFS_PAR_REGION, "Grand Est", "2", 4);
		assertValue(Indicator.POLES_ACTIFS_PAR_DEPARTEMENT, "52 Haute-Marne", "1", 4);
		// Normandie: 2 poles for a population of 3,3 million, read from the shipped geography
		long normandie = Territory.official().region("28").orElseThrow().population();
		assertValue(Indicator.POLES_PAR_MILLION_HABITANTS, "Normandie",
				BigDecimal.valueOf(2_000_000L).divide(BigDecimal.valueOf(normandie), 2, java.math.RoundingMode.HALF_UP)
					.toPlainString(), 4);
		// created in 2025: A, among the 3 active poles whose creation year is known (A, B, C)
		assertValue(Indicator.NOUVEAUX_POLES, "", "1", 3);
		// dissolved: D, among the 5 observed poles that reported a status (all but B)
		assertValue(Indicator.POLES_DISSOUS, "", "1", 5);
	}

	@Test
	void legalFormsAndTheShareOfAssociations() {
		assertValue(Indicator.FORME_JURIDIQUE, "association", "2", 4);
		assertValue(Indicator.FORME_JURIDIQUE, "SCIC", "1", 4);
		assertValue(Indicator.FORME_JURIDIQUE, "GIE", "1", 4);
		assertValue(Indicator.PART_FORME_JURIDIQUE, "GIE", "25.0", 4);
		assertValue(Indicator.PART_FORME_ASSOCIATIVE, "", "50.0", 4);
	}

	@Test
	void laureatesAreNoFigureWhenNoFileSaysAnything() {
		List<PoleFacts> unknown = YEAR_2025.stream()
			.map(facts -> new PoleFacts(facts.poleId(), facts.region(), facts.departement(), facts.legalForm(),
					facts.status(), facts.creationYear(), null, facts.sectors(), facts.jobsCreated(), facts.budget(),
					facts.members()))
			.toList();
		assertThat(Indicators.of(2025, unknown, Territory.official()))
			.noneMatch(value -> value.indicator() == Indicator.LAUREATS_ACTIFS);
	}

	@Test
	void laureatesStillActive() {
		// D won the 2013 call but is dissolved: not counted
		assertValue(Indicator.LAUREATS_ACTIFS, "", "2", 4);
		assertValue(Indicator.LAUREATS_ACTIFS, "2013", "1", 4);
		assertValue(Indicator.LAUREATS_ACTIFS, "AMI émergents", "1", 4);
	}

	@Test
	void polesInvolvingSiae() {
		// members known for A, B, F; only A has an SIAE
		assertValue(Indicator.POLES_AVEC_SIAE, "", "1", 3);
		assertValue(Indicator.PART_POLES_AVEC_SIAE, "", "33.3", 3);
		assertValue(Indicator.MEMBRES_SIAE, "", "1", 3);
	}

	@Test
	void membersByCategoryPerPoleAndComposition() {
		assertValue(Indicator.MEMBRES_PAR_CATEGORIE, "entreprises ESS", "6", 3);
		assertValue(Indicator.MEMBRES_PAR_CATEGORIE, "entreprises classiques", "3", 3);
		assertValue(Indicator.MEMBRES_PAR_CATEGORIE, "collectivités", "2", 3);
		assertValue(Indicator.MEMBRES_PAR_CATEGORIE, "total", "13", 3);
		// 5, 3 and 5 members
		assertValue(Indicator.MEMBRES_PAR_POLE, "moyenne", "4.3", 3);
		assertValue(Indicator.MEMBRES_PAR_POLE, "médiane", "5", 3);
		assertValue(Indicator.COMPOSITION, "au moins une entreprise classique", "66.7", 3);
		assertValue(Indicator.COMPOSITION, "au moins un organisme de recherche ou d'enseignement supérieur", "33.3", 3);
		assertValue(Indicator.COMPOSITION, "entreprise ESS, entreprise classique et collectivité", "33.3", 3);
		// A (ESS, classic, local authority) and F (ESS, classic, research): B has no classic enterprise
		assertValue(Indicator.COMPOSITION, "composition exigée par le décret n° 2015-431", "66.7", 3);
	}

	@Test
	void sectorsJobsBudgetsAndAge() {
		assertValue(Indicator.POLES_PAR_FILIERE, "énergie", "2", 2);
		assertValue(Indicator.POLES_PAR_FILIERE, "habitat", "1", 2);
		// D's 99 jobs do not count: it is dissolved
		assertValue(Indicator.EMPLOIS_CREES, "total", "14", 2);
		assertValue(Indicator.EMPLOIS_CREES, "médiane", "7", 2);
		assertValue(Indicator.BUDGET, "total", "150000", 2);
		assertValue(Indicator.BUDGET, "médiane", "75000", 2);
		assertValue(Indicator.ANNEE_CREATION, "2015", "1", 3);
		// ages 0, 4 and 10
		assertValue(Indicator.AGE_MEDIAN, "", "4", 3);
	}

	@Test
	void evolutionOverTheObservedYears() {
		List<PoleFacts> year2024 = List.of(YEAR_2025.get(1), YEAR_2025.get(3));

		List<IndicatorValue> evolution = Indicators.evolution(Map.of(2024, year2024, 2025, YEAR_2025));

		assertThat(evolution).contains(new IndicatorValue(Indicator.EVOLUTION_ACTIFS, "2024", BigDecimal.ONE, 1),
				new IndicatorValue(Indicator.EVOLUTION_ACTIFS, "2025", BigDecimal.valueOf(4), 4));
		// A 2025, B 2015, C 2021, D 2007 (counted once although observed twice)
		assertThat(evolution).filteredOn(value -> value.indicator() == Indicator.EVOLUTION_NOUVEAUX)
			.extracting(IndicatorValue::dimension)
			.containsExactly("2007", "2015", "2021", "2025");
	}

	@Test
	void aPoleWhoseCreationYearWasCorrectedIsCountedOnceInItsLatestYear() {
		PoleFacts b2025 = YEAR_2025.get(1);
		PoleFacts b2024 = new PoleFacts(b2025.poleId(), b2025.region(), b2025.departement(), b2025.legalForm(),
				b2025.status(), 2014, b2025.laureates(), b2025.sectors(), b2025.jobsCreated(), b2025.budget(),
				b2025.members());

		List<IndicatorValue> created = Indicators.evolution(Map.of(2024, List.of(b2024), 2025, List.of(b2025)))
			.stream()
			.filter(value -> value.indicator() == Indicator.EVOLUTION_NOUVEAUX)
			.toList();

		assertThat(created).containsExactly(
				new IndicatorValue(Indicator.EVOLUTION_NOUVEAUX, "2015", BigDecimal.ONE, 1));
	}

	@Test
	void everyIndicatorOfFamiliesOneToEightIsComputedWithItsCoverage() {
		assertThat(this.values).allSatisfy(value -> assertThat(value.coverage()).isBetween(0, YEAR_2025.size()));
		assertThat(this.values).extracting(IndicatorValue::indicator)
			.containsAll(java.util.Arrays.stream(Indicator.values()).filter(indicator -> indicator.family() <= 8).toList());
	}

	private void assertValue(Indicator indicator, String dimension, String value, int coverage) {
		assertThat(this.values).filteredOn(v -> v.indicator() == indicator && v.dimension().equals(dimension))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.value()).as(indicator + " " + dimension).isEqualByComparingTo(value);
				assertThat(v.coverage()).as(indicator + " " + dimension + " coverage").isEqualTo(coverage);
			});
	}

}
