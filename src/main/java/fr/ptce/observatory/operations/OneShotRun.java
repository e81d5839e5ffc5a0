package fr.ptce.observatory.operations;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import fr.ptce.observatory.ingestion.FileStatus;
import fr.ptce.observatory.provenance.Lineage;
import fr.ptce.observatory.reporting.Report;
import fr.ptce.observatory.reporting.Reports;
import fr.ptce.observatory.reporting.ReviewExport;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one-shot mode for cron and scripts: {@code run --inbox DIR [--year Y] [--out DIR]} imports the inbox,
 * resolves, writes the lineage of every row read ({@code lineage.csv}) and the pairs of poles waiting for an analyst
 * ({@code revue.csv}), and builds the report of the year (by
 * default the latest observed) into the output folder, prints
 * where each file is, and exits with 0, or with a non-zero status and a clear message.
 */
@Component
@Profile(OneShotRun.PROFILE)
public class OneShotRun implements ApplicationRunner, ExitCodeGenerator {

	public static final String COMMAND = "run";

	public static final String PROFILE = "oneshot";

	public static final int USAGE_ERROR = 2;

	static final int RUN_FAILED = 1;

	/** What {@code --help} prints, for both ways of starting the observatory. */
	public static final String USAGE = """
			Usage :
			  java -jar observatoire-ptce.jar
			      démarre le service web (http://localhost:8080/) et les imports programmés
			  java -jar observatoire-ptce.jar run --inbox DOSSIER [--year ANNÉE] [--out DOSSIER]
			      importe les fichiers du dossier, produit le rapport de l'année et s'arrête
			Options de run :
			  --inbox DOSSIER   dossier des fichiers des réseaux (obligatoire)
			  --year ANNÉE      année du rapport (par défaut, la dernière année observée jusqu'à l'année en cours)
			  --out DOSSIER     dossier du rapport, de lineage.csv et de revue.csv (par défaut : rapport)
			  --help            affiche cette aide
			Toute propriété de configuration se passe aussi en option, par exemple --observatory.jobs-dir=DOSSIER.
			""";

	/** The one-shot run's own options; any other with a dot in its name is a configuration property. */
	private static final Set<String> OPTIONS = Set.of("inbox", "year", "out", "debug", "trace");

	/** Whether the command line asks for help, whichever mode it names. */
	public static boolean wantsHelp(String[] args) {
		return Arrays.stream(args).anyMatch(arg -> arg.equals("--help") || arg.equals("-h") || arg.equals("--aide"));
	}

	private final Runs runs;

	private final Reports reports;

	private final JdbcTemplate jdbc;

	/** Where results go: standard output as it was before the logs were sent to standard error. */
	private static volatile PrintStream results;

	private final PrintStream out;

	private final RunProgress progress;

	private int exitCode;

	private final Lineage lineage;

	private final ReviewExport review;

	private final ReportYear reportYear;

	OneShotRun(Runs runs, ReportYear reportYear, Reports reports, JdbcTemplate jdbc, Lineage lineage,
			ReviewExport review, RunProgress progress) {
		this.reportYear = reportYear;
		this.review = review;
		this.out = (results != null) ? results : System.out;
		this.progress = progress;
		this.runs = runs;
		this.lineage = lineage;
		this.reports = reports;
		this.jdbc = jdbc;
	}

	/**
	 * Keeps standard output for the run's results: what is written to {@code System.out} from now on (the logs)
	 * goes to standard error. Call it before the application starts.
	 */
	public static void keepStandardOutputForResults() {
		results = System.out;
		System.setOut(System.err);
	}

