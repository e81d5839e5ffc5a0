package fr.ptce.observatory.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers and the words after them agree as French wants. */
class FrenchTest {

	@Test
	void zeroAndOneTakeTheSingularAndLargeNumbersAreGroupedTheFrenchWay() {
		assertThat(French.count(0, "pôle actif", "pôles actifs")).isEqualTo("0 pôle actif");
		assertThat(French.count(1, "ligne lue", "lignes lues")).isEqualTo("1 ligne lue");
		assertThat(French.count(2, "nouveau pôle", "nouveaux pôles")).isEqualTo("2 nouveaux pôles");
		assertThat(French.count(12_345, "ligne", "lignes")).matches("12[\\s\\u00a0\\u202f]345 lignes");
		assertThat(French.agreed(1, "a été créé", "ont été créés")).isEqualTo("a été créé");
		assertThat(French.agreed(3, "a été créé", "ont été créés")).isEqualTo("ont été créés");
	}

}
