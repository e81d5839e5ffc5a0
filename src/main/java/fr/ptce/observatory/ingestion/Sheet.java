package fr.ptce.observatory.ingestion;

import java.io.Closeable;
import java.io.IOException;

/**
 * A sheet read row by row, never held whole in memory.
 */
interface Sheet extends Closeable {

	String name();

	/** The next row that holds anything, or {@code null} at the end of the sheet. */
	SheetRow next() throws IOException;

}
