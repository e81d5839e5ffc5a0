package fr.ptce.observatory.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Failed logins per account: after {@link #LIMIT} failures within {@link #WINDOW}, the account is refused for
 * {@link #WINDOW} from the last one, whatever the password (a guessed password gains nothing). A successful login
 * clears the count.
 * Kept in memory: each instance counts the attempts it receives.
 */
@Component
class LoginAttempts {

	static final int LIMIT = 5;

	static final Duration WINDOW = Duration.ofMinutes(5);

	/** How many logins' failures are kept before the old ones are swept. */
	private static final int MAX_COUNTED = 10_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginAttempts(Clock clock) {
		this.clock = clock;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		failed(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName()));
	}

	/** Logins are found whatever their case: so are their failures. */
	private static String key(String login) {
		return (login == null) ? "" : login.strip().toLowerCase(java.util.Locale.ROOT);
	}

	void failed(String login) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_COUNTED) {
			// names made up by the thousand: what has aged out of the window is forgotten
			this.failures.values().removeIf(times -> {
				synchronized (times) {
					forgetOld(times, now);
					return times.isEmpty();
				}
			});
			this.lockedUntil.values().removeIf(until -> !now.isBefore(until));
		}
		Deque<Instant> times = this.failures.computeIfAbsent(key(login), key -> new ArrayDeque<>());
		synchronized (times) {
			forgetOld(times, now);
			times.addLast(now);
			if (times.size() >= LIMIT) {
				this.lockedUntil.put(key(login), now.plus(WINDOW));
				times.clear();
			}
		}
	}

	/** Whether the account is refused for now: within {@link #WINDOW} of its {@link #LIMIT}th failure in a row. */
	boolean locked(String login) {
		Instant until = this.lockedUntil.get(key(login));
		return until != null && this.clock.instant().isBefore(until);
	}

	private static void forgetOld(Deque<Instant> times, Instant now) {
		while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
			times.removeFirst();
		}
	}

}
