package fr.ptce.observatory.operations.web;

import java.security.Principal;

import fr.ptce.observatory.resolution.ReviewQueue;
import fr.ptce.observatory.shared.ConflictException;
import fr.ptce.observatory.shared.French;
import fr.ptce.observatory.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review page: each doubtful pair side by side with its score explained field by field, and two buttons
 * (same pole, different poles); the latest decisions below.
 */
@Controller
class ReviewPageController {

	/** Pairs shown at once: an analyst decides the best-scored first; the rest come as these are decided. */
	static final int PAGE = 50;

	private final ReviewQueue queue;

	ReviewPageController(ReviewQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/revue")
	String review(@RequestParam(name = "lot", required = false) Double lot, Model model) {
		model.addAttribute("lot", lot);
		if (lot != null) {
			model.addAttribute("bulk", this.queue.countAtLeast(lot));
		}
		model.addAttribute("pairs", this.queue.pending(PAGE));
		model.addAttribute("pending", this.queue.pendingCount());
		model.addAttribute("decisions", this.queue.decided(PAGE));
		return "revue";
	}

	@PostMapping("/revue/lot")
	String acceptAll(@RequestParam double score, Principal analyst, RedirectAttributes redirect) {
		int merged = this.queue.acceptAll(score, analyst.getName());
		redirect.addFlashAttribute("message", French.count(merged, "paire", "paires") + " de score ≥ " + score + " "
				+ French.agreed(merged, "fusionnée.", "fusionnées."));
		return "redirect:/revue";
	}

	@PostMapping("/revue/{id}")
	String decide(@PathVariable long id, @RequestParam ReviewQueue.Decision decision, Principal analyst,
			RedirectAttributes redirect) {
		try {
			ReviewQueue.Pair pair = this.queue.decide(id, decision, analyst.getName());
			redirect.addFlashAttribute("message", (decision == ReviewQueue.Decision.SAME)
					? "Pôles fusionnés : " + pair.poleA().id() + " est conservé."
					: "Décision enregistrée : " + pair.poleA().id() + " et " + pair.poleB().id() + " sont deux pôles différents.");
		}
		catch (ConflictException | NotFoundException | IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/revue";
	}

}
