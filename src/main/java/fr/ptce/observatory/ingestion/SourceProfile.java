package fr.ptce.observatory.ingestion;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the observatory knows of one network's files, written by an operator in {@code jobs/sources/*.yml}:
 * onboarding a network is writing a profile, never code.
 *
 * @param name the profile's file name, without {@code .yml}
 * @param network the network's name, as reports show it
 * @param folder the inbox folder the network drops its files in ({@code null} when matched by name only)
 * @param fileName a regular expression on the file's name ({@code null} when matched by folder only)
 * @param priority the network's priority when sources disagree on a pole's field (higher wins; 50 by default)
 * @param sheet the name of the sheet of poles, when the content alone does not tell
 * @param headerRow the header's row as Excel numbers it, when the content alone does not tell
 * @param columns headers that synonyms cannot guess, with the field they mean
 * @param values per field, values as the network writes them with the value they mean
 * @param observationYear the year its files describe, when neither a column nor the file name says
 * @param replacement how its new files replace its earlier ones
 */
public record SourceProfile(String name, String network, String folder, Pattern fileName, int priority, String sheet,
		Integer headerRow, Map<String, Field> columns, Map<Field, Map<String, String>> values, Integer observationYear,
		Replacement replacement) {

	public static final int DEFAULT_PRIORITY = 50;

	/** The profile of files no profile claims. */
	public static final SourceProfile NONE = new SourceProfile("aucun", null, null, null, DEFAULT_PRIORITY, null, null,
			Map.of(), Map.of(), null, Replacement.SAME_NAME);

	/** Whether a file (its path relative to the inbox) is one of this network's. */
	public boolean claims(String relativeName) {
		String fileName = relativeName.substring(relativeName.lastIndexOf('/') + 1);
		boolean inFolder = this.folder == null || relativeName.startsWith(this.folder + "/");
		boolean named = this.fileName == null || this.fileName.matcher(fileName).matches();
		return (this.folder != null || this.fileName != null) && inFolder && named;
	}

	/** The value a network's wording means for a field, when the profile maps it. */
	public Optional<String> mappedValue(Field field, String value) {
		Map<String, String> mapping = this.values.getOrDefault(field, Map.of());
		return Optional.ofNullable(mapping.get(Folding.fold(value)));
	}

}
