package fr.ptce.observatory.operations;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like HTTP client for tests against the real server: keeps its cookies (the session), reads the
 * CSRF token of a page, posts forms and multipart uploads; or calls the API with HTTP basic.
 */
final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final String basic;

	private WebClient(int port, String basic) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		this.basic = basic;
	}

	static WebClient browser(int port) {
		return new WebClient(port, null);
	}

	static WebClient api(int port, String user, String password) {
		return new WebClient(port,
				"Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
	}

	HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<byte[]> getBytes(String path) throws Exception {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	HttpResponse<String> postJson(String path, String json) throws Exception {
		return this.http.send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return this.http.send(request(path).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> putJson(String path, String json) throws Exception {
		return this.http.send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a form with the CSRF token read from {@code pageWithForm} (or none when {@code null}). */
	HttpResponse<String> postForm(String path, Map<String, String> fields, String pageWithForm) throws Exception {
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		if (pageWithForm != null) {
			all.put("_csrf", csrfToken(pageWithForm));
		}
		String body = all.entrySet().stream()
			.map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return this.http.send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Posts a multipart form with one file, and the CSRF token of {@code pageWithForm} when not {@code null}. */
	HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields,
			String pageWithForm) throws Exception {
		String boundary = UUID.randomUUID().toString();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		if (pageWithForm != null) {
			all.put("_csrf", csrfToken(pageWithForm));
		}
		for (Map.Entry<String, String> field : all.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Logs in through the login form, as a person would. */
	HttpResponse<String> login(String user, String password) throws Exception {
		return postForm("/login", Map.of("username", user, "password", password), "/login");
	}

	String csrfToken(String page) throws Exception {
		Matcher matcher = CSRF.matcher(get(page).body());
		if (!matcher.find()) {
			throw new AssertionError("no CSRF token on " + page);
		}
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	/** A page, asked for as a browser does ({@code Accept: text/html}). */
	HttpResponse<String> page(String path) throws Exception {
		return this.http.send(request(path).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.basic != null) {
			builder.header("Authorization", this.basic);
		}
		return builder;
	}

	/** Waits for a run to end (60 s at most) and gives its status as {@code GET /api/runs/{id}} reports it. */
	String awaitRunEnd(long id) throws Exception {
		long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			java.util.regex.Matcher status = RUN_STATUS.matcher(get("/api/runs/" + id).body());
			if (status.find() && !status.group(1).startsWith("START")) {
				return status.group(1);
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + id + " did not end");
	}

	/** The execution id of a started run, from the API's answer. */
	static long executionId(HttpResponse<String> response) {
		java.util.regex.Matcher matcher = EXECUTION_ID.matcher(response.body());
		if (!matcher.find()) {
			throw new AssertionError("no execution id in " + response.body());
		}
		return Long.parseLong(matcher.group(1));
	}

	private static final java.util.regex.Pattern RUN_STATUS = java.util.regex.Pattern.compile("\"status\":\"([A-Z]+)\"");

	private static final java.util.regex.Pattern EXECUTION_ID = java.util.regex.Pattern.compile("\"executionId\":(\\d+)");

}
