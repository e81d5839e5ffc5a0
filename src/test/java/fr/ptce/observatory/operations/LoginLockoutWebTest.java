package fr.ptce.observatory.operations;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Too many failed logins, on the real server: the account is then refused even with its right password, and the
 * login page says why. (The context is the one of {@link PrivateReportsWebTest}, whose test does not use this
 * account: the lock lasts five minutes.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "observatory.security.public-reports=false")
class LoginLockoutWebTest {

	@LocalServerPort
	int port;

	@Test
	void afterFiveWrongPasswordsTheRightOneIsRefusedAndThePageSaysWhy() throws Exception {
		WebClient browser = WebClient.browser(this.port);
		for (int i = 0; i < LoginAttempts.LIMIT; i++) {
			HttpResponse<String> wrong = browser.postForm("/login", Map.of("username", "analyste", "password", "faux"),
					"/login");
			assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(
					location -> assertThat(location).endsWith("/login?error"));
		}
		HttpResponse<String> right = browser.login("analyste", "analyste-test");
		assertThat(right.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?bloque"));
		assertThat(browser.get("/login?bloque").body()).contains("Trop d'essais manqués",
				"refusé pendant");
		assertThat(browser.get("/executions").statusCode()).as("not logged in").isEqualTo(302);
		assertThat(WebClient.api(this.port, "analyste", "analyste-test").get("/api/runs").statusCode())
			.as("HTTP basic too").isEqualTo(401);
		assertThat(WebClient.api(this.port, "admin", "admin-test").get("/api/runs").statusCode())
			.as("the other accounts").isEqualTo(200);
	}

}
