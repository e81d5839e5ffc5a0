package fr.ptce.observatory.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The files of a report (PDF, XLSX, open data CSV and data package, charts as PNG), written into a folder aside and
 * moved in place at the end, so that a failed build leaves the previous report of the year as it was.
 */
final class ReportFiles {

	private static final Log logger = LogFactory.getLog(ReportFiles.class);

	private ReportFiles() {
	}

	/** Removes what a failed build wrote aside (a full disk leaves half-written files), as far as it can. */
	static void removeQuietly(Path partial) {
		try {
			deleteTree(partial);
		}
		catch (IOException | UncheckedIOException ex) {
			// nothing more to do: the folder is named .partial and never served
		}
	}

	/**
	 * Writes the report's files aside, then moves them in place. The XLSX workbook is written on a thread of its own
	 * while this one draws the charts into the PDF and the PNGs, then writes the open data: the two halves take about
	 * as long, and each keeps a core busy. Both are waited for before anything is moved, or removed after a failure.
	 */
	static List<String> write(ReportData data, Path partial, Path directory) throws IOException {
		long started = System.nanoTime();
		deleteTree(partial);
		Files.createDirectories(partial);
		ExecutorService workbookWriter = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "report-workbook");
			thread.setDaemon(true);
			return thread;
		});
		Future<Double> workbook = workbookWriter.submit(() -> {
			long begun = System.nanoTime();
			XlsxReport.write(data, partial.resolve(Report.XLSX));
			return seconds(begun, System.nanoTime());
		});
		workbookWriter.shutdown();
		List<String> charts = new ArrayList<>();
		List<String> openData;
		long sectioned;
		long pdf;
		long drawn;
		try {
			List<PdfReport.Section> sections = ReportSections.of(data);
			sectioned = System.nanoTime();
			PdfReport.write(data, sections, partial.resolve(Report.PDF));
			pdf = System.nanoTime();
			for (PdfReport.Section section : sections) {
				for (PdfReport.Chart chart : section.charts()) {
					Charts.writePng(chart.chart(), partial.resolve(chart.file()));
					charts.add(chart.file());
				}
			}
			drawn = System.nanoTime();
			openData = writeOpenData(data, partial);
		}
		catch (IOException | RuntimeException | Error ex) {
			// nothing may still write into the folder once this method has left it; the workbook's own failure is told too
			try {
				await(workbook);
			}
			catch (IOException | RuntimeException workbookFailure) {
				ex.addSuppressed(workbookFailure);
			}
			throw ex;
		}
		long written = System.nanoTime();
		double xlsx = await(workbook);
		List<String> files = new ArrayList<>(List.of(Report.PDF, Report.XLSX));
		files.addAll(openData);
		files.addAll(charts);
		deleteTree(directory);
		Files.move(partial, directory, StandardCopyOption.ATOMIC_MOVE);
		if (logger.isDebugEnabled()) {
			logger.debug(String.format(Locale.ROOT,
					"Report files: sections and charts %.2f s, PDF %.2f s, PNG %.2f s, open data %.2f s; XLSX alongside %.2f s",
					seconds(started, sectioned), seconds(sectioned, pdf), seconds(pdf, drawn), seconds(drawn, written), xlsx));
		}
		return files;
	}

	/** Writes the open data files (CSV in both dialects, data package): their names, in the order they are listed. */
	private static List<String> writeOpenData(ReportData data, Path partial) throws IOException {
		List<String> files = new ArrayList<>();
		for (OpenDataCsv.Dialect dialect : OpenDataCsv.Dialect.values()) {
			OpenDataCsv.writePoles(data, partial.resolve(dialect.fileName(OpenDataCsv.POLES)), dialect);
			OpenDataCsv.writeIndicators(data, partial.resolve(dialect.fileName(OpenDataCsv.INDICATORS)), dialect);
			files.add(dialect.fileName(OpenDataCsv.POLES));
			files.add(dialect.fileName(OpenDataCsv.INDICATORS));
		}
		OpenDataCsv.writeDataPackage(data, partial.resolve(OpenDataCsv.DATA_PACKAGE));
		files.add(OpenDataCsv.DATA_PACKAGE);
		return files;
	}

	/**
	 * The workbook once written (how long it took), waited for to the end even if this thread is interrupted
	 * meanwhile (its interruption is then set again): the folder is moved or removed only when nothing writes into it
	 * any more.
	 */
	private static double await(Future<Double> workbook) throws IOException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return workbook.get();
				}
				catch (InterruptedException ex) {
					interrupted = true;
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof IOException io) {
						throw io;
					}
					if (ex.getCause() instanceof RuntimeException runtime) {
						throw runtime;
					}
					throw new IllegalStateException(ex.getCause());
				}
			}
		}
		finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static double seconds(long from, long to) {
		return (to - from) / 1e9;
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
