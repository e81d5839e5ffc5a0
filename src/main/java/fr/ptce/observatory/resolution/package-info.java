/**
 * Records matched, clustered and made into poles with stable identifiers, golden records and review decisions
 * ({@code pole}, {@code member}, {@code review_pair}, {@code pole_redirect}…).
 */
@ApplicationModule(displayName = "Resolution", allowedDependencies = { "shared", "database", "ingestion", "normalisation" })
package fr.ptce.observatory.resolution;

import org.springframework.modulith.ApplicationModule;
