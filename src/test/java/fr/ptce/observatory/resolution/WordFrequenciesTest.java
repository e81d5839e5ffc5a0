package fr.ptce.observatory.resolution;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The words of a kind of organisation are told from a name's own words by how widely they are written, with no
 * list: « fabrique » is in names all over the country, « soucé » only where that pole is, however often it is listed.
 */
class WordFrequenciesTest {

	@Test
	void aWordWrittenInManyDepartementsIsAKindsWordNotANamesWord() {
		WordFrequencies words = new WordFrequencies();
		List<String> departements = List.of("01", "13", "29", "35", "53", "69", "75");
		for (String departement : departements) {
			words.count(List.of("fabriqu", "local", departement), departement);
		}
		for (int listed = 0; listed < 20; listed++) {
			words.count(List.of("relais", "souc"), "53");
		}
		words.count(List.of("fabriqu", "cevenol"), null);

		assertThat(words.widespread()).contains("fabriqu", "local").doesNotContain("relais", "souc", "cevenol", "29");
	}

	@Test
	void amongManyNamesAWordMetByChanceInFiveDepartementsStaysANamesWord() {
		WordFrequencies words = new WordFrequencies();
		List<String> departements = List.of("01", "13", "29", "35", "53", "69", "75");
		for (int name = 0; name < 1_000; name++) {
			String departement = departements.get(name % departements.size());
			words.count(List.of("nom" + name, (name % 20 == 0) ? "horizon" : "fabriqu"), departement);
		}

		assertThat(words.widespread()).as("« horizon »: 50 names of 1,000, in every département").contains("horizon", "fabriqu");
		words.count(List.of("soleil"), "01");
		for (String departement : departements.subList(1, 6)) {
			words.count(List.of("soleil"), departement);
		}
		assertThat(words.widespread()).as("« soleil »: 6 names of 1,006").doesNotContain("soleil");
	}

	@Test
	void aSmallCountryHasNoKindsWords() {
		WordFrequencies words = new WordFrequencies();
		for (String departement : List.of("01", "13", "29", "35")) {
			words.count(List.of("fabriqu"), departement);
		}

		assertThat(words.widespread()).as("four départements are too few to tell").isEmpty();
	}

}
