package fr.ptce.observatory.normalisation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.ingestion.Folding;

/**
 * A controlled vocabulary: canonical values, each with the synonyms seen in files (kept as data under
 * {@code reference/}, extended by operators in {@code jobs/vocabulaires/}). A value is recognised when its
 * folded form equals a folded synonym, or starts with one followed by other words ("association loi 1901
 * déclarée").
 */
public final class Vocabulary {

	private final Map<String, String> canonicalBySynonym = new LinkedHashMap<>();

	/** The folded synonyms by their first word, for the value that starts with one. */
	private final Map<String, List<String>> synonymsByFirstWord = new java.util.HashMap<>();

	Vocabulary(String resource) {
		this(resource, null);
	}

	/**
	 * @param resource the shipped vocabulary
	 * @param extension an operator's file in the same format whose lines add to (or override) the shipped
	 * ones; ignored when {@code null} or absent
	 */
	Vocabulary(String resource, Path extension) {
		for (String[] row : ReferenceFiles.rows(resource)) {
			this.canonicalBySynonym.put(Folding.fold(row[1]), row[0]);
		}
		if (extension != null && Files.isRegularFile(extension)) {
			readExtension(extension);
		}
		for (String synonym : this.canonicalBySynonym.keySet()) {
			this.synonymsByFirstWord.computeIfAbsent(firstWord(synonym), word -> new java.util.ArrayList<>()).add(synonym);
		}
	}

	private static String firstWord(String folded) {
		int space = folded.indexOf(' ');
		return (space < 0) ? folded : folded.substring(0, space);
	}

	/** The longest folded synonym a folded value starts with, followed by other words; {@code null} when none. */
	private String longestLeading(String folded) {
		String best = null;
		for (String synonym : this.synonymsByFirstWord.getOrDefault(firstWord(folded), List.of())) {
			boolean leads = folded.length() > synonym.length() && folded.startsWith(synonym)
					&& folded.charAt(synonym.length()) == ' ';
			if (leads && (best == null || synonym.length() > best.length())) {
				best = synonym;
			}
		}
		return best;
	}

	private void readExtension(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		boolean header = true;
		for (int index = 0; index < lines.size(); index++) {
			String line = lines.get(index).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			if (header) {
				header = false;
				if (line.startsWith("canonical;") || line.startsWith("valeur;")) {
					continue;
				}
			}
			String[] parts = line.split(";", -1);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new IllegalStateException("Vocabulaire " + file + ", ligne " + (index + 1)
						+ " : « valeur;synonyme » attendu, pas « " + line + " ».");
			}
			this.canonicalBySynonym.put(Folding.fold(parts[1]), parts[0].strip());
		}
	}

	/** The canonical values, each once, in the order of the files: what a drop-down list offers. */
	public List<String> values() {
		return this.canonicalBySynonym.values().stream().distinct().toList();
	}

	/** Each synonym, folded, with its canonical value, in the order of the files. */
	Map<String, String> synonyms() {
		return java.util.Collections.unmodifiableMap(this.canonicalBySynonym);
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
		String leading = longestLeading(folded);
		return Optional.ofNullable((leading != null) ? this.canonicalBySynonym.get(leading) : null);
	}

	/** Whether a value is exactly one of the vocabulary's synonyms (case, accents and punctuation aside). */
	boolean knows(String value) {
		return this.canonicalBySynonym.containsKey(Folding.fold(value));
	}

	/** The synonym, folded, that a value starts with, when it is one of this vocabulary's. */
	Optional<String> leadingSynonym(String value) {
		return Optional.ofNullable(longestLeading(Folding.fold(value)));
	}

}
