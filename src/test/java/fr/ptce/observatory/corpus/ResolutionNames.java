package fr.ptce.observatory.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The word lists of one part of the resolution corpus ({@code src/test/resources/corpus/resolution-names-*.csv}),
 * and the ways networks vary a name: typos, truncation, initials, capitals, accents. The part decides the
 * distinctive words, the frequent type words, the look-alike templates and the forms of a place added to a name;
 * geography, SIRETs and statuses are common to both parts.
 */
final class ResolutionNames {

	/** What a line of a word list holds (see the header of the files). */
	enum Kind {
		TYPE, SUFFIX, CORE, SYLLABLE, THEME, PERSON, PERSON_TYPE, LOOKALIKE, PLACE_FORM, CARRIER, SHARED_CARRIER, COOP,
		MEMBER_WORD
	}

	/** A line: its text and its third column (a legal form for carriers), {@code ""} when none. */
	record Entry(String text, String extra) {
	}

	private static final Set<String> STOP_WORDS = Set.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "a",
			"en", "au", "aux", "pour", "sur");

	final Vocabulary part;

	private final Map<Kind, List<Entry>> entries = new EnumMap<>(Kind.class);

	private Set<String> frequentWords;

	private ResolutionNames(Vocabulary part) {
		this.part = part;
	}

	/** The file of a part under {@code src/test/resources/corpus/}. */
	static String fileName(Vocabulary part) {
		return switch (part) {
			case TUNING -> "resolution-names-tuning.csv";
			case HELD_OUT -> "resolution-names-held-out.csv";
			case VALIDATION -> "resolution-names-validation.csv";
			default -> throw new IllegalArgumentException("no resolution word lists for " + part);
		};
	}

	/**
	 * The word lists of a part, from {@code src/test/resources/corpus/} when run from the project's directory
	 * (never a stale copy in {@code target/test-classes}), else from the test classpath.
	 */
	static ResolutionNames load(Vocabulary part) {
		ResolutionNames names = new ResolutionNames(part);
		String file = fileName(part);
		Path source = Path.of("src/test/resources/corpus", file);
		try (InputStream in = Files.exists(source) ? Files.newInputStream(source)
				: ResolutionNames.class.getResourceAsStream("/corpus/" + file);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("kind;"))
				.forEach(line -> {
					String[] cells = line.split(";", -1);
					names.entries.computeIfAbsent(Kind.valueOf(cells[0]), k -> new ArrayList<>())
						.add(new Entry(cells[1], (cells.length > 2) ? cells[2] : ""));
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	List<Entry> entries(Kind kind) {
		return List.copyOf(this.entries.getOrDefault(kind, List.of()));
	}

	List<String> texts(Kind kind) {
		return entries(kind).stream().map(Entry::text).toList();
	}

	/**
	 * The frequent type words of this part: the words (folded, three letters or more, articles aside) of its
	 * type phrases, suffixes and what persons' houses are called, plus « PTCE » and the words of its long form.
	 */
	Set<String> frequentWords() {
		if (this.frequentWords != null) {
			return this.frequentWords;
		}
		Set<String> words = new LinkedHashSet<>();
		for (Kind kind : List.of(Kind.TYPE, Kind.SUFFIX, Kind.PERSON_TYPE)) {
			for (String text : texts(kind)) {
				for (String word : fold(text).split(" ")) {
					if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
						words.add(word);
					}
				}
			}
		}
		words.addAll(List.of("ptce", "pole", "territorial", "cooperation", "economique"));
		this.frequentWords = Set.copyOf(words);
		return this.frequentWords;
	}

	/** Whether a name holds a frequent type word of this part. */
	boolean hasFrequentWord(String name) {
		Set<String> frequent = frequentWords();
		for (String word : fold(name).split(" ")) {
			if (frequent.contains(word)) {
				return true;
			}
		}
		return false;
	}

	/** A word invented from this part's syllables, capitalised: « Kalidor ». */
	String invented(Random random) {
		List<String> syllables = texts(Kind.SYLLABLE);
		StringBuilder word = new StringBuilder();
		for (int i = 2 + random.nextInt(2); i > 0; i--) {
			word.append(syllables.get(random.nextInt(syllables.size())));
		}
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	// ------------------------------------------------------------------------------------------- variations

	/**
	 * The name with one letter of its longest word (five letters or more) swapped with the next, dropped or
	 * doubled; the name as it is when no word is long enough.
	 */
	static String typo(String name, Random random) {
		String[] words = name.split(" ");
		int longest = -1;
		for (int i = 0; i < words.length; i++) {
			if (words[i].length() >= 5 && words[i].chars().allMatch(Character::isLetter)
					&& (longest < 0 || words[i].length() > words[longest].length())) {
				longest = i;
			}
		}
		if (longest < 0) {
			return name;
		}
		String word = words[longest];
		int at = 1 + random.nextInt(word.length() - 3);
		String changed = switch (random.nextInt(3)) {
			case 0 -> (word.charAt(at) == word.charAt(at + 1)) ? word.substring(0, at) + word.substring(at + 1)
					: word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
			case 1 -> word.substring(0, at) + word.substring(at + 1);
			default -> word.substring(0, at + 1) + word.substring(at);
		};
		words[longest] = changed;
		return String.join(" ", words);
	}

	/** The name cut at {@code length} characters (a cell limit), trailing spaces and punctuation removed. */
	static String truncate(String name, int length) {
		return name.substring(0, Math.min(length, name.length())).replaceAll("[\\s'’,–-]+$", "");
	}

	/** « Jean Moulin » → « J. Moulin », « Jean-Marie Tjibaou » → « J.-M. Tjibaou »: the given names as initials. */
	static String initials(String person) {
		int last = person.lastIndexOf(' ');
		String given = person.substring(0, person.indexOf(' '));
		String rest = person.substring(person.indexOf(' ') + 1);
		if (given.contains("-")) {
			String[] parts = given.split("-");
			return parts[0].charAt(0) + ".-" + parts[1].charAt(0) + ". " + rest;
		}
		return (last > 0) ? given.charAt(0) + ". " + rest : person;
	}

	/** The name in capitals, as French keyboards type them: accents kept or dropped. */
	static String capitals(String name, boolean dropAccents) {
		String upper = name.toUpperCase(Locale.FRANCE);
		return dropAccents ? stripAccents(upper) : upper;
	}

	/** The name without accents (« Éco-construction » → « Eco-construction »). */
	static String stripAccents(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/** Folds as the corpus compares names: {@link HeaderVocabulary#fold}. */
	static String fold(String text) {
		return HeaderVocabulary.fold(text);
	}

	/**
	 * « Saint-Priest » → « St-Priest », « St Priest », « ST PRIEST »; « Sainte-Foy » → « Ste-Foy »…; the name as
	 * it is when it has no « Saint ».
	 */
	static String abbreviateSaint(String name, int way) {
		String abbreviated = name.replace("Sainte-", "Ste-").replace("Saint-", "St-").replace("Sainte ", "Ste ")
			.replace("Saint ", "St ");
		return switch (way % 3) {
			case 0 -> abbreviated;
			case 1 -> abbreviated.replace("St-", "St ").replace("Ste-", "Ste ");
			default -> stripAccents(abbreviated.toUpperCase(Locale.FRANCE)).replace('-', ' ');
		};
	}

	/** Whether a commune's name starts with « Saint » or « Sainte ». */
	static boolean isSaint(String commune) {
		return commune.startsWith("Saint-") || commune.startsWith("Sainte-") || commune.startsWith("Saint ")
				|| commune.startsWith("Sainte ");
	}

}
