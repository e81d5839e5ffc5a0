package fr.ptce.observatory.operations.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * A file received from the browser or the API, saved into the inbox: spreadsheet and text formats only, checked by
 * content too, under its network's folder with a safe name (never over another file); the next import reads it.
 */
@Component
class InboxUploads {

	static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods", "csv", "txt");

	private final ObservatoryProperties properties;

	private final SourceProfiles profiles;

	InboxUploads(ObservatoryProperties properties, SourceProfiles profiles) {
		this.properties = properties;
		this.profiles = profiles;
	}

	/** Saves the file under the folder of the network named {@code folder} (the inbox itself when blank). */
	Path save(MultipartFile file, String folder) throws IOException {
		return save(file, folder, relative -> {
		});
	}

	/**
	 * Saves the file as {@link #save(MultipartFile, String)} does, once {@code accept} has taken its name relative
	 * to the inbox (it throws {@link IllegalArgumentException} to refuse it); a file saved at the same moment under the
	 * same name is never overwritten.
	 */
	Path save(MultipartFile file, String folder, java.util.function.Consumer<String> accept) throws IOException {
		if (file.isEmpty()) {
			throw new IllegalArgumentException("Le fichier est vide.");
		}
		String name = safeName(file.getOriginalFilename());
		String extension = name.substring(name.lastIndexOf('.') + 1);
		if (!EXTENSIONS.contains(extension)) {
			throw new IllegalArgumentException("Format non accepté (." + extension + ") : formats acceptés "
					+ String.join(", ", EXTENSIONS.stream().sorted().toList()) + ".");
		}
		byte[] head;
		try (InputStream in = file.getInputStream()) {
			head = in.readNBytes(4096);
		}
		if (!contentMatches(extension, head)) {
			throw new IllegalArgumentException("Le contenu du fichier ne correspond pas à son extension ." + extension + ".");
		}
		Path inbox = this.properties.inbox().toAbsolutePath().normalize();
		Path target = inbox;
		if (folder != null && !folder.isBlank()) {
			SourceProfile profile = this.profiles.find(folder).filter(p -> p.folder() != null)
				.orElseThrow(() -> new IllegalArgumentException("Réseau inconnu : " + folder + "."));
			target = inbox.resolve(profile.folder()).normalize();
		}
		if (!target.startsWith(inbox)) {
			throw new IllegalArgumentException("Dossier refusé.");
		}
		Files.createDirectories(target);
		accept.accept(relative(target.resolve(name)));
		String base = name.substring(0, name.lastIndexOf('.'));
		for (int n = 1;; n++) {
			Path saved = target.resolve((n == 1) ? name : base + "-" + n + "." + extension);
			try (InputStream in = file.getInputStream()) {
				// written aside, then moved in without replacing: two files of one name sent together both stay
				Path partial = Files.createTempFile(target, ".envoi-", ".part");
				try {
					Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
					Files.move(partial, saved);
					return saved;
				}
				catch (java.nio.file.FileAlreadyExistsException ex) {
					// taken meanwhile: the next number
				}
				finally {
					Files.deleteIfExists(partial);
				}
			}
		}
	}

	/** Where a saved file is, relative to the inbox, as imports and verdicts name it. */
	String relative(Path saved) {
		return this.properties.inbox().toAbsolutePath().normalize().relativize(saved).toString().replace('\\', '/');
	}

	/** The file's own name, without any folder, accents or characters a file system might mind. */
	static String safeName(String original) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		name = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "").toLowerCase(Locale.ROOT);
		if (!name.contains(".") || name.startsWith(".")) {
			throw new IllegalArgumentException("Nom de fichier invalide : « " + original + " ».");
		}
		return name;
	}

	private static boolean contentMatches(String extension, byte[] head) {
		boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
		boolean ole2 = head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
				&& (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
		return switch (extension) {
			case "xlsx", "xlsm", "ods" -> zip || ole2; // an encrypted workbook is an OLE2 container: its verdict says so
			case "xls" -> ole2;
			default -> !zip && !ole2 && noNulBytes(head);
		};
	}

	private static boolean noNulBytes(byte[] head) {
		for (byte b : head) {
			if (b == 0) {
				return false;
			}
		}
		return true;
	}


}
