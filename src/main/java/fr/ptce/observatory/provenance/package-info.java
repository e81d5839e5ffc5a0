/**
 * Where each figure comes from: the lineage of every row read, and the feedback workbook sent back to a network.
 */
@ApplicationModule(displayName = "Provenance", allowedDependencies = { "shared", "ingestion", "normalisation", "resolution" })
package fr.ptce.observatory.provenance;

import org.springframework.modulith.ApplicationModule;
