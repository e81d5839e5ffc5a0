package fr.ptce.observatory.corpus;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader on network files it has never seen (issue #12): a corpus written by {@link NetworkCorpus} in layouts,
 * headers, placeholders and geography spellings that the reader's dictionaries do not list word for word, read
 * with no source profile. The in-sample corpus (seed 1, tuning vocabulary) is the one looked at while tuning, and
 * its words may go into the reader's dictionaries; the validation corpus (seed 3, validation vocabulary) may be
 * looked at to check that a rule generalises, its words never taken; so may the second validation corpus (seed 4,
 * a vocabulary written blind on 2026-12-01, measured once before anybody looked at it: 30 of 40 files right, 229
 * of 1,580 pole rows lost, placeholders 0.729 / 0.858, columns 0.719, 559 of 840 member rows) and the third (seed 5,
 * written blind the same way in the style of survey and database exports: 31 of 40 files right, 270 of 1,555 rows
 * lost, placeholders 0.646 / 0.930, columns 0.692, 647 of 804 member rows at its first reading) and the fourth (seed
 * 6, written blind the same way in three styles: questionnaires, administrative tables, volunteers' sheets) and the
 * fifth (seed 15, database exports, funders' grids, small associations' sheets, surveys) and the sixth (seed 16, a
 * regional observatory's database, a département's lists, a national census, tables copied out of PDF reports) and the seventh (seed 17, the hard cases of names and free text); the held-out
 * corpus (seed 2, held-out vocabulary) never was looked at. The nine are printed side by side.
 */
class ReadingGeneralisesTest {

	static final long IN_SAMPLE_SEED = 1;

	static final long HELD_OUT_SEED = 2;

	static final long VALIDATION_SEED = 3;

	static final long SECOND_VALIDATION_SEED = 4;

	static final long THIRD_VALIDATION_SEED = 5;

	static final long FOURTH_VALIDATION_SEED = 6;

	static final long FIFTH_VALIDATION_SEED = 15;

	static final long SIXTH_VALIDATION_SEED = 16;

	static final long SEVENTH_VALIDATION_SEED = 17;

	@Test
	void filesNeverSeenAreReadRightAndTheirPlaceholderRowsRefused(@TempDir Path dir) {
		ReadingQuality inSample = read(dir, "in-sample", IN_SAMPLE_SEED, Vocabulary.TUNING);
		ReadingQuality validation = read(dir, "validation", VALIDATION_SEED, Vocabulary.VALIDATION);
		ReadingQuality held = read(dir, "held-out", HELD_OUT_SEED, Vocabulary.HELD_OUT);
		ReadingQuality second = read(dir, "validation-2", SECOND_VALIDATION_SEED, Vocabulary.VALIDATION_2);
		ReadingQuality third = read(dir, "validation-3", THIRD_VALIDATION_SEED, Vocabulary.VALIDATION_3);
		ReadingQuality fourth = read(dir, "validation-4", FOURTH_VALIDATION_SEED, Vocabulary.VALIDATION_4);
		ReadingQuality fifth = read(dir, "validation-5", FIFTH_VALIDATION_SEED, Vocabulary.VALIDATION_5);
		ReadingQuality sixth = read(dir, "validation-6", SIXTH_VALIDATION_SEED, Vocabulary.VALIDATION_6);
		ReadingQuality seventh = read(dir, "validation-7", SEVENTH_VALIDATION_SEED, Vocabulary.VALIDATION_7);

		System.out.println("Reading files never seen (issue #12)      in-sample (seed 1)   validation (seed 3)  "
				+ "validation 2 (seed 4)  validation 3 (seed 5)  validation 4 (seed 6)  validation 5 (seed 15)  validation 6 (seed 16)  validation 7 (seed 17)  held-out (seed 2)");
		List<ReadingQuality> parts = List.of(inSample, validation, second, third, fourth, fifth, sixth, seventh, held);
		row("files with the right verdict", parts, part -> part.rightVerdicts + " / " + part.files);
		row("pole rows lost", parts, part -> part.poleRowsLost + " / " + part.poleRows);
		row("placeholder rows refused: recall", parts, part -> format(part.placeholderRecall()));
		row("placeholder rows refused: precision", parts, part -> format(part.placeholderPrecision()));
		row("columns given their right field", parts, part -> format(part.columnShare()) + " of " + part.columns);
		row("member rows read", parts, part -> part.memberRowsRead + " / " + part.memberRows);
		mistakes("In-sample", inSample, 60);
		mistakes("Validation", validation, 80);
		mistakes("Second validation", second, 80);
		mistakes("Third validation", third, 120);
		mistakes("Fourth validation", fourth, 120);
		mistakes("Fifth validation", fifth, 120);
		mistakes("Sixth validation", sixth, 160);
		mistakes("Seventh validation", seventh, 200);

		// the bounds of issue #12, met on the corpus looked at while tuning
		readsRight(inSample, 0.98, 0.99, 0.99);
		// the validation corpus, whose words were never given to the reader: rules were kept only if they did not
		// lower its figures (measured 2026-11-30 evening: columns 0.958 when it was written, 0.997 after)
		readsRight(validation, 0.98, 0.99, 0.99);
		// the second validation corpus, after rules kept only if the other corpora did not lose by them (remarks in
		// parentheses read apart, places joined by slashes, keyboard runs): its words were never given to the reader
		readsRight(second, 0.99, 0.99, 0.98);
		// the third validation corpus, read right since a verb after « s' » is read as a verb (« Comment s'appelle votre
		// pôle ? » asks for the name) and column names in capitals word by word (« NUMSIRETPORTEUR »); its placeholder
		// recall misses mostly two EMPTY placeholders of the implementer's own
		readsRight(third, 0.82, 0.99, 0.98);
		// the fourth validation corpus, written blind on 2026-12-01 and first read before the rules of that day (35 of
		// 40 files right, 155 of 1,664 rows lost, placeholders 0.791 / 0.897, columns 0.841, 930 of 1,014 member rows);
		// its misses left are mostly a placeholder of the implementer's own (« rien à signaler »)
		readsRight(fourth, 0.93, 0.99, 0.99);
		// the fifth validation corpus, written blind on 2026-12-01 (second session) and first read with that session's
		// rules in (40 of 40 files right, no row lost, placeholders 0.568 / 1.000, columns 0.970, 785 of 785 member
		// rows); its misses left are mostly a placeholder of the implementer's own (« SARLU »)
		readsRight(fifth, 0.94, 0.99, 0.98);
		// the sixth validation corpus, written blind on 2026-12-01 (third session) and first read before that session's
		// rules (40 of 40 files right, no row lost, placeholders 0.904 / 1.000, columns 0.955, 1,012 of 1,012 member
		// rows); then 0.963 once a remark's words stopped making a column bookkeeping and the words of a database's
		// column names (« NB_COLLECT_TERR ») were read as cut short. Left: « LIBCOM_SIEGE » (a three-letter « com »)
		// and a placeholder of the implementer's own (« pas de réponse »)
		readsRight(sixth, 0.90, 0.99, 0.96);
		// the seventh validation corpus, written blind the same session on the hard cases (names asked in words of other
		// fields, other fields asked with « nom », many free-text columns), first read before its rules (37 of 40 files
		// right, 156 of 1,637 rows lost, placeholders 0.681 / 0.775, columns 0.881, 555 of 613 member rows); then a
		// clause that qualifies a header read as a remark (« … tel qu'il est connu … », « … dont vous êtes le contact »),
		// a common word in parentheses no abbreviation in a header typed in capitals, inclusive endings no words, and a
		// remark in parentheses or a cell sending to another row no pole (columns 0.965), then a column of dates no
		// person's name whatever its header says (« Dernier contact le »: 0.983). Left: words only this part writes
		// (« portant », « gestionnaire », « OF ») and a placeholder of mine (« sans réponse »)
		readsRight(seventh, 0.84, 0.99, 0.98);
		// the held-out corpus (measured 2026-11-30: 13 of 1,664 pole rows lost, placeholder recall 0.577 then 0.951 once
		// placeholders were told by their words, precision 0.863 then 0.912, columns 0.961, then 0.970 in the evening;
		// 2026-12-01: recall 1.000, precision 0.916, columns 0.985; third session, after two rules found on fresh draws
		// of the tuning vocabulary (FreshDrawsTest: a comment column is never the names' by its values, a header that
		// starts with « nom » and names nothing else asks for the name): no row lost, 1.000 / 1.000, columns 0.991)
		readsRight(held, 0.99, 0.99, 0.99);
	}

	/** A part of the corpus written under {@code dir} with its seed and vocabulary, and read with no profile. */
	private static ReadingQuality read(Path dir, String name, long seed, Vocabulary vocabulary) {
		Path part = dir.resolve(name);
		return ReadingQuality.of(part, NetworkCorpus.write(part, seed, vocabulary));
	}

	/** Prints a part's mistakes, the first {@code limit} of them (the held-out part's are never printed). */
	private static void mistakes(String label, ReadingQuality part, int limit) {
		System.out.println(label + " mistakes (" + part.mistakes.size() + "):");
		part.mistakes.stream().limit(limit).forEach(mistake -> System.out.println("  " + mistake));
	}

	/**
	 * Every file of a part given its right verdict, no pole row lost, every member row read, and placeholders refused
	 * and columns read at least as well as the floors.
	 */
	private static void readsRight(ReadingQuality part, double placeholderRecall, double placeholderPrecision,
			double columns) {
		assertThat(part.rightVerdicts).as("files with the right verdict").isEqualTo(part.files);
		assertThat(part.poleRowsLost).as("pole rows lost").isZero();
		assertThat(part.placeholderRecall()).as("placeholder recall").isGreaterThanOrEqualTo(placeholderRecall);
		assertThat(part.placeholderPrecision()).as("placeholder precision").isGreaterThanOrEqualTo(placeholderPrecision);
		assertThat(part.columnShare()).as("columns").isGreaterThanOrEqualTo(columns);
		assertThat(part.memberRowsRead).as("member rows read").isEqualTo(part.memberRows);
	}

	private static void row(String label, List<ReadingQuality> parts,
			java.util.function.Function<ReadingQuality, String> figure) {
		StringBuilder line = new StringBuilder(String.format("  %-40s", label));
		for (int part = 0; part < parts.size(); part++) {
			line.append(String.format((part < 2) ? " %-20s" : " %-22s", figure.apply(parts.get(part))));
		}
		System.out.println(line.toString().stripTrailing());
	}

	private static String format(double share) {
		return String.format(java.util.Locale.ROOT, "%.3f", share);
	}

}
