package fr.ptce.observatory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class of {@code src/main} runs over 250 lines only with the reason written at its top (« Over 250 lines
 * because … » in its Javadoc), so that a long class is a decision, not an accident.
 */
class ClassSizeTest {

	static final int LIMIT = 250;

	static final String REASON = "Over 250 lines because";

	/** The line that declares the top-level type. */
	static final java.util.regex.Pattern DECLARATION = java.util.regex.Pattern
		.compile("^(public |final |abstract |sealed )*(class|enum|record|interface) ");

	@Test
	void aClassOver250LinesSaysWhyAtItsTop() throws IOException {
		List<String> unexplained;
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			unexplained = sources.filter(path -> path.toString().endsWith(".java"))
				.filter(ClassSizeTest::longWithoutReason)
				.map(Path::toString)
				.sorted()
				.toList();
		}
		assertThat(unexplained).as("classes over %d lines without « %s » in their top Javadoc", LIMIT, REASON)
			.isEmpty();
	}

	@Test
	void theRuleSeesALongClassWithoutReason(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
		Path longClass = folder.resolve("Long.java");
		Files.writeString(longClass, "/** Long. */\nclass Long {\n" + "\n".repeat(LIMIT) + "}\n");
		Path explained = folder.resolve("Explained.java");
		Files.writeString(explained, "/** " + REASON + " it must. */\nclass Explained {\n" + "\n".repeat(LIMIT) + "}\n");

		assertThat(longWithoutReason(longClass)).isTrue();
		assertThat(longWithoutReason(explained)).isFalse();
	}

	/** Whether a source file runs over the limit and its text before the class declaration gives no reason. */
	static boolean longWithoutReason(Path source) {
		try {
			List<String> lines = Files.readAllLines(source);
			if (lines.size() <= LIMIT) {
				return false;
			}
			StringBuilder top = new StringBuilder();
			for (String line : lines) {
				if (DECLARATION.matcher(line).find()) {
					break;
				}
				top.append(line.replaceFirst("^\\s*\\*?\\s*", "")).append(' ');
			}
			return !top.toString().contains(REASON);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
