package fr.ptce.observatory.resolution;

import java.util.Arrays;

import fr.ptce.observatory.shared.French;

/**
 * The rule that settled a pole row's pole, stored by its code (PostgreSQL's type {@code match_rule}, V22, the same
 * codes in the same order, checked by {@code DatabaseTypesTest}) and written so in {@code lineage.csv}.
 */
public enum MatchRule {

	/** Founded a pole. */
	NEW("nouveau", "a créé un pôle", "ont créé un pôle"),

	/** Joined the pole whose own SIREN it declares. */
	SIREN("siren", "a rejoint un pôle par le SIREN déclaré propre au pôle",
			"ont rejoint un pôle par le SIREN déclaré propre au pôle"),

	/** Joined the pole of its RNA number. */
	RNA("rna", "a rejoint un pôle par son numéro RNA", "ont rejoint un pôle par leur numéro RNA"),

	/** Joined the pole it scored best against, at or above the merge threshold. */
	SCORE("score", "a rejoint un pôle par un score au moins égal au seuil de fusion",
			"ont rejoint un pôle par un score au moins égal au seuil de fusion"),

	/** The same pole listed again in the same file. */
	DUPLICATE("doublon", "était le doublon d'une ligne du même fichier", "étaient le doublon d'une ligne du même fichier"),

	/** Moved by an analyst's decision. */
	DECISION("decision", "a été rattachée par la décision d'un analyste",
			"ont été rattachées par la décision d'un analyste"),

	/** Kept the pole of an earlier import of the same file. */
	PREVIOUS_LINK("lien", "a gardé le pôle d'un import précédent du même fichier",
			"ont gardé le pôle d'un import précédent du même fichier");

	private final String code;

	private final String one;

	private final String many;

	MatchRule(String code, String one, String many) {
		this.code = code;
		this.one = one;
		this.many = many;
	}

	/** As stored and as the lineage names it. */
	public String code() {
		return this.code;
	}

	/** What {@code rows} rows settled by this rule did, in French, agreed: « 12 ont créé un pôle ». */
	public String wording(long rows) {
		return French.count(rows, this.one, this.many);
	}

	/** The rule of a stored code. */
	public static MatchRule ofCode(String code) {
		return Arrays.stream(values())
			.filter(rule -> rule.code.equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown match rule: " + code));
	}

}
