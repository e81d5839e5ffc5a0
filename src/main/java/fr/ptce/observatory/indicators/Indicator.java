package fr.ptce.observatory.indicators;

/**
 * The indicators the observatory publishes (SPEC §5), with their French titles, units and family.
 */
public enum Indicator {

	POLES_ACTIFS("poles_actifs", 1, "Pôles actifs", "pôles"),
	POLES_ACTIFS_PAR_REGION("poles_actifs_par_region", 1, "Pôles actifs par région", "pôles"),
	POLES_ACTIFS_PAR_DEPARTEMENT("poles_actifs_par_departement", 1, "Pôles actifs par département", "pôles"),
	POLES_PAR_MILLION_HABITANTS("poles_par_million_habitants", 1, "Pôles actifs par million d'habitants, par région",
			"pôles par million d'habitants"),
	NOUVEAUX_POLES("nouveaux_poles", 1, "Pôles créés dans l'année", "pôles"),
	POLES_DISSOUS("poles_dissous", 1, "Pôles dissous dans l'année", "pôles"),
	FORME_JURIDIQUE("forme_juridique", 2, "Forme juridique de la structure porteuse", "pôles"),
	PART_FORME_JURIDIQUE("part_forme_juridique", 2, "Part de chaque forme juridique", "%"),
	PART_FORME_ASSOCIATIVE("part_forme_associative", 2, "Part des pôles portés par une association", "%"),
	LAUREATS_ACTIFS("laureats_actifs", 3, "Lauréats des appels de l'État encore actifs", "pôles"),
	POLES_AVEC_SIAE("poles_avec_siae", 4, "Pôles associant des SIAE", "pôles"),
	PART_POLES_AVEC_SIAE("part_poles_avec_siae", 4, "Part des pôles associant des SIAE", "%"),
	MEMBRES_SIAE("membres_siae", 4, "SIAE membres des pôles", "structures"),
	MEMBRES_PAR_CATEGORIE("membres_par_categorie", 5, "Membres par catégorie", "membres"),
	MEMBRES_PAR_POLE("membres_par_pole", 5, "Nombre de membres par pôle", "membres"),
	COMPOSITION("composition", 5, "Composition des pôles", "%"),
	POLES_PAR_FILIERE("poles_par_filiere", 6, "Pôles par filière", "pôles"),
	EMPLOIS_CREES("emplois_crees", 7, "Emplois créés", "emplois"),
	BUDGET("budget", 7, "Budgets annuels", "€"),
	ANNEE_CREATION("annee_creation", 8, "Année de création des pôles actifs", "pôles"),
	AGE_MEDIAN("age_median", 8, "Âge médian des pôles actifs", "ans"),
	EVOLUTION_ACTIFS("evolution_actifs", 9, "Pôles actifs par année d'observation", "pôles"),
	EVOLUTION_NOUVEAUX("evolution_nouveaux", 9, "Pôles créés par année", "pôles"),
	QUALITE_PAR_RESEAU("qualite_par_reseau", 10, "Fichiers et lignes par réseau", "lignes"),
	QUARANTAINE_PAR_MOTIF("quarantaine_par_motif", 10, "Lignes en quarantaine par motif", "lignes"),
	COMPLETUDE("completude", 10, "Complétude des champs clés par réseau", "%");

	private final String code;

	private final int family;

	private final String title;

	private final String unit;

	Indicator(String code, int family, String title, String unit) {
		this.code = code;
		this.family = family;
		this.title = title;
		this.unit = unit;
	}

	public String code() {
		return this.code;
	}

	/** The family of SPEC §5 (1 to 10) the indicator belongs to. */
	public int family() {
		return this.family;
	}

	public String title() {
		return this.title;
	}

	public String unit() {
		return this.unit;
	}

}
