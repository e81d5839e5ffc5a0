package fr.ptce.observatory.normalisation;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What stands in a name column and is not a name is told by the kind of words it is made of, not only by the
 * values listed in the vocabularies. The values below were written for this test, none of them listed word for
 * word in {@code placeholders.csv}: placeholders of every kind, and real-looking pole names that share words
 * with them and must be kept.
 */
class NamePlausibilityTest {

	private final NamePlausibility plausibility = new NamePlausibility(Territory.official(), Vocabularies.standard());

	@Test
	void placeholdersOfEveryKindAreToldByTheirWords() {
		List<String> placeholders = List.of(
				// something to fill in, in words never listed together
				"Nom non communiqué", "Information à venir", "pôle en cours d'identification", "A CONFIRMER",
				"à vérifier", "Nom provisoire", "données manquantes", "Non défini à ce jour", "inconnue",
				"Structure à identifier", "Sans objet", "RAS", "nom à renseigner par le réseau",
				// a reference to elsewhere
				"Voir onglet suivant", "idem ci-dessus", "cf. pièce jointe", "Doublon ligne précédente",
				// a trial row
				"Essai 3", "TEST TEST", "exemple fictif", "Lorem ipsum",
				// a territory, a legal form, a total
				"Dpt 29", "Lyon (69)", "29 - Finistère", "Bourg-en-Bresse (1)", "Saint-Denis (974)", "Région Occitanie", "Société coopérative", "SCIC SAS",
				"S/Total Gironde", "Récapitulatif", "34 pôles", "Nombre de structures : 12",
				// a note
				"Les lignes surlignées ont été transmises par la DREETS", "Liste arrêtée en février 2025 par le réseau");

		List<String> kept = placeholders.stream()
			.filter(value -> this.plausibility.whyNot(value, null).isEmpty() && !NonDataRows.isTotal(value))
			.toList();

		assertThat(kept).as("placeholders taken for names").isEmpty();
	}

