package fr.ptce.observatory.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import fr.ptce.observatory.ingestion.HeaderDictionary;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.normalisation.MemberRecordNormaliser;
import fr.ptce.observatory.normalisation.PoleRecordNormaliser;
import fr.ptce.observatory.normalisation.Territory;
import fr.ptce.observatory.normalisation.ValueTypes;
import fr.ptce.observatory.normalisation.Vocabularies;
import fr.ptce.observatory.resolution.MatchingSettings;
import fr.ptce.observatory.shared.ObservatoryProperties;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The declarative side operators edit in {@code jobs/}: source profiles ({@code jobs/sources}) and vocabulary
 * extensions ({@code jobs/vocabulaires}), matching settings ({@code jobs/resolution}), read once at start-up; a mistake in them stops the start-up with its
 * file and line.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

	private static final Log logger = LogFactory.getLog(ReferenceDataConfiguration.class);

	@Bean
	SourceProfiles sourceProfiles(ObservatoryProperties properties, Environment environment) {
		Path jobs = properties.jobsDir();
		if (!Files.isDirectory(jobs)) {
			if (environment.containsProperty("observatory.jobs-dir")) {
				throw new IllegalStateException("Le dossier jobs configuré (observatory.jobs-dir) est introuvable : "
						+ jobs.toAbsolutePath() + ".");
			}
			logger.warn("Dossier jobs introuvable (" + jobs.toAbsolutePath()
					+ ") : aucun profil de source, vocabulaires et réglages d'appariement par défaut.");
		}
		return SourceProfiles.load(jobs.resolve("sources"));
	}

	@Bean
	Vocabularies vocabularies(ObservatoryProperties properties) {
		return Vocabularies.load(properties.jobsDir().resolve("vocabulaires"));
	}

	@Bean
	MatchingSettings matchingSettings(ObservatoryProperties properties) {
		return MatchingSettings.load(properties.jobsDir().resolve("resolution").resolve("appariement.yml"));
	}

	/** Headers by their synonyms and words, columns by their values. */
	@Bean
	HeaderDictionary headerDictionary(Vocabularies vocabularies, Clock clock) {
		return HeaderDictionary.standard().withContent(new ValueTypes(Territory.official(), vocabularies, clock));
	}

	@Bean
	PoleRecordNormaliser poleRecordNormaliser(Vocabularies vocabularies, Clock clock) {
		return new PoleRecordNormaliser(Territory.official(), vocabularies, clock);
	}

	@Bean
	MemberRecordNormaliser memberRecordNormaliser(Vocabularies vocabularies, Clock clock) {
		return new MemberRecordNormaliser(Territory.official(), vocabularies, clock);
	}

}
