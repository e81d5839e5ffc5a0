package fr.ptce.observatory.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.ptce.observatory.testing.MovingClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Five failed logins in five minutes refuse an account for five minutes; a success clears the count. */
class LoginAttemptsTest {

	@Test
	void fiveFailuresWithinFiveMinutesLockTheAccountForFiveMinutes() {
		MovingClock clock = new MovingClock(Instant.parse("2026-12-01T10:00:00Z"));
		LoginAttempts attempts = new LoginAttempts(clock);
		for (int i = 0; i < LoginAttempts.LIMIT - 1; i++) {
			attempts.failed("coorace");
			clock.advance(Duration.ofSeconds(30));
		}
		assertThat(attempts.locked("coorace")).isFalse();
		attempts.failed("coorace");
		assertThat(attempts.locked("coorace")).isTrue();
		assertThat(attempts.locked("cress-normandie")).as("another account").isFalse();
		clock.advance(Duration.ofMinutes(4));
		assertThat(attempts.locked("coorace")).as("four minutes later").isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(attempts.locked("coorace")).as("five minutes after the fifth failure").isFalse();
		attempts.failed("coorace");
		assertThat(attempts.locked("coorace")).as("the count starts again").isFalse();
	}

	@Test
	void aLoginsCaseChangesNothingToItsCount() {
		LoginAttempts attempts = new LoginAttempts(new MovingClock(Instant.parse("2026-12-01T10:00:00Z")));
		for (String login : List.of("coorace", "Coorace", "COORACE", " coorace", "CoOrAcE")) {
			attempts.failed(login);
		}
		assertThat(attempts.locked("coorace")).isTrue();
		assertThat(attempts.locked("COORACE")).isTrue();
	}

	@Test
	void failuresSpreadOverMoreThanFiveMinutesLockNothing() {
		MovingClock clock = new MovingClock(Instant.parse("2026-12-01T10:00:00Z"));
		LoginAttempts attempts = new LoginAttempts(clock);
		for (int i = 0; i < 10; i++) {
			attempts.failed("coorace");
			clock.advance(Duration.ofSeconds(80));
		}
		assertThat(attempts.locked("coorace")).isFalse();
	}

}
