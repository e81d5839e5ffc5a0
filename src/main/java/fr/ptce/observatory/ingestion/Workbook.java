package fr.ptce.observatory.ingestion;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A spreadsheet file: its visible sheets, each opened on demand.
 */
interface Workbook extends Closeable {

	/** The names of the sheets a person sees, in the workbook's order (hidden sheets left out). */
	List<String> visibleSheets();

	Sheet open(String sheetName) throws IOException;

}
