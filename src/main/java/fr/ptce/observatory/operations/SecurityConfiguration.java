package fr.ptce.observatory.operations;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.shared.ObservatoryHome;
import fr.ptce.observatory.shared.ObservatoryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Pages log in with a form, the API with HTTP basic; roles VIEWER (reports), ANALYST (runs,
 * uploads, files and their feedback, review) and ADMIN (everything, operations endpoints included), each
 * including the ones before. Published reports are public unless configured otherwise. Forms carry a CSRF
 * token; API calls authenticated by HTTP basic need none.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(SecurityConfiguration.class);

	static final String VIEWER = "VIEWER";

	static final String ANALYST = "ANALYST";

	static final String ADMIN = "ADMIN";

	/** A network's account: its own files, verdicts, feedback and uploads, and nothing else. */
	static final String RESEAU = "RESEAU";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObservatoryProperties properties,
			NetworkAccounts networks, NetworkActions actions) throws Exception {
		boolean publicReports = properties.security().publicReports();
		http.authorizeHttpRequests(requests -> {
			requests.requestMatchers("/", "/login", "/error", "/css/**", "/js/**", "/favicon.ico").permitAll();
			requests.requestMatchers("/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
				.permitAll();
			if (publicReports) {
				requests.requestMatchers(HttpMethod.GET, "/api/reports/**").permitAll();
			}
			requests.requestMatchers(HttpMethod.GET, "/api/reports/**").hasRole(VIEWER);
			requests.requestMatchers("/actuator/**").hasRole(ADMIN);
			// a network's own space, and nothing else for a network account (RESEAU is outside the hierarchy)
			requests.requestMatchers("/reseau", "/reseau/**").hasRole(RESEAU);
			requests.anyRequest().hasRole(ANALYST);
		});
		// a network account lands on its own space; the others where they were going, or the home page
		SavedRequestAwareAuthenticationSuccessHandler others = new SavedRequestAwareAuthenticationSuccessHandler();
		others.setDefaultTargetUrl("/");
		http.formLogin(form -> form.loginPage("/login").permitAll().failureHandler((request, response, exception) ->
			// an account refused after too many failures is told so; any other failure is the same « wrong » answer
			response.sendRedirect(request.getContextPath() + ((exception instanceof LockedException) ? "/login?bloque"
					: "/login?error"))).successHandler((request, response, authentication) -> {
			if (NetworkAccounts.isNetwork(authentication)) {
				networks.of(authentication).ifPresent(network -> actions.record(authentication.getName(),
						network.network(), NetworkActions.LOGIN, null));
				response.sendRedirect(request.getContextPath() + "/reseau");
			}
			else {
				others.onAuthenticationSuccess(request, response, authentication);
			}
		}));
		// the API answers 401 (HTTP basic) and 403 as problem+json in French; pages send to the login form
		RequestMatcher api = request -> request.getRequestURI().startsWith("/api/")
				|| request.getRequestURI().startsWith("/actuator/");
		AuthenticationEntryPoint loginForm = new LoginUrlAuthenticationEntryPoint("/login");
		http.exceptionHandling(exceptions -> exceptions
			.defaultAuthenticationEntryPointFor(ApiSecurityErrors.unauthorized(), api)
			.defaultAuthenticationEntryPointFor(loginForm, request -> true)
			.accessDeniedHandler(ApiSecurityErrors.forbidden(api, loginForm)));
		http.logout(logout -> logout.logoutSuccessUrl("/"));
		http.httpBasic(basic -> basic.authenticationEntryPoint(ApiSecurityErrors.unauthorized()));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
				&& request.getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6)));
		return http.build();
	}

	@Bean
	RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_" + ADMIN + " > ROLE_" + ANALYST + "\nROLE_" + ANALYST + " > ROLE_"
				+ VIEWER);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The accounts, each refused for a while after too many failed logins ({@link LoginAttempts}): a locked
	 * account is refused before its password is checked.
	 */
	@Bean
	UserDetailsService accounts(ObservatoryProperties properties, PasswordEncoder encoder, SourceProfiles profiles,
			LoginAttempts attempts, StoredNetworkAccounts stored) {
		InMemoryUserDetailsManager users = users(properties, encoder, profiles);
		// a login both configured and stored would be two accounts under one name
		for (String login : stored.logins()) {
			if (users.userExists(login)) {
				throw new IllegalStateException("Compte « " + login + " » défini deux fois : dans la configuration "
						+ "(observatory.security.users) et sur la page des comptes.");
			}
		}
		return login -> {
			if (attempts.locked(login)) {
				// the same answer whether the login exists or not: nothing to learn from the lock
				return User.withUsername(login).password("{noop}" + UUID.randomUUID()).roles().accountLocked(true)
					.build();
			}
			return users.userExists(login) ? users.loadUserByUsername(login)
					: stored.credentials(login)
						.map(account -> User.withUsername(account.login()).password(account.password()).roles(RESEAU)
							.disabled(account.disabled()).build())
						.orElseThrow(() -> new UsernameNotFoundException(login));
		};
	}

	private static InMemoryUserDetailsManager users(ObservatoryProperties properties, PasswordEncoder encoder,
			SourceProfiles profiles) {
		List<UserDetails> users = new ArrayList<>();
		Set<String> logins = new HashSet<>();
		for (ObservatoryProperties.User user : properties.security().users()) {
			if (!logins.add(user.name().toLowerCase(java.util.Locale.ROOT))) {
				throw new IllegalStateException("Compte « " + user.name() + " » défini deux fois.");
			}
			NetworkAccounts.check(user, profiles);
			if (user.password() == null || !user.password().startsWith("{")) {
				throw new IllegalStateException("Compte « " + user.name() + " » : le mot de passe doit être haché, avec "
						+ "le nom de l'algorithme en tête ({bcrypt}…).");
			}
			users.add(User.withUsername(user.name()).password(user.password())
				.roles(user.roles().toArray(String[]::new)).build());
		}
		if (users.isEmpty()) {
			Path file = ObservatoryHome.resolve(properties.security().adminPasswordFile());
			String password = FirstAdminPassword.readOrCreate(file,
					// the banner is for a person at a terminal: under systemd or Docker, standard error is the log
					(System.console() != null) ? System.err : new PrintStream(OutputStream.nullOutputStream()));
			users.add(User.withUsername("admin").password(encoder.encode(password)).roles(ADMIN).build());
			logger.warn("Aucun compte configuré (observatory.security.users) : compte « admin », mot de passe dans {}",
					file);
		}
		return new InMemoryUserDetailsManager(users);
	}

}
