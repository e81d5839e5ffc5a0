package fr.ptce.observatory.resolution;

import java.util.List;

/**
 * The fields a record and a pole are compared on, each with its levels of agreement (strongest first), named
 * as in {@code jobs/resolution/appariement.yml}. A field missing on either side compares as {@link MatchLevel#ABSENT}.
 */
public enum Comparison {

	NAME("nom", "Nom", List.of(MatchLevel.IDENTICAL, MatchLevel.CLOSE, MatchLevel.PARTIAL,
			MatchLevel.PLACE_ONLY, MatchLevel.DIFFERENT)),

	ACRONYM("sigle", "Sigle", List.of(MatchLevel.IDENTICAL, MatchLevel.INITIALS, MatchLevel.DIFFERENT)),

	TERRITORY("territoire", "Territoire", List.of(MatchLevel.SAME_COMMUNE, MatchLevel.SAME_DEPARTEMENT,
			MatchLevel.SAME_REGION, MatchLevel.DIFFERENT)),

	CARRIER("porteuse", "Structure porteuse", List.of(MatchLevel.IDENTICAL, MatchLevel.DIFFERENT)),

	/** A SIREN that may be the pole's own (of unknown role): strong evidence, not hard. */
	SIREN("siren", "SIREN de rôle non précisé", List.of(MatchLevel.IDENTICAL, MatchLevel.DIFFERENT)),

	DOMAIN("domaine", "Site web ou domaine de courriel", List.of(MatchLevel.IDENTICAL, MatchLevel.DIFFERENT)),

	MEMBERS("membres", "Membres", List.of(MatchLevel.SEVERAL, MatchLevel.ONE, MatchLevel.NONE));

	private final String key;

	private final String label;

	private final List<MatchLevel> levels;

	Comparison(String key, String label, List<MatchLevel> levels) {
		this.key = key;
		this.label = label;
		this.levels = levels;
	}

	/** The field as the report's methodology names it, in French. */
	public String label() {
		return this.label;
	}

	/** A level as the report's methodology names it, in French (« différent » for TERRITORY: other regions). */
	public String levelLabel(MatchLevel level) {
		if (this == TERRITORY && level == MatchLevel.DIFFERENT) {
			return "régions différentes";
		}
		return level.label();
	}

	/** The name of the field in the settings and in the explanations. */
	public String key() {
		return this.key;
	}

	/** The comparison of a key of the settings and the explanations. */
	public static java.util.Optional<Comparison> ofKey(String key) {
		return java.util.Arrays.stream(values()).filter(comparison -> comparison.key.equals(key)).findFirst();
	}

	public List<MatchLevel> levels() {
		return this.levels;
	}

}
