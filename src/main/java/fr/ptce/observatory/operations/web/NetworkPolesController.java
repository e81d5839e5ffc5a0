package fr.ptce.observatory.operations.web;

import java.util.List;
import java.util.Map;

import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.normalisation.Territory;
import fr.ptce.observatory.operations.NetworkAccounts;
import fr.ptce.observatory.operations.NetworkActions;
import fr.ptce.observatory.resolution.Corrections;
import fr.ptce.observatory.resolution.NetworkPoles;
import fr.ptce.observatory.resolution.PoleDirectory;
import fr.ptce.observatory.resolution.Redirects;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The poles a network's files describe ({@code /reseau/poles}), for its RESEAU account: each field of the published
 * record beside the network's own value and why that one was kept, its years and members, and the corrections it
 * proposes. Another network's pole, absorbed identifiers included, answers 404, as one that does not exist.
 */
@Controller
class NetworkPolesController {

	private final NetworkAccounts accounts;

	private final NetworkPoles poles;

	private final PoleDirectory directory;

	private final Redirects redirects;

	private final Corrections corrections;

	private final NetworkActions actions;

	NetworkPolesController(NetworkAccounts accounts, NetworkPoles poles, PoleDirectory directory, Redirects redirects,
			Corrections corrections, NetworkActions actions) {
		this.accounts = accounts;
		this.poles = poles;
		this.directory = directory;
		this.redirects = redirects;
		this.corrections = corrections;
		this.actions = actions;
	}

	@GetMapping("/reseau/poles")
	String poles(Authentication authentication, Model model) {
		SourceProfile network = this.accounts.networkOf(authentication);
		model.addAttribute("network", network.network());
		model.addAttribute("poles", this.poles.of(network.network()));
		return "reseau-poles";
	}

	/** A pole the network describes: each field kept beside its own value, its years, the members it listed. */
	@GetMapping("/reseau/poles/{id}")
	String pole(Authentication authentication, @PathVariable String id, Model model) {
		SourceProfile network = this.accounts.networkOf(authentication);
		String current = this.redirects.current(id);
		// a pole none of its files describes does not exist for the network, absorbed identifiers included
		List<NetworkPoles.Field> fields = this.poles.fields(current, network.network())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Pôle " + id + " inconnu."));
		if (!current.equals(id)) {
			return "redirect:/reseau/poles/" + current;
		}
		Territory territory = Territory.official();
		model.addAttribute("network", network.network());
		model.addAttribute("id", id);
		model.addAttribute("name", fields.get(0).kept());
		model.addAttribute("fields", fields.stream().map(field -> new FieldLine(
				PoleDirectoryController.LABELS.getOrDefault(field.field(), field.field()),
				place(territory, field.field(), field.kept()), place(territory, field.field(), field.own()),
				field.ownKept(), field.keptFrom())).toList());
		// its own years: what the other networks declared is theirs
		model.addAttribute("years", this.directory.years(id).stream()
			.filter(line -> line.networks().contains(network.network())).toList());
		model.addAttribute("members", this.directory.members(id).stream()
			.filter(member -> member.networks().contains(network.network())).toList());
		model.addAttribute("corrections", this.corrections.ofNetwork(id, network.network()));
		model.addAttribute("labels", CorrectionsController.LABELS);
		model.addAttribute("others", this.poles.of(network.network()).stream()
			.filter(other -> !other.id().equals(id)).toList());
		model.addAttribute("fieldLabels", NetworkPoles.FIELDS.stream()
			.map(field -> Map.entry(field, PoleDirectoryController.LABELS.getOrDefault(field, field))).toList());
		return "reseau-pole";
	}

	/** A network proposes a value for a field of one of its poles (« dissous » for its status: it closed). */
	@PostMapping("/reseau/poles/{id}/corrections")
	String propose(Authentication authentication, @PathVariable String id, @RequestParam("champ") String field,
			@RequestParam("valeur") String value, RedirectAttributes redirect) {
		SourceProfile network = this.accounts.networkOf(authentication);
		if (!this.poles.describes(id, network.network())) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Pôle " + id + " inconnu.");
		}
		if (Corrections.SAME_POLE.equals(field) && (value.strip().equals(id)
				|| !this.poles.describes(value.strip(), network.network()))) {
			// the other pole must be one of its own too
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Pôle " + value + " inconnu.");
		}
		try {
			this.corrections.propose(id, field, value, network.network(), authentication.getName());
			this.actions.record(authentication.getName(), network.network(), NetworkActions.CORRECTION,
					id + " : " + CorrectionsController.LABELS.getOrDefault(field, field) + " → " + value.strip());
			redirect.addFlashAttribute("message", "Correction proposée : un analyste l'examinera ; sa décision "
					+ "s'affichera ci-dessous.");
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/reseau/poles/" + id;
	}

	/** A field as the network's page shows it: the value kept, its own, and whose value was kept. */
	record FieldLine(String label, String kept, String own, boolean ownKept, String keptFrom) {
	}

	private static String place(Territory territory, String field, String code) {
		if (code == null) {
			return null;
		}
		return switch (field) {
			case "departement" -> territory.departement(code).map(found -> found.name() + " (" + code + ")").orElse(code);
			case "region" -> territory.region(code).map(Territory.Region::name).orElse(code);
			default -> code;
		};
	}

}
