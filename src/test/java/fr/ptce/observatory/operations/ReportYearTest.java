package fr.ptce.observatory.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The year a report is of when nobody says which: the same rule for every way a report is built. */
class ReportYearTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** 2026-12-31 at 23:30 UTC is already 2027 in Paris. */
	static final Clock NEW_YEAR_IN_PARIS = Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), PARIS);

	static final Clock MID_2026 = Clock.fixed(Instant.parse("2026-06-15T12:00:00Z"), PARIS);

	@Test
	void theLatestObservedYearUpToTheCurrentOne() {
		assertThat(ReportYear.among(List.of(2024, 2026, 2025), MID_2026)).hasValue(2026);
		assertThat(ReportYear.among(List.of(2025, 2024), MID_2026)).hasValue(2025);
	}

	@Test
	void aYearToComeIsReportedOnlyWhenNothingElseWasObserved() {
		assertThat(ReportYear.among(List.of(2027, 2025), MID_2026)).hasValue(2025);
		assertThat(ReportYear.among(List.of(2028, 2027), MID_2026)).hasValue(2028);
	}

	@Test
	void theCurrentYearIsTheOneOfParis() {
		assertThat(ReportYear.among(List.of(2026, 2027), NEW_YEAR_IN_PARIS)).hasValue(2027);
		assertThat(ReportYear.among(List.of(2026, 2027), Clock.fixed(Instant.parse("2026-12-31T22:30:00Z"), PARIS)))
			.hasValue(2026);
	}

	@Test
	void noYearWhenNoPoleWasObserved() {
		assertThat(ReportYear.among(List.of(), MID_2026)).isEmpty();
	}

}
