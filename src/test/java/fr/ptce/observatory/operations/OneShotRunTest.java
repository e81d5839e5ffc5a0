package fr.ptce.observatory.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.ptce.observatory.ObservatoryApplication;
import fr.ptce.observatory.ingestion.SourceProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one-shot mode as cron runs it: {@code run --inbox DIR --out DIR}, with its exit status.
 */
class OneShotRunTest {

	@TempDir
	Path out;

	@Test
	void importsBuildsTheReportIntoTheOutFolderAndExitsWithZero() throws Exception {
		int status = run("--inbox", "input-samples", "--out", this.out.toString());

		assertThat(status).isZero();
		assertThat(this.out.resolve("rapport.pdf")).isNotEmptyFile();
		assertThat(this.out.resolve("indicateurs.xlsx")).isNotEmptyFile();
		assertThat(Files.readAllLines(this.out.resolve("poles.csv"))).hasSize(21);
	}

	@Test
	void writesTheLineageOfEveryRowReadBesideTheReport() throws Exception {
		assertThat(run("--inbox", "input-samples", "--out", this.out.toString())).isZero();

		List<String> lineage = Files.readAllLines(this.out.resolve("lineage.csv"), StandardCharsets.UTF_8);
		assertThat(lineage.get(0)).startsWith("file,sheet,row,kind,pole_id,member_id,status,reason");
		// 47 rows read from the 7 imported files (32 pole rows, 15 of the panorama) and 5 member rows
		assertThat(lineage).hasSize(1 + 47);
		assertThat(lineage).contains("cress-normandie/ptce-normandie-2025.xlsx,Pôles,10,pole,,,quarantined,"
				+ "Nom du pôle absent.,,,CRESS Normandie,imported");
		assertThat(lineage).anySatisfy(line -> assertThat(line)
			.matches("cress-normandie/ptce-normandie-2025.xlsx,Membres,2,membre,PTCE-\\d{6},MBR-\\d{6},accepted,.*"));
		assertThat(lineage.stream().skip(1).filter(line -> line.contains(",pole,")).map(line -> line.split(",")[6])
			.distinct()).containsExactlyInAnyOrder("accepted", "merged", "quarantined", "ignored");

		List<String> review = Files.readAllLines(this.out.resolve("revue.csv"), StandardCharsets.UTF_8);
		assertThat(review.get(0)).isEqualTo("paire,pole_a,nom_a,commune_a,reseaux_a,pole_b,nom_b,commune_b,reseaux_b,"
				+ "score,explication");
		// the pair of the samples the gold set leaves to analysts (Bray: one carrier), with its explanation; the
		// Vosges look-alikes share only their commune and are not asked about
		assertThat(review).hasSize(1 + 1);
		assertThat(review.get(1)).matches("\\d+,PTCE-\\d{6},.*,PTCE-\\d{6},.*,\\d+\\.\\d{2},\"?nom : .*");
	}

	@Test
	void printsEachStepAndItsProgressInFrenchOnStandardErrorAndOnlyResultsOnStandardOutput() throws Exception {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
		java.io.PrintStream stdout = System.out;
		java.io.PrintStream stderr = System.err;
		System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			assertThat(run("--inbox", "input-samples", "--out", this.out.toString())).isZero();
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}

