package fr.ptce.observatory.normalisation;

import fr.ptce.observatory.samples.SampleSirets;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SiretTest {

	@Test
	void aValidSiretPassesAndAnySingleDigitChangeFails() {
		for (String prefix : new String[] { "4123456780001", "0512345670001", "7912345670002" }) {
			String siret = SampleSirets.siret(prefix);
			assertThat(Siret.isValidSiret(siret)).isTrue();
			for (int position = 0; position < siret.length(); position++) {
				for (char digit = '0'; digit <= '9'; digit++) {
					if (digit != siret.charAt(position)) {
						String changed = siret.substring(0, position) + digit + siret.substring(position + 1);
						assertThat(Siret.isValidSiret(changed)).as(changed).isFalse();
					}
				}
			}
		}
	}

	@Test
	void laPosteSiretsSumToAMultipleOfFiveInsteadOfPassingLuhn() {
		String laPoste = null;
		for (int tail = 0; laPoste == null; tail++) {
			String candidate = "3560000000" + String.format("%04d", tail);
			if (candidate.chars().map(c -> c - '0').sum() % 5 == 0 && !Siret.luhn(candidate)) {
				laPoste = candidate;
			}
		}
		assertThat(Siret.isValidSiret(laPoste)).isTrue();
		String notMultipleOfFive = laPoste.substring(0, 13) + (char) ('0' + (laPoste.charAt(13) - '0' + 1) % 10);
		assertThat(Siret.isValidSiret(notMultipleOfFive)).isFalse();
	}

	@Test
	void digitsToleratesSpacesDotsAndDashesOnly() {
		assertThat(Siret.digits("412 345 678 00014")).contains("41234567800014");
		assertThat(Siret.digits("412.345.678-00014")).contains("41234567800014");
		assertThat(Siret.digits("41234567800O14")).isEmpty();
		assertThat(Siret.digits(null)).isEmpty();
	}

	@Test
	void sirenIsCheckedWithLuhnToo() {
		String siret = SampleSirets.siret("4123456780001");
		assertThat(Siret.isValidSiren(siret.substring(0, 9))).isEqualTo(Siret.luhn(siret.substring(0, 9)));
		assertThat(Siret.isValidSiren("12345678")).isFalse();
	}

}
