package fr.ptce.observatory.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * What the API answers when security refuses a call, as every other API error: {@code application/problem+json}
 * in French. 401 when credentials are missing or wrong (with the HTTP basic challenge), 403 when the account's role
 * does not allow the call or a form's CSRF token is missing.
 */
final class ApiSecurityErrors {

	static final String REALM = "Observatoire des PTCE";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiSecurityErrors() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
			write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "Identifiants requis",
					"Cette adresse demande un compte : identifiants HTTP basic absents ou faux.");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> {
			if (exception instanceof CsrfException) {
				write(request, response, HttpServletResponse.SC_FORBIDDEN, "Demande refusée",
						"Jeton CSRF absent ou périmé : rechargez la page et recommencez, ou appelez l'API avec des "
								+ "identifiants HTTP basic.");
			}
			else {
				write(request, response, HttpServletResponse.SC_FORBIDDEN, "Rôle insuffisant",
						"Le rôle de ce compte ne permet pas d'accéder à " + request.getRequestURI() + ".");
			}
		};
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, int status, String title,
			String detail) throws IOException {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", request.getRequestURI());
		response.setStatus(status);
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getOutputStream().write(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
	}

}