		String progress = err.toString(StandardCharsets.UTF_8);
		assertThat(progress).containsSubsequence("Découverte des fichiers…", "Lecture des fichiers…",
				"Normalisation des lignes…", "Résolution des pôles…", "Verdicts des fichiers…", "Faits annuels…",
				"Publication du rapport…");
		assertThat(progress.lines().filter(line -> line.startsWith("  terminé en "))).hasSize(7);
		assertThat(progress).contains("terminé en").containsPattern("\\(\\d+ lignes\\)");
		String results = out.toString(StandardCharsets.UTF_8);
		assertThat(results).contains("Fichiers :", "Rapport ").doesNotContain("Lecture des fichiers", "terminé en");
	}

	@Test
	void aMissingInboxIsAUsageError() {
		assertThat(run("--inbox", this.out.resolve("absent").toString())).isEqualTo(OneShotRun.USAGE_ERROR);
	}

	@Test
	void aYearThatIsNotANumberIsAUsageError() {
		assertThat(run("--inbox", "input-samples", "--year", "abc")).isEqualTo(OneShotRun.USAGE_ERROR);
		assertThat(Path.of("rapport")).as("a usage error does nothing").doesNotExist();
	}

	@Test
	void anUnknownOptionIsAUsageErrorNamingIt() {
		assertThat(run("--inbox", "input-samples", "--anne", "2025")).isEqualTo(OneShotRun.USAGE_ERROR);
		assertThat(run("--inbox", "input-samples", "rapport")).as("a word that is no option").isEqualTo(OneShotRun.USAGE_ERROR);
		assertThat(Path.of("rapport")).as("a usage error does nothing").doesNotExist();
	}

	@Test
	void usageErrorsAreFoundFromTheCommandLineAlone() {
		assertThat(OneShotRun.usageError(OneShotRun.options(new String[] { "--inbox", "input-samples", "--anne", "2025" })))
			.hasValueSatisfying(reason -> assertThat(reason).startsWith("Option inconnue : --anne."));
		assertThat(OneShotRun.usageError(OneShotRun.options(new String[] { "--inbox", "absent" })))
			.hasValueSatisfying(reason -> assertThat(reason).contains("--inbox doit désigner un dossier existant"));
		assertThat(OneShotRun.usageError(OneShotRun.options(new String[] { "--inbox", "input-samples", "--year", "l'an" })))
			.hasValueSatisfying(reason -> assertThat(reason).contains("--year doit être une année"));
		assertThat(OneShotRun.usageError(OneShotRun.options(new String[] { "--inbox", "input-samples", "--year" })))
			.as("a year option without its year").isPresent();
		// Spring's own settings pass, as a cron line may give them
		assertThat(OneShotRun.usageError(OneShotRun.options(new String[] { "--inbox", "input-samples", "--year", "2025",
				"--out", "rapport", "--spring.datasource.url=jdbc:postgresql://db/observatoire" }))).isEmpty();
	}

	@Test
	void aYearNoFileDescribesGetsNoReport() {
		assertThat(run("--inbox", "input-samples", "--year", "1900", "--out", this.out.toString()))
			.isEqualTo(OneShotRun.USAGE_ERROR);
		assertThat(this.out.resolve("rapport.pdf")).as("no empty « Rapport annuel 1900 »").doesNotExist();
	}

	@Test
	void helpIsAskedForInEitherMode() {
		assertThat(OneShotRun.wantsHelp(new String[] { "--help" })).isTrue();
		assertThat(OneShotRun.wantsHelp(new String[] { "run", "-h" })).isTrue();
		assertThat(OneShotRun.wantsHelp(new String[] { "run", "--inbox", "x" })).isFalse();
		assertThat(OneShotRun.USAGE).contains("run --inbox DOSSIER", "--year ANNÉE", "--out DOSSIER", "service web")
			.doesNotContainIgnoringCase("usage: ");
		assertThat(run("--help")).as("help is no failure").isZero();
	}

	@Test
	void aSourceProfileWithAMistakeStopsTheStartUpSayingWhichLine(@TempDir Path jobs) throws Exception {
		Files.createDirectories(jobs.resolve("sources"));
		Files.writeString(jobs.resolve("sources/reseau.yml"), "reseau: Réseau\ndossier: reseau\npriorité: 80\n");

		assertThatThrownBy(() -> run("--inbox", "input-samples", "--observatory.jobs-dir=" + jobs))
			.hasRootCauseInstanceOf(SourceProfiles.InvalidProfileException.class)
			.rootCause()
			.hasMessageContaining("reseau.yml, ligne 3 : clé « priorité » inconnue");
	}

	@Test
	void aConfiguredJobsFolderThatDoesNotExistStopsTheStartUpWithItsPath(@TempDir Path parent) {
		Path missing = parent.resolve("jobs-absent");

		assertThatThrownBy(() -> run("--inbox", "input-samples", "--observatory.jobs-dir=" + missing))
			.rootCause()
			.hasMessageContaining("Le dossier jobs configuré (observatory.jobs-dir) est introuvable : " + missing);
	}

	@Test
	void optionsAreReadWithOrWithoutEqualsSign() {
		assertThat(OneShotRun.options(new String[] { "--inbox", "a b", "--year=2024", "--out", "x" }))
			.containsExactly("--inbox=a b", "--year=2024", "--out=x");
	}

	private static int run(String... args) {
		SpringApplication application = new SpringApplication(ObservatoryApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setAdditionalProfiles(OneShotRun.PROFILE);
		try (ConfigurableApplicationContext context = application.run(OneShotRun.options(args))) {
			return SpringApplication.exit(context);
		}
	}

}
