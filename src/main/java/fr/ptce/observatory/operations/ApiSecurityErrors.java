package fr.ptce.observatory.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * What the API answers when security refuses a call, as every other API error: {@code application/problem+json}
 * in French. 401 when credentials are missing or wrong (with the HTTP basic challenge), 403 when the account's role
 * does not allow the call or a form's CSRF token is missing. CSRF stays checked on every form: a request without
 * a session that lacks its token is asked to log in rather than refused.
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

	/**
	 * A refusal: a request without a session refused for its missing CSRF token is anonymous and asked to log in
	 * (401 for the API, the login form for pages) rather than refused; the API's other refusals are problem+json;
	 * a page's go to the error page.
	 */
	static AccessDeniedHandler forbidden(RequestMatcher api, AuthenticationEntryPoint loginForm) {
		AccessDeniedHandler page = new AccessDeniedHandlerImpl();
		return (request, response, exception) -> {
			// the request came without a session the server knows (the refusal itself may just have made one)
			boolean anonymous = exception instanceof CsrfException && !request.isRequestedSessionIdValid();
			if (anonymous) {
				InsufficientAuthenticationException login = new InsufficientAuthenticationException(
						"Identifiants requis", exception);
				(api.matches(request) ? unauthorized() : loginForm).commence(request, response, login);
			}
			else if (!api.matches(request)) {
				page.handle(request, response, exception);
			}
			else if (exception instanceof CsrfException) {
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
		Map<String, Object> problem = ApiProblem.of(status, title, detail, request.getRequestURI());
		response.setStatus(status);
		response.setContentType(ApiProblem.MEDIA_TYPE + ";charset=UTF-8");
		response.getOutputStream().write(JSON.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8));
	}

}
