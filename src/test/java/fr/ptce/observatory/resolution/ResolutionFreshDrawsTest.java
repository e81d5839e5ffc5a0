package fr.ptce.observatory.resolution;

import java.nio.file.Path;

import fr.ptce.observatory.corpus.ResolutionCorpus;
import fr.ptce.observatory.corpus.Vocabulary;
import fr.ptce.observatory.operations.Runs;
import fr.ptce.observatory.resolution.ResolutionMeasurement.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import org.assertj.core.api.SoftAssertions;

/**
 * The resolution corpus of the tuning word lists drawn ten times more (seeds 20 to 29): poles, variants and networks
 * combined in ways seeds 11 and 13 never showed. Its words may be looked at, so these are in-sample figures; the
 * mistakes they show are fixed as classes, then checked on the blind and held-out parts
 * ({@link ResolutionGeneralisesTest}). First measured on 2026-12-01 (fourth session) before any rule: 2,040 « pôles
 * actifs » for 2,008 (+1.6 %), seed 24 losing two rows to « Le Vivier – Alpes-Maritimes » read as a territory; then
 * 2,035 (+1.3 %). The floors asserted are those of the other corpora; the headline of a draw stays within 4 %.
 */
@SpringBootTest
class ResolutionFreshDrawsTest {

	private final ResolutionMeasurement measurement;

	@Autowired
	ResolutionFreshDrawsTest(Runs runs, JdbcTemplate jdbc) {
		this.measurement = new ResolutionMeasurement(runs, jdbc);
	}

	@Test
	void theTuningWordListsDrawnAgainAreResolvedRight(@TempDir Path dir) {
		SoftAssertions softly = new SoftAssertions();
		int published = 0;
		int truth = 0;
		for (long seed = 20; seed < 30; seed++) {
			Path part = dir.resolve("seed-" + seed);
			Figures figures = this.measurement.measure(ResolutionCorpus.write(part, seed, Vocabulary.TUNING), part);
			published += figures.published();
			truth += figures.truthActive();
			System.out.printf("seed %d: pole F1 %s, merges %s, members %s, review %s, « pôles actifs » %d / %d (%s)%n", seed,
					ResolutionMeasurement.format(figures.poles().bcubedF1()),
					ResolutionMeasurement.format(figures.autoMergePrecision()),
					ResolutionMeasurement.format(figures.members().bcubedF1()),
					ResolutionMeasurement.format(figures.reviewShare()), figures.published(), figures.truthActive(),
					ResolutionMeasurement.percent(figures.publishedError()));
			ResolutionMeasurement.printMistakes("Seed " + seed, figures);
			softly.assertThat(figures.poles().bcubedF1()).as("seed %d: pole F1", seed).isGreaterThanOrEqualTo(0.985);
			softly.assertThat(figures.autoMergePrecision()).as("seed %d: merges", seed).isGreaterThanOrEqualTo(0.99);
			softly.assertThat(figures.members().bcubedF1()).as("seed %d: members", seed).isGreaterThanOrEqualTo(0.96);
			softly.assertThat(figures.reviewShare()).as("seed %d: review", seed).isLessThanOrEqualTo(0.02);
			softly.assertThat(figures.publishedError()).as("seed %d: headline", seed).isBetween(-0.04, 0.04);
			softly.assertThat(figures.rowsLost()).as("seed %d: rows lost", seed).isZero();
		}
		System.out.printf("ten draws: « pôles actifs » %d / %d (%s)%n", published, truth,
				ResolutionMeasurement.percent((double) (published - truth) / truth));
		softly.assertAll();
	}

}
