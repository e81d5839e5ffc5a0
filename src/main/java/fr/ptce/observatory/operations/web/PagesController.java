package fr.ptce.observatory.operations.web;

import java.time.Year;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The analysts' pages: runs (refreshed while running), files with their verdicts, and the login page.
 */
@Controller
class PagesController {

	private final JdbcTemplate jdbc;

	PagesController(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/executions")
	String runs(Model model) {
		model.addAttribute("year", Year.now().getValue() - 1);
		return "executions";
	}

	@GetMapping("/fichiers")
	String files(Model model) {
		model.addAttribute("files", this.jdbc.queryForList("""
				select id, name, coalesce(network, '—') as network, status, verdict, rows_read, rows_accepted, rows_merged,
				       rows_quarantined, rows_ignored from received_file order by received_at desc, id desc"""));
		return "fichiers";
	}

}
