package fr.ptce.observatory.resolution;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A level of agreement between a record and a pole on one field ({@link Comparison}), named by its code in
 * {@code jobs/resolution/appariement.yml}, in the stored explanations of scores and on the review page, and by its
 * label in the report's methodology.
 */
public enum MatchLevel {

	IDENTICAL("identique", "identique"),

	CLOSE("proche", "proche"),

	PARTIAL("partiel", "en partie commun"),

	/** Only places or generic words in common. */
	PLACE_ONLY("territoire-seul", "seuls des lieux ou des mots génériques en commun"),

	/** An acronym made of the initials of the other's name. */
	INITIALS("initiales", "initiales du nom de l'autre"),

	SAME_COMMUNE("commune", "même commune"),

	SAME_DEPARTEMENT("departement", "même département"),

	SAME_REGION("region", "même région"),

	/** At least two members in common. */
	SEVERAL("plusieurs", "au moins deux en commun"),

	/** One member in common. */
	ONE("un", "un en commun"),

	/** Members on both sides, none in common. */
	NONE("aucun", "aucun en commun"),

	DIFFERENT("different", "différent"),

	/** The field is missing on one side: weight 0. */
	ABSENT("absent", "absent");

	private final String code;

	private final String label;

	MatchLevel(String code, String label) {
		this.code = code;
		this.label = label;
	}

	/** As the settings, the explanations and the review page name it. */
	@JsonValue
	public String code() {
		return this.code;
	}

	/** As a French reader of the report reads it. */
	public String label() {
		return this.label;
	}

	/** The level of a code, if there is one. */
	public static Optional<MatchLevel> ofCode(String code) {
		return Arrays.stream(values()).filter(level -> level.code.equals(code)).findFirst();
	}

}
