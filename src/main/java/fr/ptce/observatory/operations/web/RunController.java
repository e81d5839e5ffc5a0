package fr.ptce.observatory.operations.web;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.operations.RunHistory;
import fr.ptce.observatory.operations.Runs;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs of the jobs: {@code GET /api/runs} lists them with their steps' counts and the files they read,
 * {@code POST /api/runs/import} and {@code POST /api/runs/report} start one (409 when one is in progress),
 * {@code POST /api/runs/{id}/restart} resumes a failed one, {@code POST /api/runs/{id}/stop} stops one.
 */
@RestController
class RunController {

	private final Runs runs;

	private final RunHistory history;

	private final ObservatoryProperties properties;

	private final SourceProfiles profiles;

	RunController(Runs runs, RunHistory history, ObservatoryProperties properties, SourceProfiles profiles) {
		this.runs = runs;
		this.history = history;
		this.properties = properties;
		this.profiles = profiles;
	}

	/** What to import: everything new (no field), one file of the inbox, or one network's files again. */
	record ImportCommand(String file, String network) {
	}

	record ReportCommand(int year) {
	}

	record Started(long executionId) {
	}

	@GetMapping("/api/runs")
	List<RunHistory.Run> list() {
		return this.history.recent(50);
	}

	@GetMapping("/api/runs/{id}")
	ResponseEntity<RunHistory.Run> one(@PathVariable long id) {
		return ResponseEntity.of(this.history.find(id));
	}

	@PostMapping("/api/runs/import")
	ResponseEntity<Started> startImport(@RequestBody(required = false) ImportCommand command) {
		ImportCommand what = (command != null) ? command : new ImportCommand(null, null);
		Path inbox = this.properties.inbox();
		String network = blankToNull(what.network());
		if (network != null) {
			// « coorace », « Coorace », its folder: one network however it is written
			network = this.profiles.find(network)
				.map(SourceProfile::network)
				.orElseThrow(() -> new IllegalArgumentException("Réseau inconnu : " + what.network() + "."));
		}
		return accepted(this.runs.startImport(new Runs.ImportRequest(inbox, blankToNull(what.file()), network)));
	}

	@PostMapping("/api/runs/report")
	ResponseEntity<Started> startReport(@RequestBody ReportCommand command) {
		if (command.year() < 1990 || command.year() > 2100) {
			throw new IllegalArgumentException("Année invalide : " + command.year() + ".");
		}
		return accepted(this.runs.startReport(command.year()));
	}

	@PostMapping("/api/runs/{id}/restart")
	ResponseEntity<Started> restart(@PathVariable long id) {
		return accepted(this.runs.restart(id));
	}

	@PostMapping("/api/runs/{id}/stop")
	ResponseEntity<Map<String, Object>> stop(@PathVariable long id) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("executionId", id, "stopping", this.runs.stop(id)));
	}

	private static ResponseEntity<Started> accepted(long executionId) {
		return ResponseEntity.accepted().location(URI.create("/api/runs/" + executionId)).body(new Started(executionId));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
