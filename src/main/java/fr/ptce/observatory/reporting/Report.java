package fr.ptce.observatory.reporting;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A built report of one year: its files, kept as they were built.
 *
 * @param id the report's number
 * @param year the observation year
 * @param executionId the job execution that built it
 * @param builtAt when
 * @param directory where its files are
 * @param files the names of its files
 */
public record Report(long id, int year, long executionId, OffsetDateTime builtAt, Path directory, List<String> files) {

	public static final String PDF = "rapport.pdf";

	public static final String XLSX = "indicateurs.xlsx";

}
