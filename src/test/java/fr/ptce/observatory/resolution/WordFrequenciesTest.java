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
	void aSmallCountryHasNoKindsWords() {
		WordFrequencies words = new WordFrequencies();
		for (String departement : List.of("01", "13", "29", "35")) {
			words.count(List.of("fabriqu"), departement);
		}

		assertThat(words.widespread()).as("four départements are too few to tell").isEmpty();
	}

}
