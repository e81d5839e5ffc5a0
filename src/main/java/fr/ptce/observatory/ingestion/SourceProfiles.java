package fr.ptce.observatory.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.yaml.snakeyaml.nodes.Node;

import org.springframework.util.FileSystemUtils;

/**
 * The source profiles of {@code jobs/sources/*.yml}, read once at start-up. A profile with a mistake is
 * refused with a message naming its file and line, so the observatory does not start on a wrong profile.
 */
public final class SourceProfiles {

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
				profiles.add(SourceProfileYaml.read(file));
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
				profile = SourceProfileYaml.read(draft);
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
