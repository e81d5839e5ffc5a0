package fr.ptce.observatory.resolution;

import java.util.List;

import fr.ptce.observatory.normalisation.Territory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How two names' words meet despite typos and truncation, and which added places are set aside. */
class NameMatchingTest {

	@Test
	void aWordWithOneLetterWrongMissingAddedOrSwappedIsTheSameWord() {
		assertThat(PairScorer.withinOneEdit("halle", "hlale")).as("swapped").isTrue();
		assertThat(PairScorer.withinOneEdit("mitel", "mtel")).as("missing").isTrue();
		assertThat(PairScorer.withinOneEdit("rotonde", "rotonnde")).as("added").isTrue();
		assertThat(PairScorer.withinOneEdit("bilia", "billa")).as("wrong").isTrue();
		assertThat(PairScorer.withinOneEdit("halle", "salle")).isTrue();
		assertThat(PairScorer.withinOneEdit("halle", "hotel")).isFalse();
		assertThat(PairScorer.hasMatch("sale", List.of("halle"), false)).as("two edits").isFalse();
	}

	@Test
	void theLastWordOfANameCutShortMatchesTheStartOfAWord() {
		assertThat(PairScorer.hasMatch("trave", List.of("la", "traverse"), true)).isTrue();
		assertThat(PairScorer.hasMatch("trave", List.of("la", "traverse"), false)).isFalse();
		assertThat(PairScorer.hasMatch("tr", List.of("traverse"), true)).as("too short to tell").isFalse();
		// whichever of the two names was cut short
		assertThat(PairScorer.hasMatch("traverse", List.of("la", "trave"), false)).as("the other cut short").isTrue();
		assertThat(PairScorer.hasMatch("traverse", List.of("trave", "sud"), false)).as("not its last word").isFalse();
	}

	@Test
	void aPlaceAddedAfterTheNameIsSetAsideButNeverTheWholeName() {
		Territory territory = Territory.official();
		assertThat(PlaceSuffixes.strip("Dabodor à Asnières-sur-Seine (92)", territory)).isEqualTo("Dabodor");
		assertThat(PlaceSuffixes.strip("DABODOR À ASNIÈRES-SUR-SEINE (92)", territory)).as("typed in capitals")
			.isEqualTo("DABODOR");
		assertThat(PlaceSuffixes.strip("Mitel – Aveyron", territory)).isEqualTo("Mitel");
		assertThat(PlaceSuffixes.strip("La Rotonde (Sainte-Lucie-de-Tallano)", territory)).isEqualTo("La Rotonde");
		assertThat(PlaceSuffixes.strip("Les Écossolies (44)", territory)).isEqualTo("Les Écossolies");
		assertThat(PlaceSuffixes.strip("Entreprendre à Neuville-sur-Oise", territory))
			.isEqualTo("Entreprendre à Neuville-sur-Oise");
		assertThat(PlaceSuffixes.strip("Coop'Cotentin (CCT)", territory)).isEqualTo("Coop'Cotentin (CCT)");
		assertThat(PlaceSuffixes.strip("Lyon", territory)).isEqualTo("Lyon");
	}

}
