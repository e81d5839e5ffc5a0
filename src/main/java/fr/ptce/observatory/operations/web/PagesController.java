package fr.ptce.observatory.operations.web;


import fr.ptce.observatory.ingestion.ReceivedFiles;
import fr.ptce.observatory.ingestion.SourceProfile;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.operations.NetworkActions;
import fr.ptce.observatory.operations.ProposedProfiles;
import fr.ptce.observatory.operations.ReportYear;
import fr.ptce.observatory.operations.Runs;
import fr.ptce.observatory.shared.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The analysts' pages: runs (refreshed while running), files with their verdicts and the profile proposed for a
 * file no profile claims, and the login page.
 */
@Controller
class PagesController {

	private final ReceivedFiles files;

	private final ProposedProfiles proposed;

	private final SourceProfiles profiles;

	private final NetworkActions actions;

	private final ReportYear reportYear;

	PagesController(ReceivedFiles files, ProposedProfiles proposed, SourceProfiles profiles,
			NetworkActions actions, ReportYear reportYear) {
		this.reportYear = reportYear;
		this.actions = actions;
		this.files = files;
		this.proposed = proposed;
		this.profiles = profiles;
	}

	@GetMapping("/fichiers/{id}/profil")
	String proposedProfile(@PathVariable long id, Model model) {
		String yaml = this.proposed.proposal(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return profilePage(model, id, this.proposed.suggestedName(id), yaml, null);
	}

	@PostMapping("/fichiers/{id}/profil")
	String acceptProfile(@PathVariable long id, @RequestParam("nom") String name, @RequestParam("profil") String yaml,
			Model model) {
		try {
			this.proposed.accept(id, name.strip(), yaml);
			return "redirect:/executions";
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
		catch (SourceProfiles.InvalidProfileException | Runs.RunInProgressException | IllegalArgumentException ex) {
			return profilePage(model, id, name, yaml, ex.getMessage());
		}
	}

	private String profilePage(Model model, long id, String name, String yaml, String error) {
		model.addAttribute("fileId", id);
		model.addAttribute("fileName", this.files.name(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		model.addAttribute("name", name);
		model.addAttribute("yaml", yaml);
		model.addAttribute("error", error);
		return "profil";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/executions")
	String runs(Model model) {
		// the year a report is of by default; last year (French time) while nothing was observed
		model.addAttribute("year", this.reportYear.toReportOrLastYear());
		// a network to import again is chosen among the known ones, by its display name
		model.addAttribute("networks", this.profiles.all().stream().map(SourceProfile::network)
			.filter(java.util.Objects::nonNull).distinct().sorted().toList());
		return "executions";
	}

	@GetMapping("/fichiers")
	String files(Model model) {
		model.addAttribute("files", this.files.latestFirst());
		model.addAttribute("actions", this.actions.latest(200));
		return "fichiers";
	}

}
