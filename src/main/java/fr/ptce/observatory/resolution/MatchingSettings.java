package fr.ptce.observatory.resolution;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.ptce.observatory.ingestion.Folding;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * How records are matched to poles ({@code jobs/resolution/appariement.yml}): the m and u probabilities of
 * each level of each comparison, the thresholds of automatic merge and review, the words and e-mail domains
 * that say nothing of a pole, the largest block kept. A mistake in the file stops the start-up with its
 * reason.
 *
 * @param mergeAt score from which a record joins a pole automatically
 * @param reviewAt score from which a pair goes to the review queue
 * @param blockLimit a block key shared by more poles than this is not used
 * @param commonWordBlockLimit a word the names' comparison finds common (written all over the country, weighed a
 *        fifth) shared by more poles than this is not used as a block key
 */
public record MatchingSettings(double mergeAt, double reviewAt, int blockLimit, int commonWordBlockLimit, Set<String> genericWords,
		Set<String> genericDomains, Map<Comparison, Map<MatchLevel, Probabilities>> probabilities) {

	/** The probabilities of a level among true matches (m) and among non-matches (u). */
	public record Probabilities(double m, double u) {

		/** The level's weight, log2(m/u). */
		public double weight() {
			return Math.log(this.m / this.u) / Math.log(2);
		}

	}

	public MatchingSettings {
		if (commonWordBlockLimit > blockLimit) {
			throw new IllegalArgumentException("blocs.taille-max-mot-courant (" + commonWordBlockLimit
					+ ") dépasse blocs.taille-max (" + blockLimit + ")");
		}
		if (reviewAt > mergeAt) {
			throw new IllegalArgumentException("le seuil de revue (" + reviewAt + ") dépasse celui de fusion (" + mergeAt + ")");
		}
		for (Comparison comparison : Comparison.values()) {
			Map<MatchLevel, Probabilities> levels = probabilities.get(comparison);
			for (MatchLevel level : comparison.levels()) {
				Probabilities p = (levels != null) ? levels.get(level) : null;
				if (p == null) {
					throw new IllegalArgumentException("poids." + comparison.key() + "." + level.code() + " manque");
				}
				if (p.m() <= 0 || p.m() >= 1 || p.u() <= 0 || p.u() >= 1) {
					throw new IllegalArgumentException(
							"poids." + comparison.key() + "." + level.code() + " : m et u doivent être strictement entre 0 et 1");
				}
			}
		}
	}

	/** The weight of a level; 0 when the field is absent on one side. */
	public double weight(Comparison comparison, MatchLevel level) {
		if (level == MatchLevel.ABSENT) {
			return 0;
		}
		return this.probabilities.get(comparison).get(level).weight();
	}

	/** Reads the settings; a missing file gives the settings bundled with the application. */
	public static MatchingSettings load(Path file) {
		if (!Files.isRegularFile(file)) {
			return bundled();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The settings of {@code jobs/resolution/appariement.yml} as shipped (a copy is bundled). */
	public static MatchingSettings bundled() {
		try (Reader reader = new java.io.InputStreamReader(
				MatchingSettings.class.getResourceAsStream("/reference/appariement.yml"), StandardCharsets.UTF_8)) {
			return read(reader, "appariement.yml");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static MatchingSettings read(Reader reader, String source) {
		try {
			Map<String, Object> root = new Yaml(new LoaderOptions()).load(reader);
			Map<String, Object> thresholds = (Map<String, Object>) root.get("seuils");
			Map<String, Object> blocks = (Map<String, Object>) root.getOrDefault("blocs", Map.of());
			Map<String, Object> weights = (Map<String, Object>) root.get("poids");
			if (thresholds == null || weights == null) {
				throw new IllegalArgumentException("les sections « seuils » et « poids » sont obligatoires");
			}
			Map<Comparison, Map<MatchLevel, Probabilities>> probabilities = new EnumMap<>(Comparison.class);
			for (Comparison comparison : Comparison.values()) {
				Map<String, Object> levels = (Map<String, Object>) weights.get(comparison.key());
				if (levels == null) {
					throw new IllegalArgumentException("poids." + comparison.key() + " manque");
				}
				Map<MatchLevel, Probabilities> parsed = new EnumMap<>(MatchLevel.class);
				levels.forEach((code, value) -> {
					MatchLevel level = MatchLevel.ofCode(code).filter(comparison.levels()::contains)
						.orElseThrow(() -> new IllegalArgumentException("poids." + comparison.key() + "." + code
								+ " : niveau inconnu (niveaux : " + String.join(", ",
										comparison.levels().stream().map(MatchLevel::code).toList()) + ")"));
					Map<String, Object> mu = (Map<String, Object>) value;
					parsed.put(level, new Probabilities(number(mu.get("m")), number(mu.get("u"))));
				});
				probabilities.put(comparison, parsed);
			}
			int blockLimit = (int) number(blocks.getOrDefault("taille-max", 1000));
			return new MatchingSettings(number(thresholds.get("fusion")), number(thresholds.get("revue")), blockLimit,
					(int) number(blocks.getOrDefault("taille-max-mot-courant", Math.min(100, blockLimit))), folded(root.get("mots-generiques")),
					Set.copyOf(((List<Object>) root.getOrDefault("domaines-generiques", List.of())).stream()
						.map(String::valueOf).toList()),
					probabilities);
		}
		catch (YAMLException | ClassCastException | IllegalArgumentException | NullPointerException ex) {
			throw new IllegalStateException("Réglages d'appariement " + source + " incorrects : " + ex.getMessage(), ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Set<String> folded(Object words) {
		return Set.copyOf(((List<Object>) ((words != null) ? words : List.of())).stream()
			.map(word -> NameTokens.stem(Folding.fold(String.valueOf(word))))
			.toList());
	}

	private static double number(Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		throw new IllegalArgumentException("nombre attendu, lu « " + value + " »");
	}

	/**
	 * Whether a score merges a record into a pole: high enough, and some evidence of identity agrees (name, acronym,
	 * SIREN; the carrier or a web domain only where the names agree in part at least). The commune and the members
	 * alone say where a pole is, not which: « Talence Solidaire » and « Entreprendre à Talence » are two poles of one
	 * town; a carrier, its members and its e-mail domain, which structure, not which of its poles.
	 */
	boolean merges(Score score) {
		return score.total() >= this.mergeAt && score.identityAgreesToMerge();
	}

}
