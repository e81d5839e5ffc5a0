package fr.ptce.observatory.ingestion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The fuzz suite: every hostile or broken file gets a verdict (rows read, or a reason it is refused) within a
 * time bound, with no crash, no hang and no out-of-memory. Fixed seed and a bounded number of mutations in CI;
 * a longer run is {@code ./mvnw test -Dtest=HostileFilesTest -Dfuzz.cases=5000 -Dfuzz.seed=1}.
 */
class HostileFilesTest {

	static final Duration BOUND = Duration.ofSeconds(20);

	static final long SEED = Long.getLong("fuzz.seed", 20261127L);

	static final int CASES = Integer.getInteger("fuzz.cases", 500);

	@TempDir
	Path folder;

	/** What reading a file came to. */
	record Verdict(String kind, String detail, int rows) {
	}

	@Test
	void craftedFilesAreRefusedWithAReasonOrReadSafely() throws Exception {
		Map<String, Path> files = HostileFiles.crafted(this.folder);
		Map<String, Verdict> verdicts = new TreeMap<>();
		files.forEach((name, file) -> verdicts.put(name, readWithinBound(file)));
		verdicts.forEach((name, verdict) -> System.out.printf("  %-22s %s%n", name, verdict));

		assertThat(verdicts.values()).noneMatch(verdict -> verdict.kind().equals("crash"));
		assertThat(verdicts.get("xxe").detail()).doesNotContain("root:");
		assertThat(verdicts.get("entites-en-cascade").kind()).isEqualTo("refused");
		assertThat(verdicts.get("million-colonnes").kind()).isEqualTo("refused");
		assertThat(verdicts.get("csv-million-colonnes").kind()).isEqualTo("refused");
		assertThat(verdicts.get("bombe-zip").kind()).isEqualTo("refused");
		assertThat(verdicts.get("bombe-zip").detail()).contains("bombe");
		assertThat(verdicts.get("formules").kind()).isEqualTo("read");
	}

	/** Words of the messages libraries throw (« zip END header not found », « Unexpected end of input »…). */
	private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
			"(?i)\\b(the|not|found|unexpected|invalid|header|end of|exception|failed|cannot|error|expected|stream)\\b");

	@Test
	void mutatedSampleFilesAllGetAVerdictInTime() throws Exception {
		List<Path> seeds;
		try (Stream<Path> paths = Files.walk(Path.of("input-samples"))) {
			seeds = paths.filter(Files::isRegularFile).filter(path -> !path.toString().endsWith(".md"))
				.filter(path -> !path.toString().contains("divers")).sorted().toList();
		}
		List<Path> mutations = HostileFiles.mutations(seeds, this.folder, SEED, CASES);
		Map<String, Integer> kinds = new TreeMap<>();
		List<String> crashes = new ArrayList<>();
		List<String> english = new ArrayList<>();
		for (Path file : mutations) {
			Verdict verdict = readWithinBound(file);
			kinds.merge(verdict.kind(), 1, Integer::sum);
			if (verdict.kind().equals("crash")) {
				crashes.add(file.getFileName() + ": " + verdict.detail());
			}
			if (verdict.kind().equals("refused") && ENGLISH.matcher(verdict.detail()).find()) {
				english.add(file.getFileName() + ": " + verdict.detail());
			}
		}
		System.out.printf("fuzz: seed %d, %d mutations of %d sample files: %s%n", SEED, CASES, seeds.size(), kinds);
		assertThat(crashes).isEmpty();
		assertThat(english).as("verdicts for networks are in French, never a library's message").isEmpty();
		assertThat(kinds.getOrDefault("refused", 0) + kinds.getOrDefault("read", 0)).isEqualTo(CASES);
	}

	/**
	 * Reads a file to its end as the import does. "read": rows came out; "refused": a verdict for the network;
	 * "crash": anything else (an error, or an exception the import would have to turn into a generic verdict).
	 */
	private static Verdict readWithinBound(Path file) {
		return assertTimeoutPreemptively(BOUND, () -> {
			try (NetworkFileReader reader = NetworkFileReader.open(file, HeaderDictionary.standard())) {
				int rows = 0;
				StringBuilder text = new StringBuilder();
				for (RawRow row = reader.read(); row != null; row = reader.read()) {
					rows++;
					if (text.length() < 10_000) {
						row.cells().values().forEach(value -> text.append(value).append(' '));
					}
				}
				return new Verdict("read", text.length() > 200 ? text.substring(0, 200) : text.toString(), rows);
			}
			catch (UnreadableFileException ex) {
				return new Verdict("refused", ex.getMessage(), 0);
			}
			catch (RuntimeException | StackOverflowError | OutOfMemoryError ex) {
				return new Verdict("crash", ex.toString(), 0);
			}
		}, () -> "no verdict within " + BOUND + " for " + file.getFileName());
	}


}
