package fr.ptce.observatory.normalisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads the {@code ;}-separated reference files shipped under {@code reference/}: comment lines start with
 * {@code #}, the first other line is the header.
 */
final class ReferenceFiles {

	private ReferenceFiles() {
	}

	static List<String[]> rows(String resource) {
		InputStream in = ReferenceFiles.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing reference file " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.skip(1)
				.map(line -> line.split(";", -1))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
