package fr.ptce.observatory.ingestion;

import java.util.Map;

/**
 * One row as read from a sheet, before any interpretation.
 *
 * @param kind whether the row describes a pole or a member of a pole
 * @param sheet the sheet's name ({@code csv} for a text file)
 * @param rowNumber the row's number as Excel (or a text editor) shows it
 * @param cells each column's header as received, with the cell's value as read (in column order)
 */
public record RawRow(RowKind kind, String sheet, int rowNumber, Map<String, String> cells) {

	/** A row of a sheet of poles. */
	public RawRow(String sheet, int rowNumber, Map<String, String> cells) {
		this(RowKind.POLE, sheet, rowNumber, cells);
	}

	/** Whether every cell of the row is empty. */
	public boolean isBlank() {
		return this.cells.values().stream().allMatch(value -> value == null || value.isBlank());
	}

}
