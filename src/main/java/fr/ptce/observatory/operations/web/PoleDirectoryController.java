package fr.ptce.observatory.operations.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.normalisation.Territory;
import fr.ptce.observatory.resolution.PoleDirectory;
import fr.ptce.observatory.resolution.PoleSearch;
import fr.ptce.observatory.resolution.Redirects;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The directory of poles: {@code /poles} lists and searches them (name, acronym, SIREN; region, département,
 * status, network, year) and {@code /poles/{id}} shows one with the source of each field; {@link PoleApiController}
 * answers the same search as JSON.
 */
@Controller
class PoleDirectoryController {

	static final int PAGE_SIZE = 50;

	private final PoleDirectory directory;

	private final PoleSearch search;

	private final Redirects redirects;

	PoleDirectoryController(PoleDirectory directory, PoleSearch search, Redirects redirects) {
		this.directory = directory;
		this.search = search;
		this.redirects = redirects;
	}

	@GetMapping("/poles")
	String list(@RequestParam(name = "q", required = false) String text,
			@RequestParam(required = false) String region, @RequestParam(name = "statut", required = false) String status,
			@RequestParam(name = "reseau", required = false) String network,
			@RequestParam(name = "annee", required = false) Integer year, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PoleSearch.Query query = new PoleSearch.Query(text, region, null, status, network, year);
		model.addAttribute("found", this.search.search(query, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("regions", Territory.official().regions().stream()
			.sorted(Comparator.comparing(Territory.Region::name)).toList());
		model.addAttribute("statuses", this.search.statuses());
		model.addAttribute("networks", this.search.networks());
		return "poles";
	}

	@GetMapping("/poles/{id}")
	String pole(@PathVariable String id, Model model) {
		String current = this.redirects.current(id);
		if (!current.equals(id)) {
			return "redirect:/poles/" + current;
		}
		Map<String, Object> sheet = this.directory.sheet(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Pôle " + id + " inconnu."));
		model.addAttribute("pole", sheet);
		model.addAttribute("fields", fields(sheet));
		model.addAttribute("rows", sheet.get("rows"));
		model.addAttribute("absorbed", sheet.get("absorbed"));
		model.addAttribute("years", sheet.get("years"));
		model.addAttribute("members", sheet.get("members"));
		return "pole";
	}

	/** A field of the golden record as the page shows it: French label, value, where it came from. */
	record FieldLine(String label, String value, String source) {
	}

	/** The golden record's fields, in French, in the order a person reads them. */
	static final Map<String, String> LABELS = labels();

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("name", "Nom");
		labels.put("acronym", "Sigle");
		labels.put("carrier_name", "Structure porteuse");
		labels.put("siret", "SIRET");
		labels.put("siret_role", "Rôle du SIRET");
		labels.put("rna", "Numéro RNA");
		labels.put("legal_form", "Forme juridique");
		labels.put("postal_code", "Code postal");
		labels.put("commune", "Commune");
		labels.put("departement", "Département");
		labels.put("region", "Région");
		labels.put("creation_year", "Année de création");
		labels.put("status", "Statut");
		labels.put("website", "Site web");
		labels.put("laureates", "Lauréat de");
		labels.put("sectors", "Filières");
		return labels;
	}

	@SuppressWarnings("unchecked")
	private static List<FieldLine> fields(Map<String, Object> sheet) {
		Map<String, String> sources = new HashMap<>();
		for (Map<String, Object> source : (List<Map<String, Object>>) sheet.get("sources")) {
			// the rule names the file (« meilleure source : …, fichier … reçu le … »), or the analyst who set the value
			String row = (source.get("file") != null)
					? "feuille « " + source.get("sheet") + " », ligne " + source.get("row") : null;
			String rule = (String) source.get("rule");
			sources.put((String) source.get("field"), (row != null && rule != null) ? row + " ; " + rule
					: (row != null) ? source.get("file") + ", " + row : rule);
		}
		Territory territory = Territory.official();
		List<FieldLine> lines = new ArrayList<>();
		LABELS.forEach((field, label) -> {
			Object value = sheet.get(field);
			String text = (value instanceof List<?> list) ? (list.isEmpty() ? null
					: String.join(", ", list.stream().map(Object::toString).toList()))
					: (value != null) ? value.toString() : null;
			if (text != null && field.equals("departement")) {
				text = territory.departement(text).map(found -> found.name() + " (" + found.code() + ")").orElse(text);
			}
			else if (text != null && field.equals("region")) {
				text = territory.region(text).map(Territory.Region::name).orElse(text);
			}
			lines.add(new FieldLine(label, text, sources.get(field)));
		});
		return lines;
	}

}
