package fr.ptce.observatory.bench;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import fr.ptce.observatory.ingestion.HeaderDictionary;
import fr.ptce.observatory.ingestion.NetworkFileReader;
import fr.ptce.observatory.ingestion.RawRow;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reading speed of the observatory's streaming .xlsx reader against the machine's lower bound: the JDK's
 * unzip and SAX parse of the same sheet and shared strings, doing nothing with them. Prints rows/s and the
 * peak heap of each. Run it through {@code bench/read-xlsx.sh} (with -Xmx256m).
 */
public final class XlsxReadBenchmark {

	private XlsxReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 3;
		System.out.printf("file %s, max heap %d MB, %d cores, Java %s%n", file,
				Runtime.getRuntime().maxMemory() / 1024 / 1024, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		Result bound = null;
		Result library = null;
		Result reader = null;
		for (int round = 1; round <= rounds; round++) {
			bound = best(bound, measure("JDK unzip + SAX parse (lower bound)", () -> saxParse(file)));
			library = best(library, measure("fastexcel-reader 0.20.2 (raw values)", () -> fastexcel(file)));
			reader = best(reader, measure("observatory NetworkFileReader", () -> readRows(file)));
		}
		System.out.printf("%nbest of %d rounds:%n", rounds);
		System.out.println(bound);
		System.out.println(library);
		System.out.println(reader);
		System.out.printf("ratio reader / lower bound: %.2f; reader / fastexcel-reader: %.2f%n",
				reader.seconds / bound.seconds, reader.seconds / library.seconds);
	}

	private static long readRows(Path file) throws Exception {
		long rows = 0;
		try (NetworkFileReader reader = NetworkFileReader.open(file, HeaderDictionary.standard())) {
			for (RawRow row = reader.read(); row != null; row = reader.read()) {
				rows++;
			}
		}
		return rows;
	}

	/** fastexcel-reader over every sheet, each cell's raw value taken as text. */
	private static long fastexcel(Path file) throws Exception {
		long rows = 0;
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				file.toFile())) {
			for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
				try (java.util.stream.Stream<org.dhatim.fastexcel.reader.Row> sheetRows = sheet.openStream()) {
					rows += sheetRows.mapToLong(row -> {
						long filled = 0;
						for (org.dhatim.fastexcel.reader.Cell cell : row) {
							if (cell != null && cell.getRawValue() != null) {
								filled++;
							}
						}
						return (filled >= 0) ? 1 : 0;
					}).sum();
				}
			}
		}
		return rows;
	}

	static long saxParse(Path file) throws Exception {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		SAXParser parser = factory.newSAXParser();
		long[] rows = { 0 };
		DefaultHandler handler = new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("row".equals(localName)) {
					rows[0]++;
				}
			}
		};
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (String part : List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml")) {
				ZipEntry entry = zip.getEntry(part);
				if (entry != null) {
					try (InputStream in = zip.getInputStream(entry)) {
						parser.parse(in, handler);
					}
				}
			}
		}
		return rows[0]; // header rows included
	}

	private static Result measure(String name, Callable<Long> task) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(pool -> pool.getType() == MemoryType.HEAP)
			.toList();
		pools.forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		long rows = task.call();
		double seconds = (System.nanoTime() - start) / 1e9;
		long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		Result result = new Result(name, rows, seconds, peak);
		System.out.println(result);
		return result;
	}

	private static Result best(Result current, Result candidate) {
		return (current == null || candidate.seconds < current.seconds) ? candidate : current;
	}

	private record Result(String name, long rows, double seconds, long peakHeapBytes) {

		@Override
		public String toString() {
			return String.format("  %-38s %,9d rows in %6.2f s = %,9.0f rows/s, peak heap %,5d MB", this.name, this.rows,
					this.seconds, this.rows / this.seconds, this.peakHeapBytes / 1024 / 1024);
		}

	}

}
