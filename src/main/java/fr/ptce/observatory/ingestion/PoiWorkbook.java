package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;

/**
 * An Excel 97-2003 (.xls) file read with POI's user model. Such a file holds at most 65,536 rows, so it is
 * read whole; formulas give their cached value.
 */
final class PoiWorkbook implements Workbook {

	private final POIFSFileSystem fileSystem;

	private final HSSFWorkbook workbook;

	PoiWorkbook(Path file) throws IOException {
		this.fileSystem = new POIFSFileSystem(file.toFile(), true);
		try {
			this.workbook = new HSSFWorkbook(this.fileSystem.getRoot(), true);
		}
		catch (IOException | RuntimeException ex) {
			this.fileSystem.close();
			throw ex;
		}
	}

	@Override
	public List<String> visibleSheets() {
		List<String> names = new ArrayList<>();
		for (int index = 0; index < this.workbook.getNumberOfSheets(); index++) {
			if (this.workbook.getSheetVisibility(index) == org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
				names.add(this.workbook.getSheetName(index));
			}
		}
		return names;
	}

	@Override
	public Sheet open(String sheetName) {
		Iterator<Row> rows = this.workbook.getSheet(sheetName).rowIterator();
		return new Sheet() {

			@Override
			public String name() {
				return sheetName;
			}

			@Override
			public SheetRow next() {
				if (!rows.hasNext()) {
					return null;
				}
				Row row = rows.next();
				List<String> values = new ArrayList<>();
				for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
					values.add(text(row.getCell(column)));
				}
				return new SheetRow(row.getRowNum() + 1, values);
			}

			@Override
			public void close() {
			}

		};
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> CellText.bool(cell.getBooleanCellValue());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? CellText.date(cell.getLocalDateTimeCellValue())
					: CellText.number(cell.getNumericCellValue());
			case ERROR -> "#ERREUR";
			default -> null;
		};
	}

	@Override
	public void close() throws IOException {
		try {
			this.workbook.close();
		}
		finally {
			this.fileSystem.close();
		}
	}

}
