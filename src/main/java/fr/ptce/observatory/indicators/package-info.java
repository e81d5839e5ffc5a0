/**
 * The poles' yearly facts and the year's indicators ({@code pole_year}, {@code indicator_value}).
 */
@ApplicationModule(displayName = "Indicators", allowedDependencies = { "shared", "normalisation", "resolution" })
package fr.ptce.observatory.indicators;

import org.springframework.modulith.ApplicationModule;
