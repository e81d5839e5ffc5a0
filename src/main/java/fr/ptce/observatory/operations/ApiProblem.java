package fr.ptce.observatory.operations;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of an API error as RFC 9457 writes it ({@code application/problem+json}), in French. */
public final class ApiProblem {

	public static final String MEDIA_TYPE = "application/problem+json";

	private ApiProblem() {
	}

	public static Map<String, Object> of(int status, String title, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", instance);
		return problem;
	}

}
