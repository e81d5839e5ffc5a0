package fr.ptce.observatory.reporting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.normalisation.Territory;
import fr.ptce.observatory.resolution.MatchingSettings;
import fr.ptce.observatory.resolution.ResolutionCounts;

/**
 * Everything a report of one year shows, gathered before any file is written.
 *
 * @param year the observation year
 * @param executionId the job execution that built it
 * @param builtAt when it was built
 * @param softwareVersion the observatory's version
 * @param indicators the indicators' figures
 * @param poles the poles observed in the year, public fields only
 * @param files the input files with their verdicts and checksums
 * @param method the matching settings in force and what resolution did with them, for the methodology
 */
record ReportData(int year, long executionId, OffsetDateTime builtAt, String softwareVersion,
		List<IndicatorValue> indicators, List<PublicPole> poles, List<InputFile> files, Method method) {

	/** How poles were told apart when the report was built: the settings used, and what they did. */
	record Method(MatchingSettings settings, ResolutionCounts.Counts counts) {
	}

	/** The public fields of a pole: never its contacts. */
	record PublicPole(String id, String name, String acronym, String carrierName, String siret, String legalForm,
			String postalCode, String commune, String departement, String region, Integer creationYear, String status,
			String website) {

		static final List<String> HEADERS = List.of("identifiant", "nom", "sigle", "structure_porteuse", "siret",
				"forme_juridique", "code_postal", "commune", "departement", "departement_nom", "region", "region_nom",
				"annee_creation", "statut", "site_web");

		/** The values in the order of {@link #HEADERS}: the names of the département and the region beside their codes. */
		List<Object> values() {
			Territory territory = Territory.official();
			String departementName = (this.departement != null)
					? territory.departement(this.departement).map(Territory.Departement::name).orElse(null) : null;
			String regionName = (this.region != null)
					? territory.region(this.region).map(Territory.Region::name).orElse(null) : null;
			return java.util.Arrays.asList(this.id, this.name, this.acronym, this.carrierName, this.siret,
					this.legalForm, this.postalCode, this.commune, this.departement, departementName, this.region,
					regionName, this.creationYear, this.status, this.website);
		}

	}

	record InputFile(String name, String sha256, String status, String verdict) {
	}

	List<IndicatorValue> values(Indicator indicator) {
		return this.indicators.stream().filter(value -> value.indicator() == indicator).toList();
	}

	/** The figure of an indicator for one dimension ("" for the indicator as a whole). */
	java.util.Optional<IndicatorValue> value(Indicator indicator, String dimension) {
		return this.indicators.stream()
			.filter(value -> value.indicator() == indicator && value.dimension().equals(dimension))
			.findFirst();
	}

	Map<Indicator, List<IndicatorValue>> byIndicator() {
		Map<Indicator, List<IndicatorValue>> map = new java.util.EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			List<IndicatorValue> values = values(indicator);
			if (!values.isEmpty()) {
				map.put(indicator, values);
			}
		}
		return map;
	}

}
