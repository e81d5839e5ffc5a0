package fr.ptce.observatory.operations.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import fr.ptce.observatory.operations.ApiProblem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * An address nothing answers, in French: a page for a person ({@code error.html}), {@code application/problem+json}
 * for the API and for programs. Before Spring Boot's own problem details, which would say it in English.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

	@ExceptionHandler(NoResourceFoundException.class)
	ModelAndView notFound(HttpServletRequest request) {
		String path = request.getRequestURI();
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean person = !path.startsWith("/api/") && accept != null && accept.contains("text/html");
		ModelAndView answer;
		if (person) {
			answer = new ModelAndView("error", Map.of("status", 404, "path", path));
		}
		else {
			Map<String, Object> problem = ApiProblem.of(404, "Introuvable", "Rien ne répond à l'adresse " + path + ".",
					path);
			JacksonJsonView json = new JacksonJsonView();
			json.setContentType(ApiProblem.MEDIA_TYPE);
			json.setExtractValueFromSingleKeyModel(true);
			answer = new ModelAndView(json, Map.of("problem", problem));
		}
		answer.setStatus(HttpStatus.NOT_FOUND);
		return answer;
	}

}
