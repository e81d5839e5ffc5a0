package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.SpreadSheet;

/**
 * An OpenDocument spreadsheet (.ods) read with SODS. SODS holds the whole document in memory, so the
 * archive is checked first: a file that would unpack to more than {@link #MAX_UNPACKED_BYTES}, or with an
 * absurd compression ratio, is refused as POI refuses zip bombs.
 */
final class OdsWorkbook implements Workbook {

	static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

	static final double MIN_COMPRESSION_RATIO = 0.01;

	private final SpreadSheet spreadsheet;

	OdsWorkbook(Path file) throws IOException, UnreadableFileException {
		checkArchive(file);
		this.spreadsheet = new SpreadSheet(file.toFile());
	}

	private static void checkArchive(Path file) throws IOException, UnreadableFileException {
		long unpacked = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				long size = entry.getSize();
				long compressed = entry.getCompressedSize();
				if (size > 0 && compressed >= 0 && (double) compressed / size < MIN_COMPRESSION_RATIO) {
					throw new UnreadableFileException(
							"Le fichier ressemble à une bombe de décompression (taux de compression anormal) : refusé.");
				}
				unpacked += Math.max(size, 0);
			}
		}
		if (unpacked > MAX_UNPACKED_BYTES) {
			throw new UnreadableFileException("Le fichier décompressé dépasserait " + MAX_UNPACKED_BYTES / 1024 / 1024
					+ " Mo : merci de l'envoyer au format .xlsx ou .csv.");
		}
	}

	@Override
	public List<String> visibleSheets() {
		return this.spreadsheet.getSheets().stream().filter(sheet -> !sheet.isHidden())
			.map(com.github.miachm.sods.Sheet::getName).toList();
	}

	@Override
	public Sheet open(String sheetName) {
		com.github.miachm.sods.Sheet sheet = this.spreadsheet.getSheet(sheetName);
		Object[][] values = (sheet.getMaxRows() > 0 && sheet.getMaxColumns() > 0) ? sheet.getDataRange().getValues()
				: new Object[0][];
		return new Sheet() {

			private int next;

			@Override
			public String name() {
				return sheetName;
			}

			@Override
			public SheetRow next() {
				while (this.next < values.length) {
					Object[] row = values[this.next++];
					List<String> texts = new ArrayList<>(row.length);
					boolean any = false;
					for (Object value : row) {
						String text = text(value);
						texts.add(text);
						any |= (text != null);
					}
					if (any) {
						return new SheetRow(this.next, texts);
					}
				}
				return null;
			}

			@Override
			public void close() {
			}

		};
	}

	private static String text(Object value) {
		if (value instanceof OfficeCurrency currency) {
			return CellText.number(currency.getValue());
		}
		if (value instanceof OfficePercentage percentage) {
			return CellText.number(percentage.getValue());
		}
		return CellText.of(value);
	}

	@Override
	public void close() {
	}

}