	@Test
	void aRemarkBetweenParenthesesAndACellSendingToAnotherRowAreNoNames() {
		assertThat(this.plausibility.whyNot("(nom pas encore arrêté)", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("remarque entre parenthèses"));
		assertThat(this.plausibility.whyNot("Comme la ligne 12", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("renvoie à une autre ligne"));
		assertThat(this.plausibility.whyNot("idem lignes 3 et 4", null)).isPresent();
		// a name that holds parentheses, or a line of its own, is a name
		assertThat(this.plausibility.whyNot("La Coursive (Boutique solidaire)", null)).isEmpty();
		assertThat(this.plausibility.whyNot("(ANAFE)", null)).as("an acronym alone").isEmpty();
		assertThat(this.plausibility.whyNot("( ANAFE )", null)).as("an acronym alone").isEmpty();
		assertThat(this.plausibility.whyNot("Tiers-lieu Ligne 8", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Les Ateliers de la ligne 13", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Ligne 13 Solidaire", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Coopérative de la Ligne Verte", null)).isEmpty();
	}

	@Test
	void placesJoinedBySlashesAndKeyboardRunsAreNoNames() {
		assertThat(this.plausibility.whyNot("Montdidier / Moselle", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("nom de territoire seul"));
		assertThat(this.plausibility.whyNot("Castillon (Canton de Lembeye) / Pyrénées-Atlantiques", null)).isPresent();
		assertThat(this.plausibility.whyNot("Bretagne/Finistère/Brest", null)).isPresent();
		assertThat(this.plausibility.whyNot("Calvados - Normandie", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("nom de territoire seul"));
		assertThat(this.plausibility.whyNot("Terre de Liens - Normandie", null)).isEmpty();
		// a commune is a place only in the département written beside it (Le Vivier is in the 66), by name or number
		assertThat(this.plausibility.whyNot("Le Vivier – Alpes-Maritimes", "06")).isEmpty();
		assertThat(this.plausibility.whyNot("Le Vivier – Pyrénées-Orientales", null)).isPresent();
		assertThat(this.plausibility.whyNot("Le Vivier / 66", "66")).isPresent();
		assertThat(this.plausibility.whyNot("Le Vivier / 06", "06")).isEmpty();
		// communes of two départements, and a name both a département's and a commune's, are still places
		assertThat(this.plausibility.whyNot("Avignon / Villeneuve-lès-Avignon", "84")).isPresent();
		assertThat(this.plausibility.whyNot("Vienne / Pont-Évêque", "38")).isPresent();
		assertThat(this.plausibility.whyNot("qsdf", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("touches voisines du clavier"));
		assertThat(this.plausibility.whyNot("wxcvb", null)).isPresent();
		// a run typed again and again
		assertThat(this.plausibility.whyNot("jkljkl", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("touches voisines du clavier"));
		assertThat(this.plausibility.whyNot("Lolo", null)).isEmpty();
		assertThat(this.plausibility.whyNot("ASAS", null)).isEmpty();
		assertThat(this.plausibility.whyNot("ERTE", null)).isEmpty();
		// a slash or a word of keyboard letters inside a real name keeps it
		assertThat(this.plausibility.whyNot("Coop'Bray / Pays de Bray", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Tetris / Grasse", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Azur Solidaire", null)).isEmpty();
		assertThat(this.plausibility.whyNot("TYPO", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Azerty Solidaire", null)).isEmpty();
		// a legend of the sheet's colours is a note
		assertThat(this.plausibility.whyNot("En vert : pôles labellisés", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("note"));
		assertThat(this.plausibility.whyNot("Cases en jaune = à compléter", null)).isPresent();
		assertThat(this.plausibility.whyNot("En Vert Solidaire", null)).as("a name, no colon").isEmpty();
		assertThat(this.plausibility.whyNot("En vert et contre tout : ressourcerie", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Lignes en rouges : à vérifier", null)).isPresent();
		// a placeholder between brackets, as forms mark them
		assertThat(this.plausibility.whyNot("<à compléter>", null)).isPresent();
		assertThat(this.plausibility.whyNot("[à compléter]", null)).isPresent();
		assertThat(this.plausibility.whyNot("[Pôle Bocage]", null)).isEmpty();
	}

	@Test
	void namesThatShareWordsWithPlaceholdersAreKept() {
		List<String> names = List.of("Essai Transformé", "Infos Solidaires Bocage", "Le Pas de Côté",
				"Sans Frontières Coopératives", "Pôle Est Solidaire", "Nouvelle Vie Textile", "Objectif Emploi Ouest",
				"Coopérative Les Voisins", "Groupement des Possibles", "Territoires à Venir en Cévennes",
				"Les Écossolies (44)", "Atelier Sans Nom", "Le Relais Vert", "La Fabrique à Projets", "Test and Learn Coop",
				"PTCE Sud Aveyron", "Voisins Vigilants Solidaires", "Pas à Pas", "Libre Cours", "L'Annexe", "Rien à voir",
				"Encore Plus", "Réseau NA", "La Cour", "Les Jardins d'Été de Provence", "La Pièce", "Pôle Territorial de Coopération Économique du Pays de Bray");

		List<Optional<String>> refused = names.stream()
			.map(name -> this.plausibility.whyNot(name, null))
			.filter(Optional::isPresent)
			.toList();

		assertThat(refused).as("names refused").isEmpty();
		assertThat(names).noneMatch(NonDataRows::isTotal);
	}

	@Test
	void realOrganisationsAreAlmostNeverTakenForPlaceholders() throws Exception {
		// public data not written for this code: the national register of apprenticeship training centres
		// (mission-apprentissage/flux-retour-cfas, MIT; see src/test/resources/external/mission-apprentissage)
		List<String> lines = java.nio.file.Files.readAllLines(
				java.nio.file.Path.of("src/test/resources/external/mission-apprentissage/registre-organismes.csv"));
		List<String> refused = new java.util.ArrayList<>();
		int names = 0;
		for (String line : lines.subList(1, lines.size())) {
			String[] columns = line.split(";", -1);
			names++;
			this.plausibility.whyNot(columns[1], columns[3]).ifPresent(refused::add);
		}
		// refused rightly as pole names: « COMMUNE DE BELFORT » (a territory), « [ND] », two-character names
		System.out.printf("real organisation names refused: %d of %d%n", refused.size(), names);
		refused.forEach(reason -> System.out.println("  " + reason));
		assertThat(names).isGreaterThan(6_000);
		assertThat(refused).hasSizeLessThanOrEqualTo(names / 300)
			.allMatch(reason -> reason.contains("territoire") || reason.contains("trop court")
					|| reason.contains("mention à compléter") || reason.contains("aucune lettre"));
		assertThat(this.plausibility.whyNot("S2B", "69")).as("an acronym of three characters").isEmpty();
		assertThat(this.plausibility.whyNot("G404", "69")).as("a letter and digits").isEmpty();
		assertThat(this.plausibility.whyNot("LP", "69")).isPresent();
		assertThat(this.plausibility.whyNot("xxxx", "69")).isPresent();
		assertThat(this.plausibility.whyNot("#REF!", "69")).hasValueSatisfying(reason -> assertThat(reason).contains("formule"));
		assertThat(this.plausibility.whyNot("#N/A", "69")).isPresent();
	}

	@Test
	void somethingLeftToDoIsNoName() {
		// « à » and a verb in the infinitive, alone or with words of a placeholder: an instruction to the one filling in
		assertThat(List.of("À reprendre", "A REVOIR", "à mettre à jour", "à fusionner (doublon)",
				"Nom en attente de vérification", "Intitulé en cours de validation"))
			.allSatisfy(value -> assertThat(this.plausibility.whyNot(value, null)).as(value).isPresent());
		assertThat(this.plausibility.whyNot("Doublon à effacer", null)).isPresent();
		// a word of a total among words that only count
		assertThat(List.of("Ensemble des pôles du département", "Total des structures : 14", "38 pôles au total"))
			.allMatch(NonDataRows::isTotal);
		assertThat(List.of("Ensemble Autrement", "Tous Ensemble Bocage", "Somme Solidaire"))
			.noneMatch(NonDataRows::isTotal);
		// « tot. » cut short with a period is a total; « Tôt ou tard » is a name
		assertThat(List.of("sous tot. (2)", "Sous-tot. Calvados")).allMatch(NonDataRows::isTotal);
		assertThat(NonDataRows.isTotal("Tôt ou tard")).isFalse();
		// names that begin with « à » and go on with a name, or hold other words
		assertThat(List.of("À Petits Pas", "À Vos Jardins", "À Suivre en Cévennes", "Ateliers à Partager du Pays Basque"))
			.allSatisfy(value -> assertThat(this.plausibility.whyNot(value, null)).as(value).isEmpty());
	}

	@Test
	void aWordStandsForItsForms() {
		assertThat(NamePlausibility.stem("complétées".replace("é", "e"))).isEqualTo(NamePlausibility.stem("completer"))
			.isEqualTo(NamePlausibility.stem("complete"))
			.isEqualTo("complet");
		assertThat(NamePlausibility.stem("definir")).isEqualTo(NamePlausibility.stem("definis"));
		assertThat(NamePlausibility.stem("pas")).isEqualTo("pas");
		assertThat(NamePlausibility.stem("cours")).as("not « cour »").isEqualTo("cours");
		// the noun of an action is its verb
		assertThat(NamePlausibility.stem("verification")).isEqualTo(NamePlausibility.stem("verifier"));
		assertThat(NamePlausibility.stem("definition")).isEqualTo(NamePlausibility.stem("definir"));
		assertThat(NamePlausibility.stem("validation")).isEqualTo(NamePlausibility.stem("valider"));
	}

	@Test
	void aCommuneEndingANameIsNoWordOfASentence() {
		// « Gras » and « Avez » are words of a note (« en gras », « vous avez »), and communes too
		assertThat(this.plausibility.whyNot("PTCE Territoire Zéro Chômeur de Gras", null)).isEmpty();
		assertThat(this.plausibility.whyNot("PTCE TERRITOIRE ZÉRO CHÔMEUR DE SAINT-PIERRE-AVEZ", null)).isEmpty();
		assertThat(this.plausibility.whyNot("Les pôles en gras sont à confirmer", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("est une note"));
		// « en gras » is no place, and a compound that is no commune keeps its words
		assertThat(this.plausibility.whyNot("Pôles créés cette année en gras", null)).isPresent();
		assertThat(this.plausibility.whyNot("Peut-être fermé, à vérifier avec la Dreets", null)).isPresent();
	}

	@Test
	void aLegalFormOfTheInseeNomenclatureAloneIsNoName() {
		assertThat(this.plausibility.whyNot("Fondation reconnue d'utilité publique", null)).hasValueSatisfying(
				reason -> assertThat(reason).contains("forme juridique seule"));
		assertThat(this.plausibility.whyNot("Société d'économie mixte", null)).isPresent();
		assertThat(this.plausibility.whyNot("Fondation Solidarités Locales", null)).isEmpty();
	}

}
