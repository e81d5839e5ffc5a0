package fr.ptce.observatory.ingestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the poles (or the members) sit in a file and what each column means.
 *
 * @param kind whether the sheet lists poles or members
 * @param sheet the sheet's name
 * @param headerRow the header's row number as Excel shows it
 * @param columns the columns, in order
 */
public record Layout(RowKind kind, String sheet, int headerRow, List<Column> columns) {

	/**
	 * @param index the column's index (0 for A)
	 * @param header the header as received (made unique within the file)
	 * @param field the canonical field it means, or {@code null} when not recognised
	 * @param evidence why the column was taken for its field, in French ({@code null} when not recognised)
	 */
	public record Column(int index, String header, Field field, String evidence) {

		public Column(int index, String header, Field field) {
			this(index, header, field, (field != null) ? "en-tête connu" : null);
		}

	}

	/** Each header as received with the field it means, {@code null} when unknown. */
	public Map<String, Field> fieldsByHeader() {
		Map<String, Field> fields = new LinkedHashMap<>();
		this.columns.forEach(column -> fields.put(column.header(), column.field()));
		return fields;
	}

	/** Why each recognised column was taken for its field, in French, by header. */
	public Map<String, String> evidenceByHeader() {
		Map<String, String> evidence = new LinkedHashMap<>();
		this.columns.stream().filter(column -> column.field() != null)
			.forEach(column -> evidence.put(column.header(), column.evidence()));
		return evidence;
	}

	public List<String> unknownHeaders() {
		return this.columns.stream().filter(column -> column.field() == null).map(Column::header).toList();
	}

}
