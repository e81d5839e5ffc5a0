package fr.ptce.observatory.operations;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * The year a report is of when nobody says which: the latest observed year that is not after the current one
 * (French time), else the latest observed year (only files of years to come were received). The one rule of the
 * first start, the nightly import, the one-shot run and the runs page.
 */
final class ReportYear {

	private ReportYear() {
	}

	/**
	 * @param observed the years with at least one pole, in any order
	 * @param clock gives the current year
	 */
	static Optional<Integer> among(List<Integer> observed, Clock clock) {
		int current = Year.now(clock).getValue();
		return observed.stream()
			.filter(year -> year <= current)
			.max(Integer::compare)
			.or(() -> observed.stream().max(Integer::compare));
	}

}
