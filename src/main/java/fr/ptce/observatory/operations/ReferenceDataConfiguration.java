package fr.ptce.observatory.operations;

import java.time.Year;

import fr.ptce.observatory.ObservatoryProperties;
import fr.ptce.observatory.ingestion.SourceProfiles;
import fr.ptce.observatory.normalisation.MemberRecordNormaliser;
import fr.ptce.observatory.normalisation.PoleRecordNormaliser;
import fr.ptce.observatory.normalisation.Territory;
import fr.ptce.observatory.normalisation.Vocabularies;
import fr.ptce.observatory.resolution.MatchingSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The declarative side operators edit in {@code jobs/}: source profiles ({@code jobs/sources}) and vocabulary
 * extensions ({@code jobs/vocabulaires}), matching settings ({@code jobs/resolution}), read once at start-up; a mistake in them stops the start-up with its
 * file and line.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfiguration {

	@Bean
	SourceProfiles sourceProfiles(ObservatoryProperties properties) {
		return SourceProfiles.load(properties.jobsDir().resolve("sources"));
	}

	@Bean
	Vocabularies vocabularies(ObservatoryProperties properties) {
		return Vocabularies.load(properties.jobsDir().resolve("vocabulaires"));
	}

	@Bean
	MatchingSettings matchingSettings(ObservatoryProperties properties) {
		return MatchingSettings.load(properties.jobsDir().resolve("resolution").resolve("appariement.yml"));
	}

	@Bean
	PoleRecordNormaliser poleRecordNormaliser(Vocabularies vocabularies) {
		return new PoleRecordNormaliser(Territory.official(), vocabularies, Year.now().getValue());
	}

	@Bean
	MemberRecordNormaliser memberRecordNormaliser(Vocabularies vocabularies) {
		return new MemberRecordNormaliser(Territory.official(), vocabularies, Year.now().getValue());
	}

}
