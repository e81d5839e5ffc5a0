package fr.ptce.observatory.operations.web;

import fr.ptce.observatory.resolution.Corrections;

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

	private final Corrections corrections;

	CorrectionsController(Corrections corrections) {
		this.corrections = corrections;
	}

	@GetMapping("/corrections")
	String queue(Model model) {
		model.addAttribute("corrections", this.corrections.pending());
		model.addAttribute("labels", PoleDirectoryController.LABELS);
		return "corrections";
	}

	@PostMapping("/corrections/{id}/approuver")
	String approve(@PathVariable long id, Authentication analyst, RedirectAttributes redirect) {
		boolean approved = this.corrections.approve(id, analyst.getName());
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

}
