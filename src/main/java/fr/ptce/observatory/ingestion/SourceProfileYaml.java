package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One source profile read from its YAML file ({@code jobs/sources/*.yml}): each key checked, each value typed, and
 * any mistake (an unknown key or field, a blank value, a bad pattern or number, unreadable YAML) refused with the
 * file and the line, so that the observatory never starts on a wrong profile.
 */
final class SourceProfileYaml {

	private static final Set<String> KEYS = Set.of("reseau", "dossier", "nom-de-fichier", "priorite", "feuille",
			"ligne-entete", "colonnes", "valeurs", "annee-observation", "remplacement");

	private SourceProfileYaml() {
	}

	/** The profile of a file, named after it. */
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
			throw new SourceProfiles.InvalidProfileException(file, null, "YAML illisible" + ((line != null) ? " à la ligne " + line : "")
					+ " (indentation, guillemets ou deux-points à vérifier)");
		}
		if (!(root instanceof MappingNode mapping)) {
			throw new SourceProfiles.InvalidProfileException(file, root, "le profil doit être une liste de clés (réseau, dossier…)");
		}
		Map<String, Node> entries = entries(file, mapping);
		for (NodeTuple tuple : mapping.getValue()) {
			String key = text(file, tuple.getKeyNode());
			if (key != null && !KEYS.contains(key)) {
				throw new SourceProfiles.InvalidProfileException(file, tuple.getKeyNode(),
						"clé « " + key + " » inconnue ; clés possibles : " + String.join(", ", KEYS.stream().sorted().toList()));
			}
		}
		String network = text(file, entries.get("reseau"));
		if (network == null) {
			throw new SourceProfiles.InvalidProfileException(file, root, "la clé « reseau » (nom du réseau) est obligatoire");
		}
		String folder = text(file, entries.get("dossier"));
		Pattern fileName = null;
		if (entries.containsKey("nom-de-fichier")) {
			String pattern = text(file, entries.get("nom-de-fichier"));
			if (pattern == null) {
				throw new SourceProfiles.InvalidProfileException(file, entries.get("nom-de-fichier"), "« nom-de-fichier » est vide");
			}
			try {
				fileName = Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
			}
			catch (PatternSyntaxException ex) {
				throw new SourceProfiles.InvalidProfileException(file, entries.get("nom-de-fichier"),
						"expression « nom-de-fichier » invalide : " + ex.getDescription());
			}
		}
		if (folder == null && fileName == null) {
			throw new SourceProfiles.InvalidProfileException(file, root,
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
				throw new SourceProfiles.InvalidProfileException(file, entries.get("remplacement"), "remplacement « " + key
						+ " » inconnu ; valeurs possibles : meme-nom, reseau-annee, jamais");
			}
		}

		Map<String, Field> columns = new LinkedHashMap<>();
		if (entries.containsKey("colonnes")) {
			entries(file, mapping(file, entries.get("colonnes"))).forEach((header, fieldNode) -> columns.put(header,
					field(file, fieldNode, required(file, fieldNode, "champ manquant pour « " + header + " »"))));
		}
		Map<Field, Map<String, String>> values = new EnumMap<>(Field.class);
		if (entries.containsKey("valeurs")) {
			for (NodeTuple tuple : mapping(file, entries.get("valeurs")).getValue()) {
				Field field = field(file, tuple.getKeyNode(), required(file, tuple.getKeyNode(), "clé vide"));
				Map<String, String> mapped = new HashMap<>();
				entries(file, mapping(file, tuple.getValueNode()))
					.forEach((from, to) -> mapped.put(Folding.fold(from), required(file, to, "valeur vide pour « " + from + " »")));
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
			String key = required(file, tuple.getKeyNode(), "clé vide");
			if (entries.put(key, tuple.getValueNode()) != null) {
				throw new SourceProfiles.InvalidProfileException(file, tuple.getKeyNode(), "clé « " + key + " » en double");
			}
		}
		return entries;
	}

	private static MappingNode mapping(Path file, Node node) {
		if (node instanceof MappingNode mapping) {
			return mapping;
		}
		throw new SourceProfiles.InvalidProfileException(file, node, "une liste « en-tête: valeur » est attendue ici");
	}

	private static String text(Path file, Node node) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue().isBlank() ? null : scalar.getValue().strip();
		}
		throw new SourceProfiles.InvalidProfileException(file, node, "une valeur simple est attendue ici");
	}

	/** A simple value that must be there: refused with its line when blank. */
	private static String required(Path file, Node node, String problem) {
		String value = text(file, node);
		if (value == null) {
			throw new SourceProfiles.InvalidProfileException(file, node, problem);
		}
		return value;
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
		throw new SourceProfiles.InvalidProfileException(file, node,
				"nombre entier entre " + min + " et " + max + " attendu, pas « " + value + " »");
	}

	private static Field field(Path file, Node node, String name) {
		return Field.named(name).orElseThrow(() -> new SourceProfiles.InvalidProfileException(file, node, "champ « " + name
				+ " » inconnu : utiliser un en-tête du modèle national (Nom du pôle, SIRET, Courriel…)"));
	}

}
