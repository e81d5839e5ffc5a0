package fr.ptce.observatory.normalisation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.ingestion.Folding;

/**
 * A controlled vocabulary: canonical values, each with the synonyms seen in files (kept as data under
 * {@code reference/}). A value is recognised when its folded form equals a folded synonym, or starts with
 * one followed by other words ("association loi 1901 déclarée").
 */
public final class Vocabulary {

	private final Map<String, String> canonicalBySynonym = new LinkedHashMap<>();

	private Vocabulary(String resource) {
		for (String[] row : ReferenceFiles.rows(resource)) {
			this.canonicalBySynonym.put(Folding.fold(row[1]), row[0]);
		}
	}

	public static Vocabulary legalForms() {
		return new Vocabulary("/reference/legal-forms.csv");
	}

	public static Vocabulary statuses() {
		return new Vocabulary("/reference/statuses.csv");
	}

	public static Vocabulary memberCategories() {
		return new Vocabulary("/reference/member-categories.csv");
	}

	public static Vocabulary siaeTypes() {
		return new Vocabulary("/reference/siae-types.csv");
	}

	public Optional<String> canonical(String value) {
		String folded = Folding.fold(value);
		if (folded.isEmpty()) {
			return Optional.empty();
		}
		String exact = this.canonicalBySynonym.get(folded);
		if (exact != null) {
			return Optional.of(exact);
		}
		String best = null;
		int bestLength = 0;
		for (Map.Entry<String, String> entry : this.canonicalBySynonym.entrySet()) {
			String synonym = entry.getKey();
			if (folded.startsWith(synonym + " ") && synonym.length() > bestLength) {
				best = entry.getValue();
				bestLength = synonym.length();
			}
		}
		return Optional.ofNullable(best);
	}

}
