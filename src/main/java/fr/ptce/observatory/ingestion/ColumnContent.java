package fr.ptce.observatory.ingestion;

import java.util.List;
import java.util.Optional;

/**
 * What a column holds, judged from its values: SIRETs, postal codes, départements, e-mails… The reader combines
 * it with what the header says. Implemented where the reference data lives (normalisation), so that reading
 * depends on no reference data of its own.
 */
@FunctionalInterface
public interface ColumnContent {

	/** Judges nothing: headers alone decide. */
	ColumnContent NONE = (kind, values) -> Optional.empty();

	/**
	 * @param kind the sheet's kind, poles or members
	 * @param values the column's non-blank values below the header (a sample)
	 * @return the field the values point to, when a clear share of them does
	 */
	Optional<Guess> guess(RowKind kind, List<String> values);

	/**
	 * Whether the values are answers to a yes/no question (« Oui », « Non », « x »): a column of them means
	 * what its header asks, and no field that holds names, places, identifiers or addresses.
	 */
	default boolean answersYesOrNo(List<String> values) {
		return false;
	}

	/**
	 * Whether the values are calendar dates (« 2025-03-23 », « 12/02/2025 »), not bare years: the dates something
	 * happened, which no name, place or person can be.
	 */
	default boolean holdsDates(List<String> values) {
		return false;
	}

	/**
	 * @param field the field the values are typical of
	 * @param share the share of values that are typical of it, 0 to 1
	 * @param weight how far the values alone can be trusted
	 * @param description what the values are, in French (« 95 % de SIRET valides »)
	 */
	record Guess(Field field, double share, Weight weight, String description) {
	}

	/** How far values alone tell a column's meaning. */
	enum Weight {

		/** Values that fit other meanings too (small whole numbers, dates): they only confirm a header. */
		CONFIRMS,
		/** Values that tell the meaning when the header says nothing (communes, amounts, vocabularies). */
		SUFFICES,
		/** Values that cannot mean anything else (SIRETs, e-mails, postal codes): they overrule a header. */
		OVERRULES

	}

}
