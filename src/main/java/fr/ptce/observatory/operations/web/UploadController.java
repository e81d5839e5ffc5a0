package fr.ptce.observatory.operations.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An analyst drops a network's file into the inbox from the browser ({@code /depot}) or the API
 * ({@code POST /api/files}): spreadsheet and text formats only, checked by content too, saved under the
 * network's folder with a safe name; the next import reads it.
 */
@Controller
class UploadController {

	static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xls", "ods", "csv", "txt");

	private final ObservatoryProperties properties;

	private final SourceProfiles profiles;

	UploadController(ObservatoryProperties properties, SourceProfiles profiles) {
		this.properties = properties;
		this.profiles = profiles;
	}

	@GetMapping("/depot")
	String page(Model model) {
		model.addAttribute("profiles", this.profiles.all().stream().filter(profile -> profile.folder() != null).toList());
		return "depot";
	}

	@PostMapping("/depot")
	String upload(@RequestParam("fichier") MultipartFile file, @RequestParam(name = "reseau", required = false) String folder,
			RedirectAttributes redirect) {
		try {
			Path saved = save(file, folder);
			redirect.addFlashAttribute("message", "Fichier déposé : " + relative(saved)
					+ ". Il sera lu par le prochain import.");
		}
		catch (IllegalArgumentException | IOException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/depot";
	}

	@PostMapping("/api/files")
	@ResponseBody
	ResponseEntity<Map<String, String>> uploadApi(@RequestParam("fichier") MultipartFile file,
			@RequestParam(name = "reseau", required = false) String folder) throws IOException {
		Path saved = save(file, folder);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("fichier", relative(saved)));
	}

	private Path save(MultipartFile file, String folder) throws IOException {
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
		Path saved = target.resolve(name);
		String base = name.substring(0, name.lastIndexOf('.'));
		for (int n = 2; Files.exists(saved); n++) {
			saved = target.resolve(base + "-" + n + "." + extension);
		}
		try (InputStream in = file.getInputStream()) {
			Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
		}
		return saved;
	}

	private String relative(Path saved) {
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
