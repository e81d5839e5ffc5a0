package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import fr.ptce.observatory.ObservatoryProperties;
import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorCalculator;
import fr.ptce.observatory.indicators.IndicatorValue;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the report of a year: computes its indicators, stores them, and writes the PDF, the XLSX, the open
 * data CSV and the charts into a folder of their own. The files are written aside and moved in place at
 * the end, so a failed build leaves the previous report of the year as it was.
 */
@Service
public class ReportPublisher {

	static final String REGIONS_CHART = "graphique-poles-par-region.png";

	static final String LEGAL_FORMS_CHART = "graphique-formes-juridiques.png";

	private final JdbcTemplate jdbc;

	private final IndicatorCalculator calculator;

	private final Reports reports;

	private final Path reportsDir;

	public ReportPublisher(JdbcTemplate jdbc, IndicatorCalculator calculator, Reports reports,
			ObservatoryProperties properties) {
		this.jdbc = jdbc;
		this.calculator = calculator;
		this.reports = reports;
		this.reportsDir = properties.reportsDir().toAbsolutePath();
	}

	/** Builds and stores the report of a year (its yearly facts must be built). */
	@Transactional
	public Report publish(int year, long executionId) {
		Path yearDir = this.reportsDir.resolve(String.valueOf(year));
		long reportId = this.reports.create(year, executionId, yearDir);
		List<IndicatorValue> indicators = this.calculator.compute(year);
		this.jdbc.batchUpdate("insert into indicator_value (report_id, indicator, dimension, value, coverage) values (?, ?, ?, ?, ?)",
				indicators.stream()
					.map(value -> new Object[] { reportId, value.indicator().code(), value.dimension(), value.value(),
							value.coverage() })
					.toList());
		ReportData data = new ReportData(year, executionId, OffsetDateTime.now(), softwareVersion(), indicators,
				poles(year), files());
		Path directory = yearDir.resolve(String.valueOf(reportId));
		try {
			List<String> files = writeFiles(data, yearDir.resolve(reportId + ".partial"), directory);
			this.reports.complete(reportId, directory, files);
			return this.reports.current(year).orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Le rapport " + year + " n'a pas pu être écrit dans " + yearDir
					+ " : " + ex.getMessage() + ". Le rapport précédent reste disponible.", ex);
		}
	}

	private List<String> writeFiles(ReportData data, Path partial, Path directory) throws IOException {
		deleteTree(partial);
		Files.createDirectories(partial);
		List<String> files = new ArrayList<>();
		List<PdfReport.Section> sections = sections(data);
		for (PdfReport.Section section : sections) {
			if (section.chart() != null) {
				String name = (section.indicator() == Indicator.POLES_ACTIFS_PAR_REGION) ? REGIONS_CHART
						: LEGAL_FORMS_CHART;
				Charts.writePng(section.chart(), partial.resolve(name));
				files.add(name);
			}
		}
		PdfReport.write(data, sections, partial.resolve(Report.PDF));
		files.add(0, Report.PDF);
		XlsxReport.write(data, partial.resolve(Report.XLSX));
		files.add(1, Report.XLSX);
		OpenDataCsv.writePoles(data, partial.resolve(OpenDataCsv.POLES));
		OpenDataCsv.writeIndicators(data, partial.resolve(OpenDataCsv.INDICATORS));
		files.addAll(2, List.of(OpenDataCsv.POLES, OpenDataCsv.INDICATORS));
		deleteTree(directory);
		Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
		return files;
	}

	private static List<PdfReport.Section> sections(ReportData data) {
		List<PdfReport.Section> sections = new ArrayList<>();
		IndicatorValue active = data.single(Indicator.POLES_ACTIFS);
		int activeCount = (active != null) ? active.value().intValue() : 0;
		sections.add(new PdfReport.Section(Indicator.POLES_ACTIFS,
				"En " + data.year() + ", " + activeCount + " pôle(s) territoriaux de coopération économique sont actifs "
						+ "selon les fichiers des réseaux.",
				null, data.values(Indicator.POLES_ACTIFS)));
		List<IndicatorValue> byRegion = data.values(Indicator.POLES_ACTIFS_PAR_REGION);
		if (!byRegion.isEmpty()) {
			IndicatorValue first = byRegion.get(0);
			sections.add(new PdfReport.Section(Indicator.POLES_ACTIFS_PAR_REGION,
					"La région qui compte le plus de pôles actifs en " + data.year() + " est " + first.dimension()
							+ " avec " + first.value().intValue() + " pôle(s), sur " + first.coverage()
							+ " pôles dont la région est connue.",
					Charts.bars("Pôles actifs par région, " + data.year(), "Pôles", byRegion), byRegion));
		}
		List<IndicatorValue> perMillion = data.values(Indicator.POLES_PAR_MILLION_HABITANTS);
		if (!perMillion.isEmpty()) {
			sections.add(new PdfReport.Section(Indicator.POLES_PAR_MILLION_HABITANTS,
					"Rapporté à la population, le nombre de pôles actifs par million d'habitants varie d'une région à "
							+ "l'autre (population municipale du découpage administratif officiel).",
					null, perMillion));
		}
		List<IndicatorValue> legalForms = data.values(Indicator.FORME_JURIDIQUE);
		IndicatorValue associative = data.single(Indicator.PART_FORME_ASSOCIATIVE);
		if (!legalForms.isEmpty() && associative != null) {
			List<IndicatorValue> values = new ArrayList<>(legalForms);
			values.add(associative);
			sections.add(new PdfReport.Section(Indicator.FORME_JURIDIQUE,
					associative.value().toPlainString().replace('.', ',') + " % des pôles actifs dont la forme est "
							+ "connue sont portés par une association (" + associative.coverage() + " pôles renseignés).",
					Charts.bars("Forme juridique de la structure porteuse, " + data.year(), "Pôles", legalForms),
					values));
		}
		return sections;
	}

	private List<ReportData.PublicPole> poles(int year) {
		return this.jdbc.query("""
				select p.*, y.status as year_status from pole p join pole_year y on y.pole_id = p.id and y.year = ?
				order by p.id""",
				(rs, n) -> new ReportData.PublicPole(rs.getString("id"), rs.getString("name"), rs.getString("acronym"),
						rs.getString("carrier_name"), rs.getString("siret"), rs.getString("legal_form"),
						rs.getString("postal_code"), rs.getString("commune"), rs.getString("departement"),
						rs.getString("region"), (Integer) rs.getObject("creation_year"), rs.getString("year_status"),
						rs.getString("website")),
				year);
	}

	private List<ReportData.InputFile> files() {
		return this.jdbc.query("select name, sha256, status, verdict from source_file order by id",
				(rs, n) -> new ReportData.InputFile(rs.getString("name"), rs.getString("sha256"), rs.getString("status"),
						rs.getString("verdict")));
	}

	static String softwareVersion() {
		return Optional.ofNullable(ReportPublisher.class.getPackage().getImplementationVersion()).orElse("développement");
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
