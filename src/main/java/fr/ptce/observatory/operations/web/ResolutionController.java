package fr.ptce.observatory.operations.web;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.provenance.Lineage;
import fr.ptce.observatory.resolution.GoldenRecords;
import fr.ptce.observatory.resolution.MatchingSettings;
import fr.ptce.observatory.resolution.PoleDirectory;
import fr.ptce.observatory.resolution.PoleResolver;
import fr.ptce.observatory.resolution.Redirects;
import fr.ptce.observatory.resolution.ReviewQueue;
import fr.ptce.observatory.resolution.WeightEstimator;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Resolution through the API: the review queue and its decisions, a pole's golden record with the source of
 * each value (an absorbed identifier redirects to the pole that absorbed it), splits and overrides, the
 * lineage of every row read, and the estimation of the matching weights.
 */
@RestController
class ResolutionController {

	/** A decision on a pair of the queue. */
	record DecisionRequest(ReviewQueue.Decision decision) {
	}

	/** A decision on two poles the queue did not pair. */
	record PoleDecisionRequest(String poleA, String poleB, ReviewQueue.Decision decision) {
	}

	record SplitRequest(List<Long> rows) {
	}

	record OverrideRequest(String value) {
	}

	private final ReviewQueue queue;

	private final Redirects redirects;

	private final GoldenRecords goldenRecords;

	private final Lineage lineage;

	private final PoleResolver resolver;

	private final MatchingSettings settings;

	private final PoleDirectory directory;

	ResolutionController(ReviewQueue queue, Redirects redirects, GoldenRecords goldenRecords, Lineage lineage,
			PoleResolver resolver, MatchingSettings settings, PoleDirectory directory) {
		this.queue = queue;
		this.redirects = redirects;
		this.goldenRecords = goldenRecords;
		this.lineage = lineage;
		this.resolver = resolver;
		this.settings = settings;
		this.directory = directory;
	}

	@GetMapping("/api/resolution/revue")
	List<ReviewQueue.Pair> pending(@RequestParam(defaultValue = "100") int limit) {
		return this.queue.pending(limit);
	}

	/** What accepting every pair at or above a score would merge (a preview: nothing changes). */
	@GetMapping("/api/resolution/revue/lot")
	Map<String, Object> bulkPreview(@RequestParam double score) {
		return Map.of("score", score, "paires", this.queue.countAtLeast(score), "apercu",
				this.queue.pendingAtLeast(score, 50));
	}

	/** Accepts every pair at or above a score as the same pole. */
	@PostMapping("/api/resolution/revue/lot")
	Map<String, Object> bulkAccept(@RequestParam double score, Principal analyst) {
		return Map.of("score", score, "fusionnees", this.queue.acceptAll(score, analyst.getName()));
	}

	@GetMapping("/api/resolution/decisions")
	List<ReviewQueue.Pair> decided(@RequestParam(defaultValue = "100") int limit) {
		return this.queue.decided(limit);
	}

	@PostMapping("/api/resolution/revue/{id}")
	ReviewQueue.Pair decide(@PathVariable long id, @RequestBody DecisionRequest request, Principal analyst) {
		if (request.decision() == null) {
			throw new IllegalArgumentException("Décision attendue : SAME (même pôle) ou DIFFERENT (pôles différents).");
		}
		return this.queue.decide(id, request.decision(), analyst.getName());
	}

	@PostMapping("/api/resolution/decisions")
	ReviewQueue.Pair decidePoles(@RequestBody PoleDecisionRequest request, Principal analyst) {
		if (request.poleA() == null || request.poleB() == null || request.decision() == null) {
			throw new IllegalArgumentException("poleA, poleB et decision (SAME ou DIFFERENT) sont attendus.");
		}
		return this.queue.decide(request.poleA(), request.poleB(), request.decision(), analyst.getName());
	}

	@GetMapping("/api/poles/{id}")
	ResponseEntity<Map<String, Object>> pole(@PathVariable String id) {
		String current = this.redirects.current(id);
		if (!current.equals(id)) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, "/api/poles/" + current)
				.build();
		}
		return this.directory.sheet(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/api/poles/{id}/separation")
	Map<String, String> split(@PathVariable String id, @RequestBody SplitRequest request, Principal analyst) {
		if (request.rows() == null || request.rows().isEmpty()) {
			throw new IllegalArgumentException("Les lignes à séparer (rows : identifiants de lignes) sont attendues.");
		}
		String newId = this.queue.split(id, request.rows(), analyst.getName());
		return Map.of("pole", this.redirects.current(id), "nouveauPole", newId);
	}

	@PutMapping("/api/poles/{id}/champs/{field}")
	ResponseEntity<Map<String, Object>> override(@PathVariable String id, @PathVariable String field,
			@RequestBody OverrideRequest request, Principal analyst) {
		if (request.value() == null || request.value().isBlank()) {
			throw new IllegalArgumentException("Une valeur est attendue.");
		}
		String current = this.redirects.current(id);
		if (!this.directory.exists(current)) {
			return ResponseEntity.notFound().build();
		}
		this.goldenRecords.override(current, field, request.value().strip(), analyst.getName());
		return pole(current);
	}

	@GetMapping("/api/lineage.csv")
	ResponseEntity<StreamingResponseBody> lineage() {
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			this.lineage.write(writer);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("lineage.csv").build().toString())
			.body(body);
	}

	@GetMapping("/api/resolution/poids")
	Map<String, Object> weights(@RequestParam(defaultValue = "") String estimation) {
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("seuils", Map.of("fusion", this.settings.mergeAt(), "revue", this.settings.reviewAt()));
		answer.put("configures", this.settings.probabilities());
		if ("em".equalsIgnoreCase(estimation)) {
			WeightEstimator.Estimate estimate = this.resolver.estimateWeights();
			answer.put("estimes", estimate.probabilities());
			answer.put("estimation", Map.of("paires", estimate.pairs(), "iterations", estimate.iterations(),
					"partDesAppariements", estimate.matchShare()));
		}
		return answer;
	}

}
