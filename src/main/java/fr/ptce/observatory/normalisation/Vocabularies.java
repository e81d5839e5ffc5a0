package fr.ptce.observatory.normalisation;

import java.nio.file.Path;

/**
 * The controlled vocabularies of SPEC §3 and the placeholders that are not names, each shipped under {@code reference/} and extensible by operators
 * with a file of the same name in {@code jobs/vocabulaires/} ({@code valeur;synonyme} lines).
 */
public record Vocabularies(Vocabulary legalForms, Vocabulary statuses, Vocabulary memberCategories,
		Vocabulary siaeTypes, Vocabulary sectors, Vocabulary laureates, Vocabulary siretRoles,
		Vocabulary placeholders, Vocabulary placeholderWords) {

	/** The shipped vocabularies only. */
	public static Vocabularies standard() {
		return load(null);
	}

	/**
	 * The shipped vocabularies, extended by the operator's files of {@code folder} (when not {@code null}). A
	 * malformed line stops the start-up with its file and line.
	 */
	public static Vocabularies load(Path folder) {
		return new Vocabularies(vocabulary("legal-forms.csv", folder), vocabulary("statuses.csv", folder),
				vocabulary("member-categories.csv", folder), vocabulary("siae-types.csv", folder),
				vocabulary("sectors.csv", folder), vocabulary("laureates.csv", folder),
				vocabulary("siret-roles.csv", folder), vocabulary("placeholders.csv", folder),
				vocabulary("placeholder-words.csv", folder));
	}

	private static Vocabulary vocabulary(String name, Path folder) {
		return new Vocabulary("/reference/" + name, (folder != null) ? folder.resolve(name) : null);
	}

}
