package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import org.springframework.util.FileSystemUtils;

/**
 * The source profiles of {@code jobs/sources/*.yml}, read once at start-up. A profile with a mistake is
 * refused with a message naming its file and line, so the observatory does not start on a wrong profile.
 */
public final class SourceProfiles {

	private static final Set<String> KEYS = Set.of("reseau", "dossier", "nom-de-fichier", "priorite", "feuille",
			"ligne-entete", "colonnes", "valeurs", "annee-observation", "remplacement");

	/** The profiles read; replaced whole when an analyst adds one. */
	private volatile List<SourceProfile> profiles;

	/** Where the profiles are, {@code null} when there is no such folder to write to. */
	private final Path folder;

	private SourceProfiles(List<SourceProfile> profiles, Path folder) {
		this.profiles = List.copyOf(profiles);
		this.folder = folder;
	}

	public static SourceProfiles none() {
		return new SourceProfiles(List.of(), null);
	}

	/** Reads every {@code *.yml} of a folder (none when the folder does not exist). */
	public static SourceProfiles load(Path folder) {
		return new SourceProfiles(readAll(folder), folder);
	}

	private static List<SourceProfile> readAll(Path folder) {
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		List<SourceProfile> profiles = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yml")).sorted().toList()) {
				profiles.add(read(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return profiles;
	}

	/**
	 * Saves a new profile (an analyst accepting a proposed one) as {@code <name>.yml} and applies it at once, without
	 * a restart. A profile with a mistake, a name already taken, or one that would also claim other networks' files,
	 * is refused with its reason and nothing changes.
	 *
	 * @param name the profile's file name, without {@code .yml} (letters, digits and dashes)
	 * @param yaml the profile
	 * @param fileName a file (relative to the inbox) the profile must claim
	 * @param othersFiles files of other profiles, which it must not claim
	 * @return the profile saved
	 */
	public synchronized SourceProfile add(String name, String yaml, String fileName, List<String> othersFiles) {
		if (this.folder == null) {
			throw new InvalidProfileException("Aucun dossier de profils (jobs/sources) où enregistrer le profil.");
		}
		if (!name.matches("[a-z0-9][a-z0-9-]{0,60}")) {
			throw new InvalidProfileException("Nom de profil « " + name
					+ " » invalide : lettres minuscules sans accent, chiffres et tirets.");
		}
		Path target = this.folder.resolve(name + ".yml");
		if (Files.exists(target)) {
			throw new InvalidProfileException("Un profil « " + name + " » existe déjà dans jobs/sources.");
		}
		Path draft = null;
		try {
			draft = Files.createTempDirectory("profil").resolve(name + ".yml");
			Files.writeString(draft, yaml, StandardCharsets.UTF_8);
			SourceProfile profile;
			try {
				profile = read(draft);
			}
			catch (InvalidProfileException ex) {
				throw new InvalidProfileException(ex.getMessage().replace(draft.toString(), "jobs/sources/" + name + ".yml"));
			}
			if (!profile.claims(fileName)) {
				throw new InvalidProfileException("Ce profil ne reconnaît pas le fichier « " + fileName
						+ " » : vérifier « dossier » ou « nom-de-fichier ».");
			}
			Optional<String> taken = othersFiles.stream().filter(profile::claims).findFirst();
			if (taken.isPresent()) {
				throw new InvalidProfileException("Ce profil reconnaîtrait aussi le fichier « " + taken.get()
						+ " » d'un autre réseau : préciser « dossier » ou « nom-de-fichier ».");
			}
			Files.createDirectories(this.folder);
			Path partial = this.folder.resolve("." + name + ".yml.partiel");
			Files.writeString(partial, yaml, StandardCharsets.UTF_8);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			this.profiles = List.copyOf(readAll(this.folder));
			return profile;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (draft != null) {
				FileSystemUtils.deleteRecursively(draft.getParent().toFile());
			}
		}
	}

	public List<SourceProfile> all() {
		return this.profiles;
	}

	/** The profile that claims a file (its path relative to the inbox), the first in file-name order. */
	public SourceProfile forFile(String relativeName) {
		return this.profiles.stream().filter(profile -> profile.claims(relativeName)).findFirst()
			.orElse(SourceProfile.NONE);
	}

	/**
	 * The profile of a network however a person names it: its profile's name, its network's name or its inbox
	 * folder, case and accents aside (« Coorace », « coorace », « CRESS Normandie », « cress-normandie »).
	 */
	public Optional<SourceProfile> find(String network) {
		if (network == null || network.isBlank()) {
			return Optional.empty();
		}
		String folded = Folding.fold(network);
		return this.profiles.stream()
			.filter(profile -> folded.equals(Folding.fold(profile.name()))
					|| (profile.network() != null && folded.equals(Folding.fold(profile.network())))
					|| (profile.folder() != null && folded.equals(Folding.fold(profile.folder()))))
			.findFirst();
	}

	public SourceProfile named(String name) {
		return this.profiles.stream().filter(profile -> profile.name().equals(name)).findFirst()
			.orElse(SourceProfile.NONE);
	}

	static SourceProfile read(Path file) {
		String name = file.getFileName().toString().replaceFirst("\\.yml$", "");
		Node root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = new Yaml(new LoaderOptions()).compose(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (YAMLException ex) {
			Integer line = (ex instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked && marked.getProblemMark() != null)
					? marked.getProblemMark().getLine() + 1 : null;
			throw new InvalidProfileException(file, null, "YAML illisible" + ((line != null) ? " à la ligne " + line : "")
					+ " (indentation, guillemets ou deux-points à vérifier)");
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new InvalidProfileException(file, root, "le profil doit être une liste de clés (réseau, dossier…)");
		}
		Map<String, Node> entries = entries(file, mapping);
		for (NodeTuple tuple : mapping.getValue()) {
			String key = text(file, tuple.getKeyNode());
			if (!KEYS.contains(key)) {
				throw new InvalidProfileException(file, tuple.getKeyNode(),
						"clé « " + key + " » inconnue ; clés possibles : " + String.join(", ", KEYS.stream().sorted().toList()));
			}
		}
		String network = text(file, entries.get("reseau"));
		if (network == null) {
			throw new InvalidProfileException(file, root, "la clé « reseau » (nom du réseau) est obligatoire");
		}
		String folder = text(file, entries.get("dossier"));
		Pattern fileName = null;
		if (entries.containsKey("nom-de-fichier")) {
			try {
				fileName = Pattern.compile(text(file, entries.get("nom-de-fichier")), Pattern.CASE_INSENSITIVE);
			}
			catch (PatternSyntaxException ex) {
				throw new InvalidProfileException(file, entries.get("nom-de-fichier"),
						"expression « nom-de-fichier » invalide : " + ex.getDescription());
			}
		}
		if (folder == null && fileName == null) {
			throw new InvalidProfileException(file, root,
					"il faut « dossier » ou « nom-de-fichier » pour reconnaître les fichiers du réseau");
		}
		Integer priority = integer(file, entries.get("priorite"), 0, 100);
		Integer headerRow = integer(file, entries.get("ligne-entete"), 1, 1_000);
		Integer year = integer(file, entries.get("annee-observation"), 1990, 2100);

		Replacement replacement = Replacement.SAME_NAME;
		if (entries.containsKey("remplacement")) {
			String key = text(file, entries.get("remplacement"));
			try {
				replacement = Replacement.ofKey(key);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidProfileException(file, entries.get("remplacement"), "remplacement « " + key
						+ " » inconnu ; valeurs possibles : meme-nom, reseau-annee, jamais");
			}
		}

		Map<String, Field> columns = new LinkedHashMap<>();
		if (entries.containsKey("colonnes")) {
			entries(file, mapping(file, entries.get("colonnes"))).forEach((header, fieldNode) -> columns.put(header,
					field(file, fieldNode, text(file, fieldNode))));
		}
		Map<Field, Map<String, String>> values = new EnumMap<>(Field.class);
		if (entries.containsKey("valeurs")) {
			for (NodeTuple tuple : mapping(file, entries.get("valeurs")).getValue()) {
				Field field = field(file, tuple.getKeyNode(), text(file, tuple.getKeyNode()));
				Map<String, String> mapped = new HashMap<>();
				entries(file, mapping(file, tuple.getValueNode()))
					.forEach((from, to) -> mapped.put(Folding.fold(from), text(file, to)));
				values.put(field, Map.copyOf(mapped));
			}
		}
		return new SourceProfile(name, network, folder, fileName,
				(priority != null) ? priority : SourceProfile.DEFAULT_PRIORITY, text(file, entries.get("feuille")),
				headerRow, Map.copyOf(columns), Map.copyOf(values), year, replacement);
	}

	private static Map<String, Node> entries(Path file, MappingNode mapping) {
		Map<String, Node> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : mapping.getValue()) {
			String key = text(file, tuple.getKeyNode());
			if (entries.put(key, tuple.getValueNode()) != null) {
				throw new InvalidProfileException(file, tuple.getKeyNode(), "clé « " + key + " » en double");
			}
		}
		return entries;
	}

	private static MappingNode mapping(Path file, Node node) {
		if (node instanceof MappingNode mapping) {
			return mapping;
		}
		throw new InvalidProfileException(file, node, "une liste « en-tête: valeur » est attendue ici");
	}

	private static String text(Path file, Node node) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue().isBlank() ? null : scalar.getValue().strip();
		}
		throw new InvalidProfileException(file, node, "une valeur simple est attendue ici");
	}

	private static Integer integer(Path file, Node node, int min, int max) {
		String value = text(file, node);
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidProfileException(file, node,
				"nombre entier entre " + min + " et " + max + " attendu, pas « " + value + " »");
	}

	private static Field field(Path file, Node node, String name) {
		return Field.named(name).orElseThrow(() -> new InvalidProfileException(file, node, "champ « " + name
				+ " » inconnu : utiliser un en-tête du modèle national (Nom du pôle, SIRET, Courriel…)"));
	}

	/** A profile an operator must fix: the message names the file and the line. */
	public static class InvalidProfileException extends RuntimeException {

		InvalidProfileException(Path file, Node node, String problem) {
			super("Profil de source " + file + ((node != null) ? ", ligne " + (node.getStartMark().getLine() + 1) : "")
					+ " : " + problem + ".");
		}

		InvalidProfileException(String message) {
			super(message);
		}

	}

}
