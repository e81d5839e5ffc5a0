package fr.ptce.observatory.ingestion;

/**
 * The canonical fields of a pole record and of a member record (SPEC §3), each with the header of the
 * national template. On the members sheet, NAME is the member's name and SIRET its SIRET.
 */
public enum Field {

	NAME("Nom du pôle"),
	ACRONYM("Sigle"),
	CARRIER_NAME("Structure porteuse"),
	SIRET("SIRET"),
	SIRET_ROLE("SIRET de"),
	RNA("N° RNA"),
	LEGAL_FORM("Forme juridique"),
	ADDRESS("Adresse"),
	POSTAL_CODE("Code postal"),
	COMMUNE("Commune"),
	COMMUNE_CODE("Code INSEE"),
	DEPARTEMENT("Département"),
	REGION("Région"),
	CREATION_YEAR("Année de création"),
	STATUS("Statut"),
	LAUREATE("Lauréat AAP / AMI"),
	SECTORS("Filières"),
	MEMBERS_ESS("Nb entreprises ESS"),
	MEMBERS_CLASSIC("Nb entreprises classiques"),
	MEMBERS_AUTHORITIES("Nb collectivités"),
	MEMBERS_RESEARCH("Nb recherche / enseignement sup."),
	MEMBERS_TRAINING("Nb organismes de formation"),
	MEMBERS_SIAE("Nb SIAE"),
	MEMBERS_OTHER("Nb autres"),
	JOBS_CREATED("Emplois créés"),
	FTE("ETP"),
	BUDGET("Budget annuel (€)"),
	WEBSITE("Site web"),
	CONTACT_NAME("Contact"),
	CONTACT_EMAIL("Courriel"),
	CONTACT_PHONE("Téléphone"),
	OBSERVATION_YEAR("Année d'observation"),

	/** Members sheet: the pole a member belongs to (its name, acronym or identifier). */
	MEMBER_OF("Pôle", true),
	/** Members sheet: the member's category (ESS enterprise, local authority…). */
	MEMBER_CATEGORY("Catégorie", true),
	/** Members sheet: the SIAE type of a member (ACI, AI, EI, ETTI, EITI). */
	SIAE_TYPE("Type SIAE", true),
	/** Members sheet: the year the member joined the pole. */
	YEAR_JOINED("Année d'adhésion", true);

	private final String templateHeader;

	private final boolean memberOnly;

	Field(String templateHeader) {
		this(templateHeader, false);
	}

	Field(String templateHeader, boolean memberOnly) {
		this.templateHeader = templateHeader;
		this.memberOnly = memberOnly;
	}

	/** Whether the field only exists on the members sheet. */
	public boolean memberOnly() {
		return this.memberOnly;
	}

	/**
	 * The field an operator names in a source profile: its code ({@code CONTACT_EMAIL}) or its template header
	 * ({@code Courriel}), case and accents aside.
	 */
	public static java.util.Optional<Field> named(String name) {
		String folded = Folding.fold(name);
		for (Field field : values()) {
			if (Folding.fold(field.name()).equals(folded) || Folding.fold(field.templateHeader()).equals(folded)) {
				return java.util.Optional.of(field);
			}
		}
		return java.util.Optional.empty();
	}

	/** The header of this field in the national template. */
	public String templateHeader() {
		return this.templateHeader;
	}

}
