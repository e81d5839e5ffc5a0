package fr.ptce.observatory.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import fr.ptce.observatory.corpus.Geography.Commune;
import fr.ptce.observatory.corpus.Geography.Region;

/**
 * Invents the names a network file holds, the way French networks write them: names of poles (« Pôle de
 * coopération Les Ateliers du Vercors », « La Fabrique à Initiatives du Pays de Morlaix », « Essaimons »…), of
 * their carrying structures, of their members, and of contact persons. Every name is drawn from the random
 * generator given, so that a corpus is the same for the same seed.
 */
final class PoleNames {

	/** A carrying structure and its legal form, as the canonical value of {@code legal-forms.csv}. */
	record Carrier(String name, String legalForm) {
	}

	/** A member of a pole and its category, as a network writes it. */
	record Member(String name, String category) {
	}

	private static final List<String> COINED = List.of("Essaimons", "La Coursive", "Le Chaudron", "L'Établi",
			"La Ruche", "Archipel", "Le Maillon", "La Passerelle", "Le Trait d'Union", "Les Communs",
			"L'Atelier des Possibles", "La Bobine", "Le Creuset", "La Main Verte", "Le Comptoir", "La Grange aux Idées",
			"Les Ricochets", "La Filature", "L'Escale Solidaire", "Le Carrefour des Initiatives", "Les Champs du Possible",
			"La Navette", "L'Ébullition", "La Canopée", "Coopilote", "La Cordée", "Le Fil Rouge", "La Boussole",
			"Le Moulin à Projets", "La Forge Commune", "Le Sillon", "Convergences", "Synergies", "Alliances",
			"Cap Solidaire", "Racines Communes",
			"Entre-Autres", "La Fourmilière", "Le Damier", "L'Envol", "La Luciole", "Le Grand Atelier",
			"Les Tisserands", "La Mine d'Idées", "Le Bocal", "La Volière", "Ensemble Autrement", "Terre d'Avenir",
			"Les Ateliers Partagés", "Le Pas de Côté", "La Dynamo", "Kaléidoscope", "Solid'Action", "Cœur de Réseau",
			"Les Mains Libres", "La Clé des Champs", "L'Arbre à Palabres", "Le Jardin d'Idées", "Initiatives Plurielles");

	private static final List<String> THEMES = List.of("Alimentation durable", "Réemploi", "Mobilité solidaire",
			"Éco-construction", "Filière bois", "Énergies citoyennes", "Circuits courts", "Numérique solidaire",
			"Économie circulaire", "Textile", "Tourisme solidaire", "Culture", "Habitat partagé", "Services à domicile",
			"Logistique urbaine", "Recyclerie");

	private static final List<String> QUALIFIERS = List.of("Solidaire", "Solidaires", "Coopération", "en Transition",
			"Initiatives", "Coopère", "Durable", "Entreprendre", "Avenir", "Ensemble");

	private static final Map<String, List<String>> TERRITORIES = Map.ofEntries(
			Map.entry("84", List.of("Le Vercors", "Le Diois", "Les Monts du Lyonnais", "Le Beaujolais", "La Bresse",
					"Le Trièves", "Le Livradois-Forez", "Le Pays de Gex", "La Chartreuse", "La Vallée de la Drôme",
					"Les Combrailles", "Le Bugey")),
			Map.entry("27", List.of("Le Morvan", "Le Haut-Jura", "Le Val de Saône", "La Bresse louhannaise",
					"Le Pays de Montbéliard", "L'Auxois", "Le Nivernais", "Le Pays Dolois")),
			Map.entry("53", List.of("Le Pays de Morlaix", "Le Trégor", "Le Centre Bretagne", "La Cornouaille",
					"Le Pays de Redon", "Le Pays de Brocéliande", "Le Goëlo", "Le Pays de Fougères")),
			Map.entry("24", List.of("La Sologne", "Le Perche", "La Brenne", "Le Berry", "La Touraine", "Le Val de Loire",
					"La Beauce", "Le Boischaut")),
			Map.entry("94", List.of("La Balagne", "Le Cap Corse", "Le Centre Corse", "L'Alta Rocca")),
			Map.entry("44", List.of("L'Argonne", "Les Vosges du Nord", "Le Pays de Bitche", "Le Sundgau",
					"Le Pays Barrois", "La Plaine des Vosges", "Le Val d'Argent", "Le Saulnois")),
			Map.entry("32", List.of("La Thiérache", "Le Boulonnais", "Le Ternois", "Le Vimeu", "Le Soissonnais",
					"La Flandre intérieure", "Le Santerre", "Le Bassin minier")),
			Map.entry("11", List.of("Le Vexin", "Le Gâtinais", "La Brie", "Le Hurepoix", "Le Mantois", "La Seine-Amont")),
			Map.entry("28", List.of("Le Pays de Bray", "Le Pays de Caux", "Le Cotentin", "Le Bocage", "Le Perche",
					"Le Pays d'Auge", "La Suisse normande", "Le Vexin normand")),
			Map.entry("75", List.of("Le Médoc", "Le Béarn", "Le Pays Basque", "Le Périgord vert", "La Saintonge",
					"Le Marais poitevin", "Le Val de Garonne", "Le Plateau de Millevaches", "Les Landes de Gascogne")),
			Map.entry("76", List.of("Les Cévennes", "Le Comminges", "Le Quercy", "Le Lauragais", "L'Aubrac",
					"Le Minervois", "Le Larzac", "Le Couserans", "Le Haut-Languedoc")),
			Map.entry("52", List.of("Le Pays de Retz", "Le Haut-Anjou", "Le Saumurois", "Le Bocage vendéen",
					"La Brière", "Le Perche sarthois", "Le Segréen")),
			Map.entry("93", List.of("Le Queyras", "Le Luberon", "La Haute-Provence", "Le Pays d'Aix",
					"La Vallée de la Roya", "Le Champsaur", "Le Verdon", "La Dracénie")),
			Map.entry("01", List.of("La Basse-Terre", "Marie-Galante", "La Grande-Terre")),
			Map.entry("02", List.of("Le Nord Caraïbe", "Le Sud Martinique")),
			Map.entry("03", List.of("L'Ouest guyanais", "Le Maroni")),
			Map.entry("04", List.of("Les Hauts de l'Ouest", "Le Sud sauvage", "L'Est réunionnais")),
			Map.entry("06", List.of("Le Nord de Mayotte", "Petite-Terre")));

