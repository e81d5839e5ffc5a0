package fr.ptce.observatory.operations.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import fr.ptce.observatory.ingestion.SourceProfiles;

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

	private final SourceProfiles profiles;

	private final InboxUploads uploads;

	UploadController(SourceProfiles profiles, InboxUploads uploads) {
		this.profiles = profiles;
		this.uploads = uploads;
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
			Path saved = this.uploads.save(file, folder);
			redirect.addFlashAttribute("message", "Fichier déposé : " + this.uploads.relative(saved)
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
		Path saved = this.uploads.save(file, folder);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("fichier", this.uploads.relative(saved)));
	}

}
