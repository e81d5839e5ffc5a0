package fr.ptce.observatory.operations.web;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import fr.ptce.observatory.shared.ObservatoryProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;

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

	/** What each operation does, in French, by method and path. */
	static final Map<String, String> SUMMARIES = Map.ofEntries(
			Map.entry("GET /api/files", "Fichiers reçus, avec leur verdict et le décompte de leurs lignes"),
			Map.entry("POST /api/files", "Déposer le fichier d'un réseau dans la boîte de réception"),
			Map.entry("GET /api/files/{id}/profil", "Profil de source proposé pour un fichier lu sans profil"),
			Map.entry("POST /api/files/{id}/profil", "Enregistrer le profil de source d'un fichier (YAML)"),
			Map.entry("GET /api/files/{id}/retour.xlsx", "Classeur de retour au réseau : chaque ligne et son sort"),
			Map.entry("GET /api/poles", "Chercher dans l'annuaire des pôles (nom, sigle, SIREN ; filtres)"),
			Map.entry("GET /api/poles/{id}",
					"Fiche d'un pôle : valeurs retenues et leur source, année par année, membres, lignes reçues"),
			Map.entry("POST /api/poles/{id}/separation", "Séparer d'un pôle une ligne rattachée à tort"),
			Map.entry("PUT /api/poles/{id}/champs/{field}", "Corriger un champ de la fiche d'un pôle (analyste)"),
			Map.entry("GET /api/reports", "Rapports publiés, par année"),
			Map.entry("GET /api/reports/{year}/versions", "Toutes les versions du rapport d'une année"),
			Map.entry("GET /api/reports/{year}/versions/{reportId}/{file}", "Un fichier d'une version antérieure"),
			Map.entry("GET /api/reports/{year}/{file}",
					"Un fichier du rapport en vigueur (PDF, XLSX, CSV, graphiques)"),
			Map.entry("GET /api/resolution/revue", "Paires de pôles à revoir, avec l'explication de leur score"),
			Map.entry("GET /api/resolution/revue/lot", "Combien de paires seraient fusionnées à partir d'un score"),
			Map.entry("POST /api/resolution/revue/lot", "Fusionner les paires à revoir à partir d'un score"),
			Map.entry("POST /api/resolution/revue/{id}", "Trancher une paire : même pôle ou pôles différents"),
			Map.entry("GET /api/resolution/decisions", "Décisions des analystes, avec leur auteur et leur date"),
			Map.entry("POST /api/resolution/decisions", "Décider de deux pôles par leurs identifiants"),
			Map.entry("GET /api/resolution/poids", "Poids de l'appariement : réglages, ou estimés sur les données"),
			Map.entry("GET /api/lineage.csv", "Ce que chaque ligne lue est devenue (CSV)"),
			Map.entry("GET /api/runs", "Exécutions, avec leurs étapes et leur avancement"),
			Map.entry("GET /api/runs/{id}", "Une exécution"),
			Map.entry("POST /api/runs/import", "Lancer l'import : nouveaux fichiers, un fichier ou un réseau"),
			Map.entry("POST /api/runs/report", "Lancer le rapport d'une année"),
			Map.entry("POST /api/runs/{id}/restart", "Reprendre une exécution échouée ou arrêtée"),
			Map.entry("POST /api/runs/{id}/stop", "Arrêter une exécution en cours"));

	/** The reason phrases springdoc writes by default, in French. */
	static final Map<String, String> IN_FRENCH = Map.of("OK", "Réussi", "Created", "Créé", "Accepted", "Accepté",
			"No Content", "Réussi, sans contenu", "Internal Server Error", "Erreur interne du serveur",
			"Service Unavailable", "Service indisponible", "Payload Too Large", "Fichier trop volumineux");

	/** Operations that may be refused because of the current state (a run in progress, a decision already taken). */
	static final Set<String> CONFLICTS = Set.of("POST /api/files/{id}/profil", "POST /api/poles/{id}/separation",
			"PUT /api/poles/{id}/champs/{field}", "POST /api/resolution/revue/{id}", "POST /api/resolution/decisions",
			"POST /api/resolution/revue/lot", "POST /api/runs/import", "POST /api/runs/report",
			"POST /api/runs/{id}/restart", "POST /api/runs/{id}/stop");

	/**
	 * Each operation's French summary and the errors it may answer, as problem+json: 400 and 403 everywhere, 401
	 * where credentials are needed (the reports' downloads too when they are not public), 404 where the path names a resource, 409 where the current state may refuse.
	 */
	@Bean
	OpenApiCustomizer operationsInFrench(ObservatoryProperties properties) {
		boolean publicReports = properties.security().publicReports();
		return openApi -> {
			Schema<?> problem = new ObjectSchema().description("Erreur au format RFC 9457, en français")
				.addProperty("type", new StringSchema())
				.addProperty("title", new StringSchema().example("Introuvable"))
				.addProperty("status", new IntegerSchema().example(404))
				.addProperty("detail", new StringSchema().example("Exécution n° 42 inconnue."))
				.addProperty("instance", new StringSchema());
			openApi.getComponents().addSchemas("Probleme", problem);
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				String key = method.name() + " " + path;
				operation.setSummary(SUMMARIES.getOrDefault(key, operation.getSummary()));
				ApiResponses responses = operation.getResponses();
				responses.values().forEach(response -> response.setDescription(
						IN_FRENCH.getOrDefault(response.getDescription(), response.getDescription())));
				error(responses, "400", "Demande invalide (paramètre, corps ou fichier refusé)");
				if (!(publicReports && method == PathItem.HttpMethod.GET && path.startsWith("/api/reports"))) {
					error(responses, "401", "Identifiants absents ou faux : HTTP basic");
				}
				error(responses, "403", "Rôle insuffisant");
				if (path.contains("{")) {
					error(responses, "404", "Introuvable : l'élément nommé par le chemin n'existe pas");
				}
				if (CONFLICTS.contains(key)) {
					error(responses, "409", "Impossible dans l'état actuel (une exécution en cours, une décision déjà prise)");
				}
			}));
		};
	}

	private static void error(ApiResponses responses, String status, String description) {
		responses.addApiResponse(status, new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/Probleme")))));
	}

}
