package fr.ptce.observatory.normalisation;

import fr.ptce.observatory.ingestion.Field;

/**
 * A value set aside while its row was kept: which field, and why, in French.
 */
public record FieldWarning(Field field, String message) {
}
