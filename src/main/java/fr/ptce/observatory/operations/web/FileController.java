package fr.ptce.observatory.operations.web;

import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.ReceivedFiles;
import fr.ptce.observatory.operations.ProposedProfiles;
import fr.ptce.observatory.provenance.FeedbackWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The files received: {@code GET /api/files} lists them with their verdicts and row accounting,
 * {@code GET /api/files/{id}/retour.xlsx} is the feedback workbook for the network,
 * {@code GET /api/files/{id}/profil} the source profile proposed from its reading, and
 * {@code POST /api/files/{id}/profil?nom=…} accepts a profile (saved in {@code jobs/sources/}) and reads the file
 * again with it.
 */
@RestController
class FileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReceivedFiles files;

	private final FeedbackWorkbook feedback;

	private final ProposedProfiles proposed;

	FileController(ReceivedFiles files, FeedbackWorkbook feedback, ProposedProfiles proposed) {
		this.files = files;
		this.feedback = feedback;
		this.proposed = proposed;
	}

	static final MediaType YAML = new MediaType("application", "yaml", java.nio.charset.StandardCharsets.UTF_8);

	@GetMapping("/api/files/{id}/profil")
	ResponseEntity<String> proposedProfile(@PathVariable long id) {
		return this.proposed.proposal(id).map(yaml -> ResponseEntity.ok().contentType(YAML).body(yaml))
			.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping(path = "/api/files/{id}/profil", consumes = { "application/yaml", "text/plain", "text/yaml" })
	ResponseEntity<RunController.Started> acceptProfile(@PathVariable long id,
			@RequestParam(name = "nom", required = false) String name, @RequestBody String yaml) {
		long execution = this.proposed.accept(id, (name != null && !name.isBlank()) ? name.strip()
				: this.proposed.suggestedName(id), yaml);
		return ResponseEntity.accepted().location(java.net.URI.create("/api/runs/" + execution))
			.body(new RunController.Started(execution));
	}

	@GetMapping("/api/files")
	List<Map<String, Object>> list() {
		return this.files.inOrderReceived();
	}

	@GetMapping("/api/files/{id}/retour.xlsx")
	ResponseEntity<StreamingResponseBody> feedback(@PathVariable long id) {
		return download(this.feedback, id);
	}

	/** A file's feedback workbook as a download named after the file, or 404 when no file has that number. */
	static ResponseEntity<StreamingResponseBody> download(FeedbackWorkbook feedback, long id) {
		return feedback.fileName(id).map(name -> {
			String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
			StreamingResponseBody body = out -> feedback.write(id, out);
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("retour-" + base + ".xlsx").build().toString())
				.body(body);
		}).orElse(ResponseEntity.notFound().build());
	}

}
