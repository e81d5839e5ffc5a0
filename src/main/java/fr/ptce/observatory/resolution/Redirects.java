package fr.ptce.observatory.resolution;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Identifiers absorbed by merges ({@code pole_redirect}): each keeps resolving to the pole that absorbed it,
 * through as many merges as followed.
 */
@Repository
public class Redirects {

	private final JdbcTemplate jdbc;

	Redirects(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Every redirect, from the absorbed identifier to the one that absorbed it. */
	Map<String, String> all() {
		Map<String, String> redirects = new HashMap<>();
		this.jdbc.query("select from_id, to_id from pole_redirect", rs -> {
			redirects.put(rs.getString(1), rs.getString(2));
		});
		return redirects;
	}

	/** The current identifier of a pole identifier (itself when it was never absorbed). */
	public String current(String poleId) {
		return follow(poleId, all());
	}

	static String follow(String poleId, Map<String, String> redirects) {
		String current = poleId;
		for (int hops = 0; hops < 1000 && redirects.containsKey(current); hops++) {
			current = redirects.get(current);
		}
		return current;
	}

}
