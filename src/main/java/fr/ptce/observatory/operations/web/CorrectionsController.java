package fr.ptce.observatory.operations.web;

import java.util.LinkedHashMap;
import java.util.Map;

import fr.ptce.observatory.resolution.Corrections;
import fr.ptce.observatory.resolution.DecisionConflictException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysts' queue of the corrections networks propose ({@code /corrections}): each with the pole, the field, the
 * value kept and the value proposed, approved (it then overrides the golden record) or rejected.
 */
@Controller
class CorrectionsController {

	/** The fields a correction names, in French, « même pôle que » included. */
	static final Map<String, String> LABELS = labels();

	private final Corrections corrections;

	CorrectionsController(Corrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping("/corrections")
	String queue(Model model) {
		model.addAttribute("corrections", this.corrections.pending());
		model.addAttribute("labels", LABELS);
		return "corrections";
	}

	@PostMapping("/corrections/{id}/approuver")
	String approve(@PathVariable long id, Authentication analyst, RedirectAttributes redirect) {
		boolean approved;
		try {
			approved = this.corrections.approve(id, analyst.getName());
		}
		catch (DecisionConflictException ex) {
			// « même pôle » where an analyst already said « différents »: the earlier decision stands
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/corrections";
		}
		redirect.addFlashAttribute(approved ? "message" : "error", approved
				? "Correction n° " + id + " approuvée : la valeur est désormais celle de la fiche publiée."
				: "Correction n° " + id + " introuvable ou déjà décidée.");
		return "redirect:/corrections";
	}

	@PostMapping("/corrections/{id}/rejeter")
	String reject(@PathVariable long id, Authentication analyst, RedirectAttributes redirect) {
		boolean rejected = this.corrections.reject(id, analyst.getName());
		redirect.addFlashAttribute(rejected ? "message" : "error", rejected ? "Correction n° " + id + " rejetée."
				: "Correction n° " + id + " introuvable ou déjà décidée.");
		return "redirect:/corrections";
	}

	private static Map<String, String> labels() {
		Map<String, String> labels = new LinkedHashMap<>(PoleDirectoryController.LABELS);
		labels.put(Corrections.SAME_POLE, "Même pôle que");
		return Map.copyOf(labels);
	}

}
