package fr.ptce.observatory.operations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress line a person reads while a long step runs: what is done out of what, the rate, the time left.
 */
class ProgressPrinterTest {

	@Test
	void aStepCountingFilesSaysTheFilesTheRowsTheRateAndTheTimeLeft() {
		RunProgress.Step reading = step("readRows", 25, 100, "fichiers", 50_000);

		String line = ProgressPrinter.line(reading);

		assertThat(line).startsWith("  Lecture des fichiers : 25 / 100 fichiers, 50\u202f000 lignes, ")
			.matches(".*, (4\u202f99\\d|5\u202f000) lignes/s, reste ≈ 30,\\d s");
	}

	@Test
	void aStepCountingRowsSaysThemOnce() {
		RunProgress.Step normalising = step("normaliseRows", 40_000, 200_000, "lignes", 40_000);

		assertThat(ProgressPrinter.line(normalising))
			.matches("  Normalisation des lignes : 40\u202f000 / 200\u202f000 lignes, (3\u202f99\\d|4\u202f000) lignes/s, reste ≈ 40,\\d s");
	}

	/** A step started ten seconds ago, in one phase. */
	private static RunProgress.Step step(String name, long done, long total, String unit, long rows) {
		long tenSecondsAgo = System.nanoTime() - 10_000_000_000L;
		return new RunProgress.Step(name, done, total, unit, rows, 0, tenSecondsAgo, tenSecondsAgo);
	}

	@Test
	void aSecondPhaseHasItsOwnRateAndTotal() {
		long now = System.nanoTime();
		// 24,000 records resolved in the first phase; 50,000 of 200,000 member rows in the 10 s of the second
		RunProgress.Step members = new RunProgress.Step("resolvePoles", 50_000, 200_000, "lignes de membres",
				74_000, 24_000, now - 30_000_000_000L, now - 10_000_000_000L);

		assertThat(ProgressPrinter.line(members)).matches("  Résolution des pôles : 50\u202f000 / 200\u202f000 "
				+ "lignes de membres, (4\u202f99\\d|5\u202f000) lignes de membres/s, reste ≈ 30,\\d s");
	}

	@Test
	void noTimeLeftIsGuessedBeforeAnythingIsDone() {
		RunProgress.Step resolving = new RunProgress.Step("resolvePoles", 0, 20_000, "fiches", 0, 0, System.nanoTime(),
				System.nanoTime());

		assertThat(ProgressPrinter.line(resolving)).isEqualTo("  Résolution des pôles : 0 / 20\u202f000 fiches");
		assertThat(resolving.secondsLeft()).isEmpty();
		assertThat(resolving.fraction()).contains(0.0);
	}

}
