package fr.ptce.observatory.operations.web;

import java.util.List;

import fr.ptce.observatory.ingestion.ReceivedFiles;
import fr.ptce.observatory.reporting.Report;
import fr.ptce.observatory.reporting.Reports;
import fr.ptce.observatory.resolution.PoleSearch;
import fr.ptce.observatory.shared.French;
import fr.ptce.observatory.shared.ObservatoryProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the reports to download and the files received with their verdicts.
 */
@Controller
class HomeController {

	private final Reports reports;

	private final ReceivedFiles files;

	private final PoleSearch poles;

	private final boolean publicReports;

	/** The roles that may read the reports (each account has one; the anonymous visitor has none of them). */
	private static final java.util.Set<String> READERS = java.util.Set.of("ROLE_VIEWER", "ROLE_ANALYST", "ROLE_ADMIN");

	HomeController(Reports reports, ReceivedFiles files, PoleSearch poles, ObservatoryProperties properties) {
		this.publicReports = properties.security().publicReports();
		this.reports = reports;
		this.files = files;
		this.poles = poles;
	}

	@GetMapping("/")
	String home(Model model, org.springframework.security.core.Authentication authentication) {
		boolean analyst = authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ANALYST")
					|| authority.getAuthority().equals("ROLE_ADMIN"));
		model.addAttribute("analyst", analyst);
		List<Report> current = this.reports.current();
		model.addAttribute("reports", current);
		// the key figures and charts are the report's: shown to whoever may download it
		boolean reportsVisible = this.publicReports || (authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> READERS.contains(authority.getAuthority())));
		model.addAttribute("reportsVisible", reportsVisible);
		model.addAttribute("keyFigures",
				(current.isEmpty() || !reportsVisible) ? List.of() : this.reports.keyFigures(current.get(0)));
		// the files received and their verdicts are the analysts': a network sees its own in its space
		model.addAttribute("files", analyst ? this.files.verdicts() : List.of());
		model.addAttribute("polesKnown", French.count(this.poles.count(), "pôle connu.", "pôles connus."));
		return "home";
	}

}