	/** The command's options as Spring reads them: {@code --inbox DIR} becomes {@code --inbox=DIR}. */
	public static String[] options(String[] args) {
		List<String> options = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			boolean takesValue = arg.startsWith("--") && !arg.contains("=") && i + 1 < args.length
					&& !args[i + 1].startsWith("--");
			options.add(takesValue ? arg + "=" + args[++i] : arg);
		}
		return options.toArray(String[]::new);
	}

	/**
	 * Why the command's options (as {@link #options(String[])} writes them) cannot run, in French; empty when they
	 * can. Checked before anything starts, so that a mistyped command answers at once.
	 */
	public static Optional<String> usageError(String[] options) {
		ApplicationArguments arguments = new DefaultApplicationArguments(options);
		List<String> unknown = new ArrayList<>(arguments.getNonOptionArgs());
		arguments.getOptionNames().stream()
			.filter(name -> !OPTIONS.contains(name) && !name.contains("."))
			.sorted()
			.forEach(name -> unknown.add("--" + name));
		if (!unknown.isEmpty()) {
			return Optional.of("Option inconnue : " + String.join(", ", unknown) + ". Les options de run sont --inbox, "
					+ "--year et --out (--help pour l'aide).");
		}
		List<String> inbox = arguments.getOptionValues("inbox");
		if (inbox == null || inbox.size() != 1 || !Files.isDirectory(Path.of(inbox.get(0)))) {
			return Optional.of("Usage : run --inbox DOSSIER [--year ANNÉE] [--out DOSSIER] ; "
					+ "--inbox doit désigner un dossier existant.");
		}
		String year = single(arguments, "year", "");
		if (arguments.containsOption("year") && !year.matches("\\d{4}")) {
			return Optional.of("--year doit être une année, par exemple --year 2025.");
		}
		return Optional.empty();
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (wantsHelp(arguments.getSourceArgs())) {
			this.out.print(USAGE);
			return;
		}
		Optional<String> usage = usageError(arguments.getSourceArgs());
		if (usage.isPresent()) {
			fail(USAGE_ERROR, usage.get());
			return;
		}
		List<String> inbox = arguments.getOptionValues("inbox");
		String yearOption = single(arguments, "year", null);
		Path outDir = Path.of(single(arguments, "out", "rapport"));
		try (ProgressPrinter printer = new ProgressPrinter(this.progress, System.err, Duration.ofSeconds(2))) {
			this.runs.importInbox(Path.of(inbox.get(0)));
			printFiles();
			Files.createDirectories(outDir);
			Path lineageFile = outDir.resolve("lineage.csv");
			try (java.io.Writer writer = Files.newBufferedWriter(lineageFile, java.nio.charset.StandardCharsets.UTF_8)) {
				this.lineage.write(writer);
			}
			this.out.println("Lignée des lignes lues : " + lineageFile.toAbsolutePath());
			Path reviewFile = outDir.resolve("revue.csv");
			int pairs;
			try (java.io.Writer writer = Files.newBufferedWriter(reviewFile, java.nio.charset.StandardCharsets.UTF_8)) {
				pairs = this.review.write(writer);
			}
			this.out.println("Paires de pôles à revoir : " + pairs + " (" + reviewFile.toAbsolutePath() + ")");
			List<Integer> observed = this.reportYear.observed(); // latest first
			Integer year = (yearOption != null) ? Integer.valueOf(yearOption)
					: this.reportYear.toReport().orElse(null);
			if (year == null) {
				fail(RUN_FAILED, "Aucun pôle importé : pas de rapport à produire.");
				return;
			}
			if (!observed.contains(year)) {
				// a report of a year no file describes would publish zeros as if they were counts
				fail(USAGE_ERROR, "Aucun pôle observé en " + year + " : pas de rapport. Années observées : "
						+ observed.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ".");
				return;
			}
			this.runs.report(year);
			Report report = this.reports.current(year).orElseThrow();
			Files.createDirectories(outDir);
			this.out.println("Rapport " + year + " :");
			for (String name : report.files()) {
				Path target = outDir.resolve(name);
				Files.copy(report.directory().resolve(name), target, StandardCopyOption.REPLACE_EXISTING);
				this.out.println("  " + target.toAbsolutePath());
			}
		}
		catch (IOException | RuntimeException ex) {
			fail(RUN_FAILED, "Échec : " + ex.getMessage());
		}
	}

	private void printFiles() {
		this.out.println("Fichiers :");
		this.jdbc.query("select name, status, verdict from received_file order by received_at, id", rs -> {
			String status = rs.getString("status");
			this.out.println("  " + rs.getString("name") + " : "
					+ (FileStatus.REJECTED.name().equals(status) ? "REJETÉ — " : "") + rs.getString("verdict"));
		});
	}

	private static String single(ApplicationArguments arguments, String name, String fallback) {
		List<String> values = arguments.getOptionValues(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(0);
	}

	private void fail(int code, String message) {
		System.err.println(message);
		this.exitCode = code;
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
