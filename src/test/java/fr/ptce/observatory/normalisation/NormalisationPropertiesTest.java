package fr.ptce.observatory.normalisation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.samples.SampleSirets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of identifiers, folding and French numbers, over generated values.
 */
class NormalisationPropertiesTest {

	@Provide
	Arbitrary<String> validSirets() {
		return Arbitraries.strings().numeric().ofLength(13).filter(digits -> !digits.startsWith("356000000"))
			.map(SampleSirets::siret);
	}

	@Property
	void aValidSiretAlwaysPasses(@ForAll("validSirets") String siret) {
		assertThat(Siret.isValidSiret(siret)).isTrue();
		assertThat(Identifiers.siret(siret.substring(0, 3) + " " + siret.substring(3)).siret()).isEqualTo(siret);
	}

	@Property
	void anySingleDigitChangeOfAValidSiretFails(@ForAll("validSirets") String siret,
			@ForAll @IntRange(min = 0, max = 13) int position, @ForAll @IntRange(min = 1, max = 9) int shift) {
		char changed = (char) ('0' + (siret.charAt(position) - '0' + shift) % 10);
		String typo = siret.substring(0, position) + changed + siret.substring(position + 1);
		assertThat(Siret.isValidSiret(typo)).isFalse();
	}

	@Property
	void aSiretThatLostItsLeadingZeroIsRestored(@ForAll("validSirets") String siret) {
		String withZero = "0" + siret.substring(1);
		if (Siret.isValidSiret(withZero)) {
			assertThat(Identifiers.siret(withZero.substring(1)).siret()).isEqualTo(withZero);
		}
	}

	@Property
	void foldingGivesWhatTheDefinitionGives(@ForAll("frenchText") String text) {
		assertThat(Folding.fold(text)).isEqualTo(foldingByDefinition(text));
	}

	@Example
	void everyCharacterFoldedFromTheTableFoldsAsDefined() {
		// the characters folded one by one (ASCII to Latin Extended-B), alone and inside a word
		for (char c = 0; c < 0x250; c++) {
			for (String text : new String[] { String.valueOf(c), "Ab" + c + "cd", c + " x" + c }) {
				assertThat(Folding.fold(text)).as("U+%04X", (int) c).isEqualTo(foldingByDefinition(text));
			}
		}
	}

	/** The definition: decompose, drop the marks, lower case, runs of other characters as one space, trimmed. */
	private static String foldingByDefinition(String text) {
		String decomposed = java.text.Normalizer.normalize(text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae"),
				java.text.Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
	}

	@Provide
	Arbitrary<String> frenchText() {
		return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
				Arbitraries.strings().withChars("aeiouAEIOU éèêëàâçôûùïîœŒæÆÉÈ'’-–_.,;:()/\\\t\n0123456789İß")
					.ofMaxLength(40),
				// Latin letters of every kind with combining accents and other scripts among them
				Arbitraries.strings().withCharRange('\u0000', '\u024F').withCharRange('\u0300', '\u036F')
					.withCharRange('\u0370', '\u03FF').withChars('\u1E9E', 'ﬁ', 'Ⅻ').ofMaxLength(40));
	}

	@Property
	void foldingIsIdempotent(@ForAll @StringLength(max = 60) String text) {
		String folded = Folding.fold(text);
		assertThat(Folding.fold(folded)).isEqualTo(folded);
		assertThat(folded).matches("[a-z0-9 ]*");
	}

	@Property
	void theMatchingKeyIsIdempotent(@ForAll @StringLength(max = 60) String name) {
		String key = Names.matchingKey(name);
		assertThat(Names.matchingKey(key)).isEqualTo(key);
	}

	@Property
	void amountsWrittenTheFrenchWayReadBack(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long cents) {
		BigDecimal amount = BigDecimal.valueOf(cents, 2);
		DecimalFormat french = new DecimalFormat("#,##0.00 €", DecimalFormatSymbols.getInstance(Locale.FRANCE));
		assertThat(FrenchNumbers.parse(french.format(amount))).hasValueSatisfying(
				parsed -> assertThat(parsed).isEqualByComparingTo(amount));
	}

	@Property
	void yearsOutsideTheObservatorysRangeAreRefused(@ForAll @IntRange(min = 1000, max = 2999) int year) {
		boolean valid = year >= Years.FIRST_YEAR && year <= 2026;
		assertThat(Years.parse(String.valueOf(year), 2026).isPresent()).isEqualTo(valid);
	}

}
