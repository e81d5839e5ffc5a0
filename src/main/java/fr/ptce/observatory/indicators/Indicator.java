package fr.ptce.observatory.indicators;

/**
 * The indicators the observatory publishes, with their French titles.
 */
public enum Indicator {

	POLES_ACTIFS("poles_actifs", "Pôles actifs", "pôles"),
	POLES_ACTIFS_PAR_REGION("poles_actifs_par_region", "Pôles actifs par région", "pôles"),
	POLES_PAR_MILLION_HABITANTS("poles_par_million_habitants", "Pôles actifs par million d'habitants, par région",
			"pôles par million d'habitants"),
	FORME_JURIDIQUE("forme_juridique", "Forme juridique de la structure porteuse", "pôles"),
	PART_FORME_ASSOCIATIVE("part_forme_associative", "Part des pôles portés par une association", "%");

	private final String code;

	private final String title;

	private final String unit;

	Indicator(String code, String title, String unit) {
		this.code = code;
		this.title = title;
		this.unit = unit;
	}

	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public String unit() {
		return this.unit;
	}

}
