package fr.ptce.observatory.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A word of a field's headers on a sheet of one kind, with its weight ({@code reference/header-words.csv}, read once):
 * folded, or the stem of a verb marked {@link HeaderWords#VERB}.
 */
record HeaderWord(RowKind kind, Field field, String word, double weight) {

	/** The words shipped with the observatory. */
	static final List<HeaderWord> STANDARD = read("/reference/header-words.csv");

	/** The words of every field, verbs' stems aside. */
	static Set<String> standardWords() {
		return STANDARD.stream().map(HeaderWord::word).filter(word -> !word.startsWith(HeaderWords.VERB))
			.collect(Collectors.toUnmodifiableSet());
	}

	private static List<HeaderWord> read(String resource) {
		List<HeaderWord> words = new ArrayList<>();
		try (InputStream in = HeaderWord.class.getResourceAsStream(resource);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("sheet;"))
				.map(line -> line.split(";"))
				.forEach(row -> {
					Field field = Field.valueOf(row[1].strip());
					double weight = Double.parseDouble(row[3].strip());
					String written = row[2].strip();
					String word = written.startsWith(HeaderWords.VERB)
							? HeaderWords.VERB + Folding.fold(written.substring(1)) : Folding.fold(written);
					if (!row[0].equals("MEMBER")) {
						words.add(new HeaderWord(RowKind.POLE, field, word, weight));
					}
					if (!row[0].equals("POLE")) {
						words.add(new HeaderWord(RowKind.MEMBER, field, word, weight));
					}
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return List.copyOf(words);
	}

}
