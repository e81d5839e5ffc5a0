package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Map;

/**
 * The fields a record and a pole are compared on, each with its levels of agreement (strongest first), named
 * as in {@code jobs/resolution/appariement.yml}. A field missing on either side compares as {@link #ABSENT}.
 */
public enum Comparison {

	NAME("nom", "Nom", List.of("identique", "proche", "partiel", "territoire-seul", "different")),

	ACRONYM("sigle", "Sigle", List.of("identique", "initiales", "different")),

	TERRITORY("territoire", "Territoire", List.of("commune", "departement", "region", "different")),

	CARRIER("porteuse", "Structure porteuse", List.of("identique", "different")),

	/** A SIREN that may be the pole's own (of unknown role): strong evidence, not hard. */
	SIREN("siren", "SIREN de rôle non précisé", List.of("identique", "different")),

	DOMAIN("domaine", "Site web ou domaine de courriel", List.of("identique", "different")),

	MEMBERS("membres", "Membres", List.of("plusieurs", "un", "aucun"));

	/** The levels as a French reader of the report reads them. */
	private static final Map<String, String> LEVEL_LABELS = Map.ofEntries(
			Map.entry("identique", "identique"), Map.entry("proche", "proche"),
			Map.entry("partiel", "en partie commun"),
			Map.entry("territoire-seul", "seuls des lieux ou des mots génériques en commun"),
			Map.entry("different", "différent"),
			Map.entry("initiales", "initiales du nom de l'autre"),
			Map.entry("commune", "même commune"), Map.entry("departement", "même département"),
			Map.entry("region", "même région"), Map.entry("plusieurs", "au moins deux en commun"),
			Map.entry("un", "un en commun"), Map.entry("aucun", "aucun en commun"));

	/** The level of a field missing on one side: weight 0. */
	public static final String ABSENT = "absent";

	private final String key;

	private final String label;

	private final List<String> levels;

	Comparison(String key, String label, List<String> levels) {
		this.key = key;
		this.label = label;
		this.levels = levels;
	}

	/** The field as the report's methodology names it, in French. */
	public String label() {
		return this.label;
	}

	/** A level as the report's methodology names it, in French (« différent » for TERRITORY: other regions). */
	public String levelLabel(String level) {
		if (this == TERRITORY && level.equals("different")) {
			return "régions différentes";
		}
		return LEVEL_LABELS.getOrDefault(level, level);
	}

	/** The name of the field in the settings and in the explanations. */
	public String key() {
		return this.key;
	}

	public List<String> levels() {
		return this.levels;
	}

}
