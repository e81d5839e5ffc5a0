/**
 * The year's report: charts, PDF, XLSX and open data, and the review queue's export.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared", "ingestion", "normalisation", "resolution", "indicators" })
package fr.ptce.observatory.reporting;

import org.springframework.modulith.ApplicationModule;
