package fr.ptce.observatory.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock whose time a test moves on, in Paris as the observatory's own clock. */
public final class MovingClock extends Clock {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private Instant now;

	public MovingClock(Instant now) {
		this.now = now;
	}

	/** Moves the clock to the given instant. */
	public void set(Instant now) {
		this.now = now;
	}

	/** Moves the clock on by the given duration. */
	public void advance(java.time.Duration duration) {
		this.now = this.now.plus(duration);
	}

	@Override
	public ZoneId getZone() {
		return PARIS;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(PARIS) ? this : Clock.fixed(this.now, zone);
	}

	@Override
	public Instant instant() {
		return this.now;
	}

}
