/**
 * Files received and read into raw rows: the inbox, the source profiles, the column reading, the verdicts of
 * files ({@code source_file}, {@code raw_row}).
 */
@ApplicationModule(displayName = "Ingestion", allowedDependencies = { "shared", "database" })
package fr.ptce.observatory.ingestion;

import org.springframework.modulith.ApplicationModule;
