package fr.ptce.observatory.corpus;

/**
 * What a non-blank row below the header of a corpus file's sheet of poles is.
 *
 * @param rowNumber the row's number as Excel shows it (1-based; for a CSV file, its line number)
 * @param kind whether the row lists a pole, is not a pole, or lists again a pole listed above
 * @param name the text of the row's name cell, stripped; when that cell is blank (a total or a note written in
 * the first column while the names are in another), the row's first non-blank cell
 * @param duplicateOf for a {@link RowKind#DUPLICATE}, the number of the row that first lists the pole; else 0
 */
public record RowTruth(int rowNumber, RowKind kind, String name, int duplicateOf) {

	/** What a row is. */
	public enum RowKind {
		/** A pole, listed for the first time in the file: must be read. */
		POLE,
		/**
		 * Not a pole: a placeholder (« à compléter », « néant », « xxx », a territory or a legal form alone), a
		 * repeated header row, a total or sub-total, a note under the list. Must not become a pole.
		 */
		PLACEHOLDER,
		/**
		 * A pole already listed above in the same file (same SIRET, or the same name written with other capitals
		 * or accents and the same commune): must not become a second pole.
		 */
		DUPLICATE
	}

}
