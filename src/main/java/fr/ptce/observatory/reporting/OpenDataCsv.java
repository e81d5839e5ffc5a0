package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import fr.ptce.observatory.indicators.IndicatorValue;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open data: poles (public fields only) and indicators in long form, UTF-8, comma-separated.
 */
final class OpenDataCsv {

	static final String POLES = "poles.csv";

	static final String INDICATORS = "indicateurs.csv";

	static final String[] INDICATOR_HEADERS = { "annee", "indicateur", "dimension", "valeur", "couverture" };

	private OpenDataCsv() {
	}

	static void writePoles(ReportData data, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder()
					.setHeader(ReportData.PublicPole.HEADERS.toArray(String[]::new))
					.get()
					.print(out)) {
			for (ReportData.PublicPole pole : data.poles()) {
				csv.printRecord(pole.values().stream()
					.map(value -> (value instanceof String text) ? SafeCells.text(text) : value));
			}
		}
	}

	static void writeIndicators(ReportData data, Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
				CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader(INDICATOR_HEADERS).get().print(out)) {
			for (IndicatorValue value : data.indicators()) {
				csv.printRecord(data.year(), value.indicator().code(), SafeCells.text(value.dimension()),
						value.value().toPlainString(), value.coverage());
			}
		}
	}

}
