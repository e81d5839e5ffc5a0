package fr.ptce.observatory.ingestion;

import java.util.List;

/**
 * A row of a sheet as its cells' texts, by column index; {@code null} where a cell is missing.
 *
 * @param number the row's number as Excel (or a text editor) shows it
 * @param values the cells' values as text
 */
record SheetRow(int number, List<String> values) {

	boolean isBlank() {
		return this.values.stream().allMatch(value -> value == null || value.isBlank());
	}

	String get(int column) {
		return column < this.values.size() ? this.values.get(column) : null;
	}

}
