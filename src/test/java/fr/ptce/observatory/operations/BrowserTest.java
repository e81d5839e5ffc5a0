package fr.ptce.observatory.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.shared.ObservatoryProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst in a real browser (Debian's headless Chromium, installed by {@code .ci/run}): logs in, starts the
 * import, waits for it, says two doubtful poles are different on the review page, builds the report and
 * downloads it. A screenshot of each page is left in
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EnabledIf("chromiumInstalled")
class BrowserTest {

	/** The analyst accepts a proposed profile: it is saved in a copy of the project's jobs folder. */
	static final Path JOBS = Path.of("target/test-jobs-browser").toAbsolutePath();

	@DynamicPropertySource
	static void jobsCopy(DynamicPropertyRegistry registry) throws Exception {
		FileSystemUtils.deleteRecursively(JOBS);
		FileSystemUtils.copyRecursively(Path.of("jobs"), JOBS);
		registry.add("observatory.jobs-dir", JOBS::toString);
	}

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	@LocalServerPort
	int port;

	@Autowired
	ObservatoryProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	Path downloads;

	WebDriver browser;

	static boolean chromiumInstalled() {
		return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
	}

	@BeforeEach
	void openBrowser() throws Exception {
		TestDatabase.empty(this.jdbc);
		FileSystemUtils.copyRecursively(Path.of("input-samples"), this.properties.inbox());
		// a network no profile knows yet
		Files.createDirectories(this.properties.inbox().resolve("nouveau-reseau"));
		Files.writeString(this.properties.inbox().resolve("nouveau-reseau/recensement-2025.csv"), """
				Intitulé du projet;Dépt.;Ville du siège;État du projet;Observations
				Fabrique des Communs de Vierzon;18;Vierzon;en activité;créé en 2019
				Atelier Solidaire du Sancerrois;18;Sancerre;en projet;
				""");
		this.downloads = Files.createTempDirectory("telechargements");
		Files.createDirectories(SCREENSHOTS);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1000", "--lang=fr-FR");
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", this.downloads.toString());
		prefs.put("download.prompt_for_download", false);
		prefs.put("plugins.always_open_pdf_externally", true);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void anAnalystLogsInImportsBuildsTheReportAndDownloadsIt() throws Exception {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(90));
		open("/login");
		screenshot("connexion");
		this.browser.findElement(By.id("username")).sendKeys("analyste");
		this.browser.findElement(By.id("password")).sendKeys("analyste-test");
		this.browser.findElement(By.cssSelector("#login-form button")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));

		open("/executions");
		this.browser.findElement(By.id("start-import")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("feedback"), "lancée"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#runs tbody tr:first-child"),
				"terminée"));
		this.browser.findElement(By.id("year")).clear();
		this.browser.findElement(By.id("year")).sendKeys("2025");
		this.browser.findElement(By.id("start-report")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#runs tbody tr:first-child"),
				"Rapport annuel"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#runs tbody tr:first-child"),
				"terminée"));
		screenshot("executions");
		assertThat(this.browser.findElement(By.id("runs")).getText()).contains("Import des fichiers", "année : 2025")
			.containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}").doesNotContain("inbox =", "report", "Job")
			.doesNotContainPattern("\\b0 / \\d"); // finished steps give their counts, not a stalled « 0 / 44 »
		// a network to import again is picked among the known ones, not typed
		org.openqa.selenium.support.ui.Select networks = new org.openqa.selenium.support.ui.Select(
				this.browser.findElement(By.id("network")));
		assertThat(networks.getOptions().stream().map(WebElement::getText)).contains("Coorace", "CRESS Normandie");

		open("/fichiers");
		assertThat(this.browser.findElement(By.id("files")).getText()).contains("cress-normandie/ptce-normandie-2025.xlsx",
				"Le fichier est vide.");
		screenshot("fichiers");
		this.browser.findElement(By.cssSelector("a.proposal")).click();
		String proposal = this.browser.findElement(By.id("profil")).getAttribute("value");
		assertThat(proposal).contains("\"Intitulé du projet\": \"Nom du pôle\"", "\"Dépt.\": \"Département\"",
				"\"Ville du siège\": \"Commune\"").doesNotContain("feuille:");
		screenshot("profil-propose");
		this.browser.findElement(By.cssSelector("#profile-form button")).click();
		wait.until(ExpectedConditions.urlToBe(url("/executions")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#runs tbody tr:first-child"),
				"terminée"));
		assertThat(JOBS.resolve("sources/nouveau-reseau.yml")).exists();
		assertThat(Path.of("jobs/sources/nouveau-reseau.yml")).as("the project's own profiles are left alone").doesNotExist();
		open("/depot");
		screenshot("depot");

		open("/revue");
		assertThat(this.browser.findElements(By.cssSelector("section.pair"))).hasSize(1);
		assertThat(this.browser.findElement(By.id("count")).getText()).isEqualTo("1 paire à revoir, présentée ci-dessous.");
		screenshot("revue");
		this.browser.findElement(By.cssSelector("section.pair button.different")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "deux pôles différents"));
		assertThat(this.browser.findElements(By.cssSelector("section.pair"))).isEmpty();
		assertThat(this.browser.findElement(By.id("empty")).getText()).isEqualTo("Aucune paire à revoir.");

		// the directory: every pole, then a search as an analyst types it (accents, small words, a SIREN)
		open("/poles");
		assertThat(this.browser.findElement(By.id("count")).getText()).matches("\\d+ pôles trouvés\\.");
		this.browser.findElement(By.id("q")).sendKeys("pays de BRAY");
		this.browser.findElement(By.cssSelector("form.search button")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("count"), "2 pôles trouvés."));
		assertThat(this.browser.findElement(By.id("poles")).getText()).contains("PTCE Pays de Bray",
				"Le Cluster Vivre en Pays de Bray", "Seine-Maritime (76)", "Normandie").doesNotContain("Énergies");
		screenshot("poles");
		open("/poles?q=412+345+678");
		assertThat(this.browser.findElement(By.id("poles")).getText()).contains("PTCE Pays de Bray")
			.doesNotContain("Cluster");
		this.browser.findElement(By.cssSelector("#poles a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record")));
		String record = this.browser.findElement(By.id("record")).getText();
		assertThat(record).contains("Nom PTCE Pays de Bray", "Département Seine-Maritime (76)", "Région Normandie",
				"feuille").doesNotContain("null", "{");
		assertThat(this.browser.findElements(By.cssSelector("#rows tr"))).hasSizeGreaterThan(2);
		// year by year: the networks that declared it in 2025 and the status they declared
		assertThat(this.browser.findElement(By.id("years")).getText()).contains("2025", "actif")
			.doesNotContain("null");
		// its members as CRESS Normandie's sheet « Membres » lists them, the SIAE told
		assertThat(this.browser.findElements(By.cssSelector("#members tr"))).hasSize(4);
		assertThat(this.browser.findElement(By.id("members")).getText()).contains(
				"Communauté de communes des 4 rivières", "Les Jardins de Bray", "(SIAE)", "Université de Rouen Normandie",
				"2016").doesNotContain("Bray Bois", "null");
		screenshot("pole");
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('years').scrollIntoView()");
		screenshot("pole-annees");
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.getElementById('rows').scrollIntoView()");
		screenshot("pole-lignes");
		open("/api/poles/PTCE-000001");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("\"name\":\"PTCE Pays de Bray\"")
			.doesNotContain("\"laureates\":\"", "\"sectors\":\"") // lists (or null: not known), not array literals
			// names beside the codes, ISO 8601 instants, the year-by-year history and the members
			.contains("\"region\":\"28\"", "\"region_name\":\"Normandie\"", "\"departement_name\":\"Seine-Maritime\"",
					"\"years\":[{\"year\":2025", "\"members\":[{", "\"name\":\"Les Jardins de Bray\"")
			.containsPattern("\"created_at\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z\"");
		open("/api/poles?q=bray&region=44");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("\"total\":0");
		open("/api/poles?q=bray&region=28&reseau=Coorace&annee=2025");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("\"total\":1", "PTCE Pays de Bray");
		// by acronym, by status and département
		open("/api/poles?q=CVPB");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("\"total\":1",
				"Le Cluster Vivre en Pays de Bray");
		open("/api/poles?q=bray&departement=76&statut=actif");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("PTCE Pays de Bray")
			.doesNotContain("\"total\":0");
		open("/api/poles?q=bray&departement=27");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("\"total\":0");
		open("/api/poles?q=bray&annee=2024");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("\"total\":0");
		open("/api/poles?q=%C3%A9copole&taille=5");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).contains("\"total\":1", "Risle",
				"\"size\":5");

		open("/adresse-inconnue");
		assertThat(this.browser.findElement(By.id("error-title")).getText()).isEqualTo("Page introuvable");
		screenshot("page-introuvable");

		open("/");
		assertThat(this.browser.findElement(By.tagName("body")).getText()).containsPattern("\\d+ pôles connus\\.")
			.contains("lignes lues").doesNotContain("(s)", "(x)");
		// the latest report's charts, loaded (a broken image has no natural width)
		List<WebElement> charts = this.browser.findElements(By.cssSelector("#latest .charts img"));
		assertThat(charts).hasSizeGreaterThanOrEqualTo(5);
		wait.until(driver -> charts.stream().allMatch(chart -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor)
			driver).executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", chart))));
		assertThat(this.browser.findElements(By.cssSelector("#latest h2")).stream().map(WebElement::getText))
			.containsExactly("Chiffres clés 2025", "Le rapport 2025 en graphiques");
		// the key figures of the report's first page, each with its coverage
		String keyFigures = this.browser.findElement(By.id("key-figures")).getText();
		assertThat(keyFigures).containsPattern("Pôles actifs en 2025 \\d+ \\(couverture : \\d+ pôles?\\)")
			.contains("Fichiers de réseaux reçus", "Part des pôles portés par une association")
			.doesNotContain("null", "(s)");
		assertThat(this.browser.findElements(By.cssSelector("#key-figures tr"))).hasSize(8);
		screenshot("rapports");
		this.browser.findElement(By.linkText("rapport.pdf")).click();
		Path pdf = this.downloads.resolve("ptce-2025-rapport.pdf");
		wait.until(driver -> Files.exists(pdf) && noPartialDownload());
		assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes());

		// the analysts' page of the networks' accounts: a new account, its password shown once
		open("/comptes");
		this.browser.findElement(By.id("identifiant")).sendKeys("rtes-1");
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("reseau"))).selectByVisibleText("RTES");
		this.browser.findElement(By.cssSelector("#create-form button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
		assertThat(this.browser.findElement(By.id("message")).getText()).contains("Compte « rtes-1 » créé pour RTES",
				"affiché cette fois seulement");
		assertThat(this.browser.findElement(By.id("accounts")).getText()).contains("rtes-1", "actif");
		screenshot("comptes");

		// a network logs in and lands on its own space: its file, its verdict, its feedback, nothing of the others
		logInAgain(wait, "cress-normandie", "normandie-test", "/reseau");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Espace du réseau CRESS Normandie");
		assertThat(this.browser.findElement(By.id("files")).getText()).contains("cress-normandie/ptce-normandie-2025.xlsx",
				"2 en quarantaine").doesNotContain("coorace");
		assertThat(this.browser.findElement(By.tagName("nav")).getText()).contains("Mon réseau")
			.doesNotContain("Exécutions", "Revue");
		screenshot("reseau");
		this.browser.findElement(By.cssSelector("#poles-link a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("poles")));
		this.browser.findElement(By.linkText("PTCE Pays de Bray")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record")));
		assertThat(this.browser.findElement(By.id("record")).getText()).contains("Valeur retenue", "Votre valeur",
				"votre valeur est retenue").doesNotContain("null");
		assertThat(this.browser.findElement(By.id("members")).getText()).contains("Les Jardins de Bray");
		screenshot("reseau-pole");
		// it proposes a correction, which waits for an analyst
		new org.openqa.selenium.support.ui.Select(this.browser.findElement(By.id("champ"))).selectByVisibleText("Site web");
		this.browser.findElement(By.id("valeur")).sendKeys("https://bray.example.org");
		this.browser.findElement(By.cssSelector("#correction-form button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
		assertThat(this.browser.findElement(By.id("corrections")).getText()).contains("Site web",
				"https://bray.example.org", "en attente");
		screenshot("reseau-correction");
		// and sends next year's file from its space
		Path next = Files.createTempDirectory("envoi").resolve("poles-2026.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = Files.newOutputStream(next)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("Pôles");
			List<String> header = List.of("Nom du pôle", "Code postal", "Commune", "Statut", "Année d'observation");
			List<String> pole = List.of("PTCE Pays de Bray", "76220", "Gournay-en-Bray", "actif", "2026");
			org.apache.poi.ss.usermodel.Row first = sheet.createRow(0);
			org.apache.poi.ss.usermodel.Row second = sheet.createRow(1);
			for (int column = 0; column < header.size(); column++) {
				first.createCell(column).setCellValue(header.get(column));
				second.createCell(column).setCellValue(pole.get(column));
			}
			workbook.write(out);
		}
		open("/reseau");
		this.browser.findElement(By.id("fichier")).sendKeys(next.toString());
		this.browser.findElement(By.cssSelector("#upload-form button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
		assertThat(this.browser.findElement(By.id("message")).getText()).contains("Fichier reçu : poles-2026.xlsx",
				"Sa lecture a commencé");
		// read at once: the verdict shows within seconds
		WebDriverWait fewSeconds = new WebDriverWait(this.browser, Duration.ofSeconds(5));
		fewSeconds.until(driver -> {
			open("/reseau");
			return driver.findElement(By.id("files")).getText().contains("cress-normandie/poles-2026.xlsx")
					&& driver.findElement(By.id("files")).getText().contains("Importé : 1 ligne lue");
		});
		screenshot("reseau-envoi");

		// the analyst approves it: the published record changes
		logInAgain(wait, "analyste", "analyste-test", "/");
		open("/corrections");
		assertThat(this.browser.findElement(By.id("corrections")).getText()).contains("PTCE Pays de Bray",
				"https://bray.example.org", "cress-normandie (CRESS Normandie)");
		screenshot("corrections");
		this.browser.findElement(By.cssSelector("#corrections button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("message")));
		assertThat(this.browser.findElement(By.id("empty")).getText()).isEqualTo("Aucune correction en attente.");
		open("/poles?q=412+345+678");
		this.browser.findElement(By.cssSelector("#poles a")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record")));
		assertThat(this.browser.findElement(By.id("record")).getText()).contains("https://bray.example.org",
				"valeur fixée par cress-normandie (CRESS Normandie), approuvée par analyste");
	}

	/** Logs out, then in with the login form as another account, which lands on {@code landing}. */
	private void logInAgain(WebDriverWait wait, String user, String password, String landing) {
		this.browser.findElement(By.cssSelector("nav form button")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(user);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("#login-form button")).click();
		wait.until(ExpectedConditions.urlToBe(url(landing)));
	}

	private boolean noPartialDownload() {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.noneMatch(file -> file.toString().endsWith(".crdownload"));
		}
		catch (java.io.IOException ex) {
			return false;
		}
	}

	private void open(String path) {
		this.browser.get(url(path));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void screenshot(String name) throws Exception {
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		Files.write(SCREENSHOTS.resolve(name + ".png"), png);
	}

}
