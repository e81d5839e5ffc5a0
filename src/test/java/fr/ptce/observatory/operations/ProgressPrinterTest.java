package fr.ptce.observatory.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress line a person reads while a long step runs: what is done out of what, the rate, the time left.
 */
class ProgressPrinterTest {

	@Test
	void aStepCountingFilesSaysTheFilesTheRowsTheRateAndTheTimeLeft() {
		RunProgress.Step reading = new RunProgress.Step("readRows", 25, 100, "fichiers", 50_000, tenSecondsAgo());

		String line = ProgressPrinter.line(reading);

		assertThat(line).startsWith("  Lecture des fichiers : 25 / 100 fichiers, 50\u202f000 lignes, ")
			.matches(".*, (4\u202f99\\d|5\u202f000) lignes/s, reste ≈ 30,\\d s");
	}

	@Test
	void aStepCountingRowsSaysThemOnce() {
		RunProgress.Step normalising = new RunProgress.Step("normaliseRows", 40_000, 200_000, "lignes", 40_000,
				tenSecondsAgo());

		assertThat(ProgressPrinter.line(normalising))
			.matches("  Normalisation des lignes : 40\u202f000 / 200\u202f000 lignes, (3\u202f99\\d|4\u202f000) lignes/s, reste ≈ 40,\\d s");
	}

	private static long tenSecondsAgo() {
		return System.nanoTime() - 10_000_000_000L;
	}

	@Test
	void noTimeLeftIsGuessedBeforeAnythingIsDone() {
		RunProgress.Step resolving = new RunProgress.Step("resolvePoles", 0, 20_000, "fiches", 0, System.nanoTime());

		assertThat(ProgressPrinter.line(resolving)).isEqualTo("  Résolution des pôles : 0 / 20\u202f000 fiches");
		assertThat(resolving.secondsLeft()).isEmpty();
		assertThat(resolving.fraction()).contains(0.0);
	}

}
