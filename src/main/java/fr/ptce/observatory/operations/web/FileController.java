package fr.ptce.observatory.operations.web;

import java.util.List;
import java.util.Map;

import fr.ptce.observatory.reporting.FeedbackWorkbook;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The files received: {@code GET /api/files} lists them with their verdicts and row accounting,
 * {@code GET /api/files/{id}/retour.xlsx} is the feedback workbook for the network.
 */
@RestController
class FileController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final JdbcTemplate jdbc;

	private final FeedbackWorkbook feedback;

	FileController(JdbcTemplate jdbc, FeedbackWorkbook feedback) {
		this.jdbc = jdbc;
		this.feedback = feedback;
	}

	@GetMapping("/api/files")
	List<Map<String, Object>> list() {
		return this.jdbc.queryForList("""
				select id, name, network, sha256, received_at::text as received_at, status, verdict, observation_year,
				       rows_read, rows_accepted, rows_merged, rows_quarantined, rows_ignored
				from received_file order by received_at, id""");
	}

	@GetMapping("/api/files/{id}/retour.xlsx")
	ResponseEntity<StreamingResponseBody> feedback(@PathVariable long id) {
		return this.feedback.fileName(id).map(name -> {
			String base = name.substring(name.lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
			StreamingResponseBody body = out -> this.feedback.write(id, out);
			return ResponseEntity.ok()
				.contentType(XLSX)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("retour-" + base + ".xlsx").build().toString())
				.body(body);
		}).orElse(ResponseEntity.notFound().build());
	}

}
