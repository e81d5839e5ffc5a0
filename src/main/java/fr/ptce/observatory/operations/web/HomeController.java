package fr.ptce.observatory.operations.web;

import fr.ptce.observatory.French;
import fr.ptce.observatory.reporting.Reports;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the reports to download and the files received with their verdicts.
 */
@Controller
class HomeController {

	private final Reports reports;

	private final JdbcTemplate jdbc;

	HomeController(Reports reports, JdbcTemplate jdbc) {
		this.reports = reports;
		this.jdbc = jdbc;
	}

	record FileLine(long id, String name, String status, String verdict) {
	}

	@GetMapping("/")
	String home(Model model, org.springframework.security.core.Authentication authentication) {
		model.addAttribute("analyst", authentication != null && authentication.getAuthorities().stream()
			.anyMatch(authority -> authority.getAuthority().equals("ROLE_ANALYST")
					|| authority.getAuthority().equals("ROLE_ADMIN")));
		model.addAttribute("reports", this.reports.current());
		model.addAttribute("files", this.jdbc.query("select id, name, status, verdict from source_file order by id",
				(rs, n) -> new FileLine(rs.getLong("id"), rs.getString("name"), rs.getString("status"),
						rs.getString("verdict"))));
		long poles = this.jdbc.queryForObject("select count(*) from pole", Long.class);
		model.addAttribute("polesKnown", French.count(poles, "pôle connu.", "pôles connus."));
		return "home";
	}

}
