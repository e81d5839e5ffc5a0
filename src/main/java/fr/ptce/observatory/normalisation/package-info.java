/**
 * Raw rows made into normalised records of poles and members, with the French reference data and vocabularies
 * ({@code pole_record}, {@code member_record}: inserted and deleted here; their resolution columns are set by
 * resolution).
 */
@ApplicationModule(displayName = "Normalisation", allowedDependencies = { "shared", "database", "ingestion" })
package fr.ptce.observatory.normalisation;

import org.springframework.modulith.ApplicationModule;
