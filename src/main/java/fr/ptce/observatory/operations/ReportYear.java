package fr.ptce.observatory.operations;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import fr.ptce.observatory.indicators.YearlyFacts;

import org.springframework.stereotype.Component;

/**
 * The year a report is of when nobody says which: the latest observed year that is not after the current one
 * (French time), else the latest observed year (only files of years to come were received). The one rule of the
 * first start, the nightly import, the one-shot run, the runs page and the networks' next-year workbook.
 */
@Component
public class ReportYear {

	private final YearlyFacts yearlyFacts;

	private final Clock clock;

	ReportYear(YearlyFacts yearlyFacts, Clock clock) {
		this.yearlyFacts = yearlyFacts;
		this.clock = clock;
	}

	/** The observation years with at least one pole, latest first. */
	public List<Integer> observed() {
		return this.yearlyFacts.observedYears();
	}

	/** The year to report on; empty when no pole was observed. */
	public Optional<Integer> toReport() {
		return among(observed(), this.clock);
	}

	/** The year to report on, else last year: what a form offers first. */
	public int toReportOrLastYear() {
		return toReport().orElse(Year.now(this.clock).getValue() - 1);
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
