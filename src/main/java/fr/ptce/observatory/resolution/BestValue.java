package fr.ptce.observatory.resolution;

/**
 * How a field's value is chosen among the records of a pole (SQL over {@code pole_record r} joined to
 * {@code source_file f}): the value of the file with the highest network priority, then the most recent
 * file, then the first row; records without a value do not count.
 */
public final class BestValue {

	/** The order of preference of a pole's records. */
	public static final String ORDER = "f.priority desc, f.received_at desc, f.id desc, r.raw_row_id";

	private BestValue() {
	}

	/** The SQL aggregate of the best value of a scalar column of {@code pole_record r}. */
	public static String of(String column) {
		return "(array_agg(r." + column + " order by " + ORDER + ") filter (where r." + column + " is not null))[1]";
	}

	/**
	 * The SQL of the best non-empty value of an array column of {@code pole_record}, for the pole named by
	 * {@code poleIdSql}, among the records that {@code condition} (over {@code r} and {@code f}) keeps.
	 */
	public static String ofArray(String column, String poleIdSql, String condition) {
		return "coalesce((select r." + column + " from pole_record r join source_file f on f.id = r.file_id where r.pole_id = "
				+ poleIdSql + " and cardinality(r." + column + ") > 0 and " + condition + " order by " + ORDER
				+ " limit 1), '{}')";
	}

}
