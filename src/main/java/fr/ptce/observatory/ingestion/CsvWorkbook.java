package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A .csv or .txt file as a workbook of one sheet named {@code csv}. The encoding (UTF-8 with or without
 * BOM, else Windows-1252) and the delimiter ({@code ;}, {@code ,} or tab) are detected from its start.
 */
final class CsvWorkbook implements Workbook {

	static final String SHEET = "csv";

	private static final int SAMPLE_BYTES = 64 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final Path file;

	private final Charset charset;

	private final boolean bom;

	private final char delimiter;

	CsvWorkbook(Path file) throws IOException {
		this.file = file;
		byte[] sample;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(SAMPLE_BYTES);
		}
		this.bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
				&& (sample[2] & 0xFF) == 0xBF;
		this.charset = (this.bom || isUtf8(sample, sample.length == SAMPLE_BYTES)) ? StandardCharsets.UTF_8
				: WINDOWS_1252;
		this.delimiter = detectDelimiter(new String(sample, this.charset));
	}

	Charset charset() {
		return this.charset;
	}

	char delimiter() {
		return this.delimiter;
	}

	private static boolean isUtf8(byte[] sample, boolean truncated) {
		int length = sample.length;
		if (truncated) {
			// Do not judge a character cut at the end of the sample.
			while (length > 0 && (sample[length - 1] & 0xC0) == 0x80) {
				length--;
			}
			length = Math.max(0, length - 1);
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(sample, 0, length));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The candidate found most often on the most lines of the sample. */
	static char detectDelimiter(String sample) {
		List<String> lines = sample.lines().filter(line -> !line.isBlank()).limit(30).toList();
		char best = ';';
		long bestScore = -1;
		for (char candidate : new char[] { ';', ',', '\t' }) {
			long linesWithIt = lines.stream().filter(line -> line.indexOf(candidate) >= 0).count();
			long occurrences = lines.stream().mapToLong(line -> line.chars().filter(c -> c == candidate).count()).sum();
			long score = linesWithIt * 1_000_000 + occurrences;
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	@Override
	public List<String> visibleSheets() {
		return List.of(SHEET);
	}

	@Override
	public Sheet open(String sheetName) throws IOException {
		Reader reader = Files.newBufferedReader(this.file, this.charset);
		if (this.bom) {
			reader.skip(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(this.delimiter).setIgnoreEmptyLines(false).get();
		CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
		return new CsvSheet(parser);
	}

	@Override
	public void close() {
	}

	private static final class CsvSheet implements Sheet {

		private final CSVParser parser;

		private final Iterator<CSVRecord> records;

		private long linesBefore;

		private CsvSheet(CSVParser parser) {
			this.parser = parser;
			this.records = parser.iterator();
		}

		@Override
		public String name() {
			return SHEET;
		}

		@Override
		public SheetRow next() throws IOException {
			try {
				if (!this.records.hasNext()) {
					return null;
				}
				CSVRecord record = this.records.next();
				int number = (int) this.linesBefore + 1;
				this.linesBefore = this.parser.getCurrentLineNumber();
				if (record.size() > XlsxWorkbook.MAX_COLUMNS) {
					throw new FileProblem("plus de " + XlsxWorkbook.MAX_COLUMNS + " colonnes à la ligne " + number);
				}
				return new SheetRow(number, new ArrayList<>(Arrays.asList(record.values())));
			}
			catch (java.io.UncheckedIOException ex) {
				throw ex.getCause();
			}
		}

		@Override
		public void close() throws IOException {
			this.parser.close();
		}

	}

}
