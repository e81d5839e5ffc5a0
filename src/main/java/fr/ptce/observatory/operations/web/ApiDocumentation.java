package fr.ptce.observatory.operations.web;

import java.util.Optional;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI page ({@code /swagger-ui.html}, {@code /v3/api-docs}) says of the API: its title, the
 * software's version, what it serves, and how to authenticate (HTTP basic, the accounts of
 * {@code observatory.security.users}).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basic";

	@Bean
	OpenAPI observatoryApi() {
		String version = Optional.ofNullable(ApiDocumentation.class.getPackage().getImplementationVersion())
			.orElse("développement");
		return new OpenAPI()
			.info(new Info().title("API de l'Observatoire national des PTCE")
				.version(version)
				.description("Exécutions (import, rapport), fichiers reçus et leurs retours, annuaire des pôles, revue "
						+ "des paires, rapports publiés. Erreurs au format application/problem+json, en français : 400 "
						+ "demande invalide, 401 identifiants absents, 403 rôle insuffisant, 404 introuvable, 409 "
						+ "impossible dans l'état actuel (une exécution en cours, une décision contraire).")
				.license(new License().name("Données : Licence Ouverte 2.0 (Etalab)")
					.url("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
						.description("Comptes de observatory.security.users (rôles VIEWER, ANALYST, ADMIN).")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}

}
