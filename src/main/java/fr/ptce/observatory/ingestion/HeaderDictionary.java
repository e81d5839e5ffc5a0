package fr.ptce.observatory.ingestion;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises what a column means from its header: the national template's headers and their synonyms
 * (kept as data in {@code reference/header-synonyms.csv}), compared after {@link Folding folding}.
 */
public final class HeaderDictionary {

	private static final String RESOURCE = "/reference/header-synonyms.csv";

	private final Map<String, Field> fieldsByFoldedHeader;

	private HeaderDictionary(Map<String, Field> fieldsByFoldedHeader) {
		this.fieldsByFoldedHeader = Map.copyOf(fieldsByFoldedHeader);
	}

	/** The dictionary shipped with the observatory. */
	public static HeaderDictionary standard() {
		Map<String, Field> fields = new HashMap<>();
		for (Field field : Field.values()) {
			fields.put(Folding.fold(field.templateHeader()), field);
		}
		try (InputStream in = HeaderDictionary.class.getResourceAsStream(RESOURCE);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("field;"))
				.forEach(line -> {
					int separator = line.indexOf(';');
					fields.putIfAbsent(Folding.fold(line.substring(separator + 1)),
							Field.valueOf(line.substring(0, separator).trim()));
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new HeaderDictionary(fields);
	}

	public Optional<Field> fieldOf(String header) {
		return Optional.ofNullable(this.fieldsByFoldedHeader.get(Folding.fold(header)));
	}

}
