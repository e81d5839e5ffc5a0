package fr.ptce.observatory.normalisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import fr.ptce.observatory.ingestion.ColumnContent;
import fr.ptce.observatory.ingestion.Field;
import fr.ptce.observatory.ingestion.RowKind;
import fr.ptce.observatory.samples.SampleSirets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Identifiers are told by their values as spreadsheets write them, and a cell of another form is just not one. */
class ValueTypesTest {

	@Test
	void aSiretIsToldWithSpacesDotsOrInScientificNotation() {
		String siret = SampleSirets.siret("4123456780001");
		assertThat(ValueTypes.isSiretOrSiren(siret)).isTrue();
		assertThat(ValueTypes.isSiretOrSiren(siret.substring(0, 3) + " " + siret.substring(3, 6) + " "
				+ siret.substring(6, 9) + " " + siret.substring(9))).isTrue();
		String siren = SampleSirets.siren("41234567");
		// a SIREN typed as a number and written out by a program as 4.12345678E8
		assertThat(ValueTypes.isSiretOrSiren(siren.charAt(0) + "." + siren.substring(1) + "E8")).isTrue();
	}

	@Test
	void aCellThatLooksScientificOnlyOnceItsSpacesAreGoneIsNotAnIdentifierAndBreaksNothing() {
		assertThat(ValueTypes.isSiretOrSiren("1 2E5")).isFalse();
		assertThat(ValueTypes.isSiretOrSiren("12-3E4")).isFalse();
	}

	@Test
	void aColumnIsTakenForATypeWhenThreeValuesInFiveFitItAndNotWhenOneFewerDoes() {
		ValueTypes types = ValueTypes.standard();
		List<String> codes = List.of("75011", "69003", "13001", "33000", "59000", "44000", "67000", "31000", "35000",
				"21000");
		for (int size = 5; size <= 50; size += 5) {
			int clear = size * 3 / 5;
			Optional<ColumnContent.Guess> atTheShare = types.guess(RowKind.POLE, column(codes, clear, size));
			assertThat(atTheShare).as("%d postal codes of %d values", clear, size).isPresent();
			assertThat(atTheShare.get().field()).isEqualTo(Field.POSTAL_CODE);
			assertThat(atTheShare.get().share()).isEqualTo((double) clear / size);
			assertThat(types.guess(RowKind.POLE, column(codes, clear - 1, size)))
				.as("%d postal codes of %d values", clear - 1, size).isEmpty();
		}
	}

	/** A column of {@code size} values, the first {@code fitting} of them postal codes, the others pole names. */
	private static List<String> column(List<String> codes, int fitting, int size) {
		List<String> values = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			values.add((i < fitting) ? codes.get(i % codes.size()) : "Coopérative du réseau numéro " + (char) ('A' + i % 26));
		}
		return values;
	}

}
