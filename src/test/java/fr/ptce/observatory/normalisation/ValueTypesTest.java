package fr.ptce.observatory.normalisation;

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

}
