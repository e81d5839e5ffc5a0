package fr.ptce.observatory.resolution;

/**
 * How a field's value is chosen among the records of a pole (SQL over {@code pole_record r} joined to
 * {@code source_file f}): the value of the file with the highest network priority, then the most recent
 * file, then the most complete record, then the first row; records without a value do not count (an invalid
 * identifier is never stored, so a valid one wins). An analyst's override wins over all
 * ({@link GoldenRecords}).
 */
public final class BestValue {

	private static final String COMPLETENESS = "num_nonnulls(r.name, r.acronym, r.carrier_name, r.siret, r.rna, "
			+ "r.legal_form, r.postal_code, r.commune, r.departement, r.region, r.creation_year, r.status, r.website)";

	/** The order of preference of a pole's records. */
	public static final String ORDER = "f.priority desc, f.received_at desc, " + COMPLETENESS
			+ " desc, f.id desc, r.raw_row_id";

	private BestValue() {
	}

	/** The SQL aggregate of the best value of a scalar column of {@code pole_record r}. */
	public static String of(String column) {
		return "(array_agg(r." + column + " order by " + ORDER + ") filter (where r." + column + " is not null))[1]";
	}

	/** The SQL aggregate of the raw row that gives the best value of a column of {@code pole_record r}. */
	static String sourceOf(String column) {
		return "(array_agg(r.raw_row_id order by " + ORDER + ") filter (where r." + column + " is not null))[1]";
	}

	/**
	 * The SQL of the best non-empty value of an array column of {@code pole_record}, for the pole named by
	 * {@code poleIdSql}, among the records that {@code condition} (over {@code r} and {@code f}) keeps; the empty
	 * list when none has one.
	 */
	public static String ofArray(String column, String poleIdSql, String condition) {
		return "coalesce(" + bestArray(column, poleIdSql, condition) + ", '{}')";
	}

	/**
	 * Like {@link #ofArray}, but {@code null} when no record says anything ({@code column} null on each), the empty
	 * list when records answered that there is none.
	 */
	public static String ofArrayOrUnknown(String column, String poleIdSql, String condition) {
		return "coalesce(" + bestArray(column, poleIdSql, condition) + ", " + RECORDS_OF_POLE.formatted("'{}'::text[]",
				poleIdSql, "r." + column + " is not null and " + condition) + " limit 1))";
	}

	private static String bestArray(String column, String poleIdSql, String condition) {
		return RECORDS_OF_POLE.formatted("r." + column, poleIdSql, "cardinality(r." + column + ") > 0 and " + condition)
				+ " order by " + ORDER + " limit 1)";
	}

	/** A selection among the records of one pole: what, which pole, which records. */
	private static final String RECORDS_OF_POLE = "(select %s from pole_record r join source_file f on f.id = r.file_id "
			+ "where r.pole_id = %s and %s";

}
