package fr.ptce.observatory.ingestion;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a network's new file replaces its earlier ones (key {@code remplacement} of a source profile). A file that
 * replaces another takes its place in the figures; the earlier one is kept, « remplacé ».
 */
public enum Replacement {

	/**
	 * {@code meme-nom} (the default): a file replaces the earlier files of its network and year with the same name
	 * once corrections are set aside (« poles-2025-corrige.xlsx », « poles-2025 v2.xlsx », « poles-2025 (1).xlsx »
	 * replace « poles-2025.xlsx »); several lists of one network in one year are all kept.
	 */
	SAME_NAME("meme-nom"),

	/** {@code reseau-annee}: a network sends one list a year; its latest file replaces the earlier ones. */
	NETWORK_YEAR("reseau-annee"),

	/** {@code jamais}: every file adds to the others. */
	NEVER("jamais");

	private static final Set<String> CORRECTION_WORDS = Set.of("corrige", "corrigee", "corrigees", "correction",
			"corr", "rectifie", "rectificatif", "version", "final", "finale", "definitif", "definitive", "def", "maj",
			"copie", "nouveau", "nouvelle", "bis", "new", "modifie", "modifiee", "vf");

	private final String key;

	Replacement(String key) {
		this.key = key;
	}

	/** The word a profile writes. */
	public String key() {
		return this.key;
	}

	public static Replacement ofKey(String key) {
		for (Replacement replacement : values()) {
			if (replacement.key.equals(key)) {
				return replacement;
			}
		}
		throw new IllegalArgumentException(key);
	}

	/**
	 * A file's name with its folder, extension and correction marks set aside, for {@link #SAME_NAME}:
	 * « reseau/Poles 2025 - corrigé v2 (1).xlsx » is « reseau/poles 2025 ».
	 */
	public static String baseName(String name) {
		int slash = name.lastIndexOf('/');
		String folder = (slash >= 0) ? name.substring(0, slash + 1) : "";
		String file = name.substring(slash + 1);
		int dot = file.lastIndexOf('.');
		file = (dot > 0) ? file.substring(0, dot) : file;
		// « (1) », « (2) » are copies; a bare number is part of the name (« ptce-69-2025 », « partie-2 »)
		file = file.replaceAll("\\(\\s*\\d{1,2}\\s*\\)", " ");
		List<String> kept = new ArrayList<>();
		for (String word : Folding.fold(file).split(" ")) {
			boolean mark = CORRECTION_WORDS.contains(word) || word.matches("v\\d+") || word.matches("\\d{8}");
			if (!mark && !word.isEmpty()) {
				kept.add(word);
			}
		}
		return folder + String.join(" ", kept);
	}

}
