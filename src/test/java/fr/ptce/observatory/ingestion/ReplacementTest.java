package fr.ptce.observatory.ingestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplacementTest {

	@Test
	void aCorrectedFileHasTheSameBaseNameAsTheFileItCorrects() {
		String original = Replacement.baseName("coorace/coorace-ptce-siae-2025.csv");
		for (String corrected : new String[] { "coorace/coorace-ptce-siae-2025-corrige.csv",
				"coorace/Coorace PTCE SIAE 2025 (1).xlsx", "coorace/coorace-ptce-siae-2025 v2.xlsx",
				"coorace/coorace-ptce-siae-2025_version_définitive_20251130.csv" }) {
			assertThat(Replacement.baseName(corrected)).as(corrected).isEqualTo(original);
		}
	}

	@Test
	void anotherListOfTheSameNetworkAndYearHasAnotherBaseName() {
		assertThat(Replacement.baseName("cress/ptce-calvados-2025.xlsx"))
			.isNotEqualTo(Replacement.baseName("cress/ptce-manche-2025.xlsx"));
		assertThat(Replacement.baseName("a/ptce-2025.xlsx")).isNotEqualTo(Replacement.baseName("b/ptce-2025.xlsx"));
		assertThat(Replacement.baseName("cress/ptce-69-2025.xlsx")).isNotEqualTo(Replacement.baseName("cress/ptce-42-2025.xlsx"));
		assertThat(Replacement.baseName("cress/poles-2025-partie-1.xlsx"))
			.isNotEqualTo(Replacement.baseName("cress/poles-2025-partie-2.xlsx"));
	}

	@Test
	void profilesNameTheRuleInFrench() {
		assertThat(Replacement.ofKey("reseau-annee")).isEqualTo(Replacement.NETWORK_YEAR);
		assertThat(Replacement.ofKey("meme-nom")).isEqualTo(Replacement.SAME_NAME);
		assertThat(Replacement.ofKey("jamais")).isEqualTo(Replacement.NEVER);
	}

}
