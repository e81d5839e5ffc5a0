package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.shared.SafeCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open data: poles (public fields only) and indicators in long form, UTF-8, comma-separated, described
 * by a Data Package with their Table Schemas; the same two tables again for French Excel ({@link Dialect}).
 */
final class OpenDataCsv {

	static final String POLES = "poles.csv";

	static final String INDICATORS = "indicateurs.csv";

	static final String DATA_PACKAGE = "datapackage.json";

	static final String[] INDICATOR_HEADERS = { "annee", "indicateur", "dimension", "valeur", "couverture" };

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private OpenDataCsv() {
	}

	/**
	 * How a CSV file is written: the open-data standard (comma, decimal point, no byte order mark), or the variant
	 * French Excel opens by a double click (semicolon, decimal comma, UTF-8 announced by a byte order mark).
	 */
	enum Dialect {

		OPEN_DATA(',', false, ""), FRENCH_EXCEL(';', true, "-excel");

		private final char delimiter;

		private final boolean frenchDecimals;

		private final String suffix;

		Dialect(char delimiter, boolean frenchDecimals, String suffix) {
			this.delimiter = delimiter;
			this.frenchDecimals = frenchDecimals;
			this.suffix = suffix;
		}

		/** The file name of this dialect: {@code poles.csv}, {@code poles-excel.csv}. */
		String fileName(String openDataName) {
			return openDataName.replace(".csv", this.suffix + ".csv");
		}

		private CSVPrinter printer(Path file, String[] headers) throws IOException {
			Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
			if (this == FRENCH_EXCEL) {
				out.write('\uFEFF');
			}
			return CSVFormat.DEFAULT.builder().setDelimiter(this.delimiter).setHeader(headers).get().print(out);
		}

		private String number(BigDecimal value) {
			String plain = value.toPlainString();
			return this.frenchDecimals ? plain.replace('.', ',') : plain;
		}

	}

	static void writePoles(ReportData data, Path file) throws IOException {
		writePoles(data, file, Dialect.OPEN_DATA);
	}

	static void writePoles(ReportData data, Path file, Dialect dialect) throws IOException {
		try (CSVPrinter csv = dialect.printer(file, ReportData.PublicPole.HEADERS.toArray(String[]::new))) {
			for (ReportData.PublicPole pole : data.poles()) {
				csv.printRecord(pole.values().stream()
					.map(value -> (value instanceof String text) ? SafeCells.text(text) : value));
			}
		}
	}

	/**
	 * The machine-readable description of the open data: a Frictionless Data Package whose resources carry
	 * a Table Schema (name, type, description of each column).
	 */
	static void writeDataPackage(ReportData data, Path file) throws IOException {
		Map<String, Object> pack = new LinkedHashMap<>();
		pack.put("name", "observatoire-ptce-" + data.year());
		pack.put("title", "Observatoire national des PTCE — données ouvertes " + data.year());
		pack.put("licenses", List.of(Map.of("name", "etalab-2.0", "title", "Licence Ouverte / Open Licence 2.0",
				"path", "https://www.etalab.gouv.fr/licence-ouverte-open-licence")));
		pack.put("created", data.builtAt().toString());
		pack.put("resources", List.of(resource(POLES, "Pôles observés en " + data.year() + " (champs publics)", List.of(
				field("identifiant", "string", "Identifiant stable du pôle (PTCE-000001)"),
				field("nom", "string", "Nom du pôle, tel que reçu"), field("sigle", "string", "Sigle"),
				field("structure_porteuse", "string", "Structure porteuse"),
				field("siret", "string", "SIRET valide (14 chiffres)"),
				field("forme_juridique", "string", "Forme juridique de la structure porteuse"),
				field("code_postal", "string", "Code postal"), field("commune", "string", "Commune"),
				field("departement", "string", "Code du département"),
				field("departement_nom", "string", "Nom du département"),
				field("region", "string", "Code de la région (découpage 2016)"),
				field("region_nom", "string", "Nom de la région"),
				field("annee_creation", "integer", "Année de création"),
				field("statut", "string", "Statut déclaré pour l'année (émergent, actif, en sommeil, dissous)"),
				field("site_web", "string", "Site web"))),
				resource(INDICATORS, "Indicateurs " + data.year() + " au format long", List.of(
						field("annee", "integer", "Année d'observation"),
						field("indicateur", "string", "Code de l'indicateur"),
						field("dimension", "string", "Ce que mesure la valeur dans l'indicateur (vide : l'ensemble)"),
						field("valeur", "number", "Valeur"),
						field("couverture", "integer", "Nombre de pôles qui ont renseigné l'information")))));
		Files.writeString(file, JSON.writeValueAsString(pack), StandardCharsets.UTF_8);
	}

	private static Map<String, Object> resource(String path, String title, List<Map<String, String>> fields) {
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", path.replace(".csv", ""));
		resource.put("path", path);
		resource.put("title", title);
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("schema", Map.of("fields", fields));
		return resource;
	}

	private static Map<String, String> field(String name, String type, String description) {
		Map<String, String> field = new LinkedHashMap<>();
		field.put("name", name);
		field.put("type", type);
		field.put("description", description);
		return field;
	}

	static void writeIndicators(ReportData data, Path file) throws IOException {
		writeIndicators(data, file, Dialect.OPEN_DATA);
	}

	static void writeIndicators(ReportData data, Path file, Dialect dialect) throws IOException {
		try (CSVPrinter csv = dialect.printer(file, INDICATOR_HEADERS)) {
			for (IndicatorValue value : data.indicators()) {
				csv.printRecord(data.year(), value.indicator().code(), SafeCells.text(value.dimension()),
						dialect.number(value.value()), value.coverage());
			}
		}
	}

}
