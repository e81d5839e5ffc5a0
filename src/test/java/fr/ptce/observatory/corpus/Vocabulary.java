package fr.ptce.observatory.corpus;

/**
 * One of the disjoint parts of the corpus vocabulary: {@link #TUNING}, which whoever tunes the reader may look at
 * and take words from; {@link #VALIDATION}, {@link #VALIDATION_2}, {@link #VALIDATION_3},
 * {@link #VALIDATION_4} to {@link #VALIDATION_7}, whose results may be looked at to check that a
 * rule generalises but whose texts are never added to the reader; and {@link #HELD_OUT}, kept in its own file and
 * never looked at, to measure how the reader generalises to headers and placeholder values it was not tuned on.
 * {@link #VALIDATION_2} was written blind on 2026-12-01 (by someone who read neither the reader's dictionaries nor
 * the held-out part): its first figures were taken before anyone looked at what the reader made of it.
 */
public enum Vocabulary {

	TUNING("tuning-vocabulary.csv"),

	VALIDATION("validation-vocabulary.csv"),

	HELD_OUT("held-out-vocabulary.csv"),

	VALIDATION_2("validation-2-vocabulary.csv"),

	/** Written blind like {@link #VALIDATION_2}, in the style of survey and database exports. */
	VALIDATION_3("validation-3-vocabulary.csv"),

	/**
	 * Written blind on 2026-12-01 (afternoon) by someone who read only the tuning part's format: questionnaires,
	 * administrative tables and volunteers' sheets, a third each.
	 */
	VALIDATION_4("validation-4-vocabulary.csv"),

	/**
	 * Written blind on 2026-12-01 (second session) the same way, in the style of database and CRM exports, funders'
	 * grids, small associations' sheets and surveys, and read first with the rules of that session already in.
	 */
	VALIDATION_5("validation-5-vocabulary.csv"),

	/**
	 * Written blind on 2026-12-01 (third session) the same way, in the style of a regional ESS observatory's database
	 * exports, a département's administrative lists, a national census's questionnaire and tables copied out of PDF
	 * reports, and read first before any rule of that session.
	 */
	VALIDATION_6("validation-6-vocabulary.csv"),

	/**
	 * Written blind the same session the same way, on the hard cases: names asked in words of other fields, other
	 * fields asked with « nom » or « pôle », many columns of free text and people's names that mean nothing.
	 */
	VALIDATION_7("validation-7-vocabulary.csv");

	private final String fileName;

	Vocabulary(String fileName) {
		this.fileName = fileName;
	}

	/** The file of this part under {@code src/test/resources/corpus/}. */
	public String fileName() {
		return this.fileName;
	}

}
