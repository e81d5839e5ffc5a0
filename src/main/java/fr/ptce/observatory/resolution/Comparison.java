package fr.ptce.observatory.resolution;

import java.util.List;

/**
 * The fields a record and a pole are compared on, each with its levels of agreement (strongest first), named
 * as in {@code jobs/resolution/appariement.yml}. A field missing on either side compares as {@link #ABSENT}.
 */
public enum Comparison {

	NAME("nom", List.of("identique", "proche", "partiel", "territoire-seul", "different")),

	ACRONYM("sigle", List.of("identique", "initiales", "different")),

	TERRITORY("territoire", List.of("commune", "departement", "region", "different")),

	CARRIER("porteuse", List.of("identique", "different")),

	/** A SIREN that may be the pole's own (of unknown role): strong evidence, not hard. */
	SIREN("siren", List.of("identique", "different")),

	DOMAIN("domaine", List.of("identique", "different")),

	MEMBERS("membres", List.of("plusieurs", "un", "aucun"));

	/** The level of a field missing on one side: weight 0. */
	public static final String ABSENT = "absent";

	private final String key;

	private final List<String> levels;

	Comparison(String key, List<String> levels) {
		this.key = key;
		this.levels = levels;
	}

	/** The name of the field in the settings and in the explanations. */
	public String key() {
		return this.key;
	}

	public List<String> levels() {
		return this.levels;
	}

}