	private static final List<String> FIRST_NAMES = List.of("Claire", "Julien", "Sophie", "Nicolas", "Camille",
			"Thomas", "Émilie", "Mathieu", "Aurélie", "Pierre", "Céline", "Laurent", "Nathalie", "François", "Marion",
			"Sébastien", "Élodie", "Benoît", "Hélène", "Antoine", "Anne-Laure", "Jean-Marc", "Maëlle", "Yannick",
			"Gaëlle", "Loïc", "Chloé", "Hugo", "Sandrine", "Olivier", "Inès", "Karim", "Fatima", "Stéphane", "Léa");

	private static final List<String> LAST_NAMES = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
			"Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David",
			"Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
			"Bonnet", "François", "Martinez", "Le Gall", "Kerbrat", "Guérin", "Muller", "Benali", "Rousseau", "Blanc",
			"Chevalier", "Gauthier", "Perrin", "Morin");

	private static final List<String> LABS = List.of("Laboratoire CREOS", "Laboratoire LISE",
			"Institut de recherche en économie solidaire", "Chaire ESS", "IUT", "École d'ingénieurs");

	private static final List<String> STOP_WORDS = List.of("de", "du", "des", "la", "le", "les", "l", "d", "et", "à",
			"a", "en", "au", "aux", "pour", "sur");

	private final Random random;

	PoleNames(Random random) {
		this.random = random;
	}

	/** A pole's name, on the territory of its commune or of its region. */
	String pole(Commune commune) {
		String place = place(commune);
		String town = commune.name();
		return switch (this.random.nextInt(18)) {
			case 0, 1 -> "PTCE " + of(place);
			case 2 -> "Pôle de coopération " + pick(COINED) + " " + of(place);
			case 3 -> "Pôle territorial de coopération économique " + of(place);
			case 4 -> "La Fabrique à Initiatives " + of(place);
			case 5 -> "Coopérative d'activités " + pick(COINED);
			case 6 -> "Le Relais " + bare(place);
			case 7 -> "Les Ateliers " + of(place);
			case 8 -> "PTCE Territoire Zéro Chômeur " + of(town);
			case 9, 10 -> pick(COINED);
			case 11 -> pick(COINED) + " – pôle ESS " + of(town);
			case 12 -> bare(place) + " " + pick(QUALIFIERS);
			case 13 -> "Pôle ESS " + of(place);
			case 14 -> "Cluster " + pick(THEMES) + " " + of(place);
			case 15 -> pick(THEMES) + (place.equals(town) ? " " + at(town) : " en " + bare(place));
			case 16 -> "Pôle " + pick(THEMES) + " " + of(place);
			default -> "Coop'" + town;
		};
	}

	/** The structure that carries a pole, and its legal form. */
	Carrier carrier(String poleName, Commune commune) {
		String place = place(commune);
		return switch (this.random.nextInt(9)) {
			case 0, 1 -> new Carrier(poleName, this.random.nextBoolean() ? "association" : "SCIC");
			case 2, 3 -> new Carrier("Association " + pick(COINED), "association");
			case 4 -> new Carrier("SCIC " + bare(pick(COINED)), "SCIC");
			case 5 -> new Carrier("SCOP " + pick(COINED), "SCOP");
			case 6 -> new Carrier("Communauté de communes " + of(place), "collectivité / EPCI");
			case 7 -> new Carrier("GIE " + bare(place) + " Coopération", "GIE");
			default -> new Carrier("CAE " + pick(COINED), "CAE");
		};
	}

	/** A member of a pole of the given commune, with its category as networks write it. */
	Member member(Commune commune) {
		String town = commune.name();
		return switch (this.random.nextInt(14)) {
			case 0 -> new Member("Mairie " + of(town), pick(List.of("Collectivité", "Commune", "collectivité")));
			case 1 -> new Member("Commune " + of(town), "Collectivité");
			case 2 -> new Member("Communauté de communes " + of(place(commune)), pick(List.of("EPCI", "Collectivité")));
			case 3, 4 -> new Member("Association " + pick(COINED), pick(List.of("Association", "Entreprise ESS", "ESS")));
			case 5 -> new Member("Les Jardins " + of(town), pick(List.of("SIAE", "Chantier d'insertion", "ACI")));
			case 6 -> new Member("Entreprise d'insertion " + pick(COINED), "Entreprise d'insertion");
			case 7 -> new Member("SCOP " + pick(COINED), pick(List.of("SCOP", "Coopérative", "Entreprise ESS")));
			case 8 -> new Member(pick(List.of("Menuiserie ", "Garage ", "Boulangerie ", "Transports ", "SARL "))
					+ pick(LAST_NAMES), pick(List.of("Entreprise", "Entreprise classique", "PME", "TPE")));
			case 9 -> new Member("Lycée agricole " + of(town), pick(List.of("Formation", "Organisme de formation")));
			case 10 -> new Member("GRETA " + bare(place(commune)), "Organisme de formation");
			case 11 -> new Member(pick(LABS) + " " + of(town), pick(List.of("Recherche", "Enseignement supérieur")));
			case 12 -> new Member("Mission locale " + of(place(commune)), pick(List.of("Autre", "Organisme public")));
			default -> new Member("La Ressourcerie " + of(town), pick(List.of("Association", "ESS", "SIAE")));
		};
	}

	/** A person's first and last name. */
	String[] person() {
		return new String[] { pick(FIRST_NAMES), pick(LAST_NAMES) };
	}

	/** The initials of a name's significant words, for its acronym: « PCAV ». */
	static String acronym(String name) {
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[\\s'’–-]+")) {
			if (!word.isEmpty() && !STOP_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				initials.append(HeaderVocabulary.fold(word.substring(0, 1)).toUpperCase(Locale.ROOT));
			}
		}
		return initials.toString();
	}

	/** A name as a web domain would write it: « ateliers-vercors ». */
	static String slug(String name) {
		StringBuilder slug = new StringBuilder();
		for (String word : HeaderVocabulary.fold(name).split(" ")) {
			if (!STOP_WORDS.contains(word) && !word.isEmpty() && slug.length() < 24) {
				slug.append(slug.isEmpty() ? "" : "-").append(word);
			}
		}
		return slug.isEmpty() ? "pole" : slug.toString();
	}

	/** « de Lodève », « d'Annecy », « du Vercors », « de la Brie », « des Cévennes », « de l'Argonne ». */
	static String of(String place) {
		if (place.startsWith("Le ")) {
			return "du " + place.substring(3);
		}
		if (place.startsWith("Les ")) {
			return "des " + place.substring(4);
		}
		if (place.startsWith("La ")) {
			return "de la " + place.substring(3);
		}
		if (place.startsWith("L'")) {
			return "de l'" + place.substring(2);
		}
		return ("AEIOUYÉÈÊÎÔÂ".indexOf(place.charAt(0)) >= 0) ? "d'" + place : "de " + place;
	}

	/** « à Lodève », « au Vernet », « aux Mureaux », « à la Gacilly », « à l'Isle-Adam ». */
	static String at(String town) {
		if (town.startsWith("Le ")) {
			return "au " + town.substring(3);
		}
		if (town.startsWith("Les ")) {
			return "aux " + town.substring(4);
		}
		if (town.startsWith("La ")) {
			return "à la " + town.substring(3);
		}
		return town.startsWith("L'") ? "à l'" + town.substring(2) : "à " + town;
	}

	/** A place without its article: « Vercors » for « Le Vercors ». */
	static String bare(String place) {
		for (String article : List.of("Le ", "La ", "Les ", "L'")) {
			if (place.startsWith(article)) {
				return place.substring(article.length());
			}
		}
		return place;
	}

	/** The territory a name refers to: the commune, a « pays » around it, or a natural territory of its region. */
	private String place(Commune commune) {
		List<String> territories = TERRITORIES.getOrDefault(commune.departement().region().code(), List.of());
		int draw = this.random.nextInt(10);
		if (draw < 4 && !territories.isEmpty()) {
			return pick(territories);
		}
		if (draw < 6) {
			return "Le Pays " + of(commune.name());
		}
		return commune.name();
	}

	/** The natural territories of a region (for placeholders and titles). */
	static List<String> territories(Region region) {
		return TERRITORIES.getOrDefault(region.code(), List.of());
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
