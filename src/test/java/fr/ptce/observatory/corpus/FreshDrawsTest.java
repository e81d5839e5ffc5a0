package fr.ptce.observatory.corpus;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tuning vocabulary drawn twenty times more (seeds 20 to 39): layouts, headers and placeholders combined in ways
 * seed 1 never showed. Its words may go into the reader, so these are in-sample figures; the mistakes they show are
 * looked at and fixed as classes, then checked on the validation and held-out parts ({@link ReadingGeneralisesTest}).
 * Measured on 2026-12-01 (third session) before its last two rules: seed 37 lost 12 rows to an « Observations »
 * column taken for the names while « Nom usuel » was read as nothing; then no seed but 29 loses a row to a header.
 */
class FreshDrawsTest {

	@Test
	void theTuningVocabularyDrawnAgainIsReadRight(@TempDir Path dir) {
		for (long seed = 20; seed < 40; seed++) {
			Path part = dir.resolve("seed-" + seed);
			ReadingQuality quality = ReadingQuality.of(part, NetworkCorpus.write(part, seed, Vocabulary.TUNING));
			System.out.printf("seed %d: %d / %d files right, %d of %d pole rows lost, placeholders %.3f / %.3f, "
					+ "columns %.3f%n", seed, quality.rightVerdicts, quality.files, quality.poleRowsLost, quality.poleRows,
					quality.placeholderRecall(), quality.placeholderPrecision(), quality.columnShare());
			quality.mistakes.stream().filter(mistake -> !mistake.contains("pris pour un pôle"))
				.forEach(mistake -> System.out.println("  " + mistake));
			// left, each once: seed 29's file whose headers (« Implantation: », « Numéro d'association: ») the reader
			// does not know and whose sparse rows do not show it by content (55 rows); seed 33's « PTCE DE FEUILLÈRES »
			// taken for a reference to a sheet (« feuille »); regions written where départements are expected
			assertThat(quality.rightVerdicts).as("seed %d: files", seed).isGreaterThanOrEqualTo(quality.files - 1);
			assertThat(quality.poleRowsLost).as("seed %d: rows lost", seed).isLessThanOrEqualTo(60);
			assertThat(quality.placeholderPrecision()).as("seed %d: placeholder precision", seed).isGreaterThanOrEqualTo(0.99);
			assertThat(quality.columnShare()).as("seed %d: columns", seed).isGreaterThanOrEqualTo(0.98);
		}
	}

}
