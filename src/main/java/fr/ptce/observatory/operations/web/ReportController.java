package fr.ptce.observatory.operations.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import fr.ptce.observatory.reporting.Report;
import fr.ptce.observatory.reporting.Reports;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published reports: {@code GET /api/reports} lists them, {@code GET /api/reports/{year}/{file}}
 * downloads a file of a year's current report. Only the report's own files can be named: no path of the
 * client's is ever opened.
 */
@RestController
class ReportController {

	private final Reports reports;

	ReportController(Reports reports) {
		this.reports = reports;
	}

	record ReportSummary(int year, long reportId, long executionId, String builtAt, List<String> files) {

		static ReportSummary of(Report report) {
			return new ReportSummary(report.year(), report.id(), report.executionId(), report.builtAt().toString(),
					report.files());
		}

	}

	@GetMapping("/api/reports")
	List<ReportSummary> list() {
		return this.reports.current()
			.stream()
			.map(ReportSummary::of)
			.toList();
	}

	/** Every build of a year's report, the current one first. */
	@GetMapping("/api/reports/{year}/versions")
	List<ReportSummary> versions(@PathVariable int year) {
		return this.reports.versions(year)
			.stream()
			.map(ReportSummary::of)
			.toList();
	}

	@GetMapping("/api/reports/{year}/versions/{reportId}/{file}")
	ResponseEntity<Resource> downloadVersion(@PathVariable int year, @PathVariable long reportId,
			@PathVariable String file) {
		return serve(year, this.reports.file(year, reportId, file));
	}

	@GetMapping("/api/reports/{year}/{file}")
	ResponseEntity<Resource> download(@PathVariable int year, @PathVariable String file) {
		return serve(year, this.reports.file(year, file));
	}

	private static ResponseEntity<Resource> serve(int year, java.util.Optional<Path> file) {
		return file.filter(Files::isRegularFile).map(path -> {
			String name = downloadName(year, path);
			MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
			if (type.getType().equals("text") || type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
				// the CSV and JSON files are written in UTF-8: said, so that a spreadsheet opens « é » as « é »
				type = new MediaType(type, java.nio.charset.StandardCharsets.UTF_8);
			}
			return ResponseEntity.ok()
				.contentType(type)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
				.body((Resource) new FileSystemResource(path));
		}).orElse(ResponseEntity.notFound().build());
	}

	private static String downloadName(int year, Path path) {
		String name = path.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return "ptce-" + year + "-" + name.substring(0, dot) + name.substring(dot);
	}


}
