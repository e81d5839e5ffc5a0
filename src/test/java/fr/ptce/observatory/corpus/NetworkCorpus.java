package fr.ptce.observatory.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import fr.ptce.observatory.corpus.FileStyle.Format;
import fr.ptce.observatory.ingestion.Field;

/**
 * Writes a corpus of realistic network files, with the truth about each, to measure how well the reader
 * generalises to files it has never seen: about 40 files ({@code reseau-01-2025.xlsx}, {@code reseau-02-2025.csv}…),
 * mostly .xlsx, some .csv and .xls; most list poles (titles above the header, headers from one part of the
 * {@link HeaderVocabulary vocabulary} in any order, placeholder rows, totals, duplicates, notice, summary and
 * members sheets), about one in ten is a summary table to be refused. The same seed and part give the same
 * corpus. Run {@code main} with a directory, a seed and a part ({@code TUNING}, {@code VALIDATION} or {@code HELD_OUT}).
 */
public final class NetworkCorpus {

	/** The fields a sheet of poles of the corpus may hold; each has headers in both parts of the vocabulary. */
	public static final List<Field> POLE_FIELDS = List.of(Field.NAME, Field.ACRONYM, Field.CARRIER_NAME, Field.SIRET,
			Field.RNA, Field.LEGAL_FORM, Field.ADDRESS, Field.POSTAL_CODE, Field.COMMUNE, Field.COMMUNE_CODE,
			Field.DEPARTEMENT, Field.REGION, Field.CREATION_YEAR, Field.STATUS, Field.LAUREATE, Field.SECTORS,
			Field.MEMBERS_ESS, Field.MEMBERS_CLASSIC, Field.MEMBERS_AUTHORITIES, Field.MEMBERS_RESEARCH,
			Field.MEMBERS_TRAINING, Field.MEMBERS_SIAE, Field.MEMBERS_OTHER, Field.JOBS_CREATED, Field.FTE,
			Field.BUDGET, Field.WEBSITE, Field.CONTACT_NAME, Field.CONTACT_EMAIL, Field.CONTACT_PHONE);

	/** The fields a sheet of members of the corpus may hold (NAME is the member's name). */
	public static final List<Field> MEMBER_FIELDS = List.of(Field.MEMBER_OF, Field.NAME, Field.SIRET,
			Field.MEMBER_CATEGORY, Field.COMMUNE, Field.YEAR_JOINED);

	/** The number of files of a corpus. */
	public static final int FILES = 40;

	private NetworkCorpus() {
	}

	/**
	 * Writes the corpus of the given seed and vocabulary part into {@code dir} (created if needed) and returns its
	 * truth. Of the 40 files, 4 are summaries; 28 are .xlsx, 8 .csv and 4 .xls.
	 */
	public static Corpus write(Path dir, long seed, Vocabulary part) {
		HeaderVocabulary vocabulary = HeaderVocabulary.load(part);
		Geography geography = Geography.load();
		Random random = new Random(seed);
		List<Format> formats = new ArrayList<>();
		formats.addAll(Collections.nCopies(28, Format.XLSX));
		formats.addAll(Collections.nCopies(8, Format.CSV));
		formats.addAll(Collections.nCopies(4, Format.XLS));
		Collections.shuffle(formats, random);
		List<Integer> numbers = new ArrayList<>();
		for (int i = 1; i <= FILES; i++) {
			numbers.add(i);
		}
		Collections.shuffle(numbers, random);
		List<Integer> summaries = List.copyOf(numbers.subList(0, FILES / 10));
		List<FileTruth> files = new ArrayList<>();
		try {
			Files.createDirectories(dir);
			for (int i = 1; i <= FILES; i++) {
				Format format = formats.get(i - 1);
				String fileName = String.format("reseau-%02d-2025.%s", i, format.extension);
				NetworkFile file = new NetworkFile(fileName, format, random.nextLong(), vocabulary, geography);
				files.add(summaries.contains(i) ? file.writeSummary(dir) : file.writeList(dir));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Corpus(List.copyOf(files));
	}

	/**
	 * Writes a corpus: {@code main DIR SEED PART}; prints its summary, and the vocabulary's problems if any
	 * ({@link HeaderVocabulary#problems()}, held-out texts the reader already knows).
	 */
	public static void main(String[] args) {
		if (args.length != 3) {
			System.err.println("usage: NetworkCorpus DIR SEED TUNING|VALIDATION|VALIDATION_2|VALIDATION_3|VALIDATION_4|VALIDATION_5|VALIDATION_6|VALIDATION_7|HELD_OUT");
			System.exit(2);
		}
		Vocabulary part = Vocabulary.valueOf(args[2]);
		List<String> problems = new ArrayList<>(HeaderVocabulary.problems());
		HeaderVocabulary.load(Vocabulary.HELD_OUT)
			.knownToReader()
			.forEach(known -> problems.add("held-out text known to the reader: " + known));
		problems.forEach(problem -> System.err.println("vocabulary: " + problem));
		Corpus corpus = write(Path.of(args[0]), Long.parseLong(args[1]), part);
		System.out.println(part + " seed " + args[1] + ": " + corpus.summary());
	}

}
