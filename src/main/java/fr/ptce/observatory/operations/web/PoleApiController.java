package fr.ptce.observatory.operations.web;

import fr.ptce.observatory.resolution.PoleSearch;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/poles}: the directory's search as JSON, a page at a time ({@code q}: words of the name, an
 * acronym, a SIREN or SIRET, an identifier; {@code region}, {@code departement}, {@code statut}, {@code reseau},
 * {@code annee}; {@code page} from 0, {@code taille} from 1 to 500). One pole: {@code GET /api/poles/{id}}.
 */
@RestController
class PoleApiController {

	private final PoleSearch search;

	PoleApiController(PoleSearch search) {
		this.search = search;
	}

	@GetMapping("/api/poles")
	PoleSearch.Found search(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String region, @RequestParam(required = false) String departement,
			@RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "reseau", required = false) String network,
			@RequestParam(name = "annee", required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			@RequestParam(name = "taille", defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > 500) {
			throw new IllegalArgumentException("page à partir de 0 et taille de 1 à 500.");
		}
		return this.search.search(new PoleSearch.Query(text, region, departement, status, network, year), page, size);
	}

}
