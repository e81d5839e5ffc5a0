/**
 * Records matched, clustered and made into poles with stable identifiers, golden records and review decisions
 * ({@code pole}, {@code member}, {@code review_pair}, {@code pole_redirect}…). It also sets the resolution columns
 * of normalisation's records (their pole, outcome, rule and score; a member's organisation): the one place where
 * two modules write one table. Normalisation inserts and deletes the records; keeping each record's pole on its row
 * spares every reader of a record's pole (some forty queries) a join, and the import a second write per record.
 */
@ApplicationModule(displayName = "Resolution", allowedDependencies = { "shared", "database", "ingestion", "normalisation" })
package fr.ptce.observatory.resolution;

import org.springframework.modulith.ApplicationModule;
