package fr.ptce.observatory.resolution;

/**
 * The evidence a normalised record carries for resolution.
 */
record ResolvableRecord(long rawRowId, long fileId, String siren, String nameKey, String departement) {
}
