package fr.ptce.observatory.operations;

import java.time.Clock;

import fr.ptce.observatory.normalisation.Years;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The observatory's one clock, French time: today's year for the dates and files it accepts, the year to report
 * on, the report's date, the login lockout. Read at each use, never captured, so a service running across New Year
 * moves on with it; tests replace it.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Years.PARIS;
	}

}
