package fr.ptce.observatory.resolution;

import java.util.List;
import java.util.Set;

import fr.ptce.observatory.normalisation.Names;
import fr.ptce.observatory.normalisation.Territory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How two names' words meet despite typos and truncation, and which added places are set aside. */
class NameMatchingTest {

	@Test
	void aWordWithOneLetterWrongMissingAddedOrSwappedIsTheSameWord() {
		assertThat(WordMatching.withinOneEdit("halle", "hlale")).as("swapped").isTrue();
		assertThat(WordMatching.withinOneEdit("mitel", "mtel")).as("missing").isTrue();
		assertThat(WordMatching.withinOneEdit("rotonde", "rotonnde")).as("added").isTrue();
		assertThat(WordMatching.withinOneEdit("bilia", "billa")).as("wrong").isTrue();
		assertThat(WordMatching.withinOneEdit("halle", "salle")).isTrue();
		assertThat(WordMatching.withinOneEdit("halle", "hotel")).isFalse();
		assertThat(WordMatching.hasMatch("sale", List.of("halle"), false)).as("two edits").isFalse();
	}

	@Test
	void aWholeNameWithOneTypoIsCloseEvenWhereItsStemsDifferMore() {
		// « halle » stems to « hale », its typo « hlale » to « hlal »: two edits apart as stems, one as names
		assertThat(WordMatching.withinOneEdit(NameTokens.of("La Hlale").get(0), NameTokens.of("La Halle").get(0))).isFalse();
		assertThat(WordMatching.oneTypoApart(Names.matchingKey("LA HLALE"), Set.of(Names.matchingKey("La Halle")))).isTrue();
		assertThat(WordMatching.oneTypoApart(Names.matchingKey("La Haalle"), Set.of(Names.matchingKey("La Halle")))).isTrue();
		// a letter wrong in a short name is another name; in a long one, a typo
		assertThat(WordMatching.oneTypoApart(Names.matchingKey("La Salle"), Set.of(Names.matchingKey("La Halle")))).isFalse();
		assertThat(WordMatching.oneTypoApart(Names.matchingKey("Les Ateliers du Bacage"),
				Set.of(Names.matchingKey("Les Ateliers du Bocage")))).isTrue();
		assertThat(WordMatching.oneTypoApart(Names.matchingKey("Lien"), Set.of(Names.matchingKey("Lieu")))).isFalse();
	}

	@Test
	void aLongNameThatStartsAnotherUpToAWholeWordIsPartlyTheSame() {
		Set<String> rogerville = Set.of(Names.matchingKey("Pôle de coopération économique Le Grand Atelier de Rogerville"));
		assertThat(CutNames.startsTheOther(Names.matchingKey("Pôle de coopération économique Le Grand"), rogerville))
			.isTrue();
		// too short to tell, or the start of a word only
		assertThat(CutNames.startsTheOther(Names.matchingKey("Lycée Jean"), Set.of(Names.matchingKey("Lycée Jean Moulin"))))
			.isFalse();
		assertThat(CutNames.startsTheOther(Names.matchingKey("Pôle de coopération économique Le Gr"), rogerville))
			.isFalse();
	}

	@Test
	void aNameCutShortInsideAPlaceIsTheSameNameDespiteATypoBeforeTheCut() {
		List<List<String>> riviere = List.of(NameTokens.of("Coopértaive d'Abbéville-la-Rivière"));
		assertThat(CutNames.cutShortWithTypos(NameTokens.of("Coopérative d'Abbéville-la-Riv"), riviere)).isTrue();
		assertThat(CutNames.cutShortWithTypos(NameTokens.of("Pôle terriorial Synergies de Meyrignac-l'Église"),
				List.of(NameTokens.of("Pole territorial Synergies de M")))).as("whichever is cut").isTrue();
		// a letter wrong in a short word is another word; two typos, another name
		assertThat(CutNames.cutShortWithTypos(NameTokens.of("Tiers-lieu La Cour du Val"),
				List.of(NameTokens.of("Tiers-lieu La Tour de la Vallée Verte")))).isFalse();
		assertThat(CutNames.cutShortWithTypos(NameTokens.of("Coopérative d'Abbévlile-la-Riv"), riviere)).isFalse();
		// a whole word is no cut (« Loire », « Loiret »), nor a name too short to tell, nor another word before the cut
		assertThat(CutNames.cutShortWithTypos(NameTokens.of("Pôle de coopération économique de la Loire"),
				List.of(NameTokens.of("Pôle de coopération économique de la Loiret")))).isFalse();
		assertThat(CutNames.cutShortWithTypos(NameTokens.of("Pôle ESS de Lyon"), List.of(NameTokens.of("Pôle ESS de Lyonnais"))))
			.isFalse();
		assertThat(CutNames.cutShortWithTypos(NameTokens.of("Coopérative de Boisville-la-Riv"), riviere)).isFalse();
	}

	@Test
	void theLastWordOfANameCutShortMatchesTheStartOfAWord() {
		assertThat(WordMatching.hasMatch("trave", List.of("la", "traverse"), true)).isTrue();
		assertThat(WordMatching.hasMatch("trave", List.of("la", "traverse"), false)).isFalse();
		assertThat(WordMatching.hasMatch("tr", List.of("traverse"), true)).as("too short to tell").isFalse();
		// whichever of the two names was cut short
		assertThat(WordMatching.hasMatch("traverse", List.of("la", "trave"), false)).as("the other cut short").isTrue();
		assertThat(WordMatching.hasMatch("traverse", List.of("trave", "sud"), false)).as("not its last word").isFalse();
	}

	@Test
	void anInitialStandsForAGivenNameButTheArticleIsNoInitial() {
		assertThat(NameTokens.of("Centre social É. Zola")).contains("e.", "zola");
		assertThat(NameTokens.of("Centre social L. Michel")).contains("l.", "michel");
		assertThat(NameTokens.of("ESPACE M. BLOCH")).contains("m.", "bloch");
		// the last letter of a dotted acronym, or a letter ending the name, is no initial
		assertThat(NameTokens.of("S.A.R.L. Les Jardins")).noneMatch(NameTokens::isInitial);
		assertThat(NameTokens.of("P.T.C.E. du Pays de Bray")).noneMatch(NameTokens::isInitial);
		assertThat(NameTokens.of("Atelier Vitamine A.")).noneMatch(NameTokens::isInitial);
		assertThat(WordMatching.hasMatch("e.", List.of("centr", "social", "emil", "zola"), false)).isTrue();
		assertThat(WordMatching.hasMatch("louis", List.of("centr", "l.", "michel"), false)).isTrue();
		assertThat(WordMatching.hasMatch("l.", List.of("michel"), false)).isFalse();
		assertThat(WordMatching.hasMatch("l.", List.of("m."), false)).as("two initials say nothing").isFalse();
	}

	@Test
	void aNameCutShortInTheMiddleOfAWordOrOnASmallWordIsTheLongerName() {
		Set<String> bray = Set.of(Names.matchingKey("Coopération territoriale du Pays de Bray"));
		assertThat(CutNames.cutShort(named("Coopération territoriale du Pays de"), bray)).isTrue();
		assertThat(CutNames.cutShort(named("Coopération territoriale du Pays B"), bray)).isTrue();
		// a whole word at the end: maybe another pole's name that starts alike
		assertThat(CutNames.cutShort(named("Coopération territoriale du Pays"), bray)).isFalse();
		assertThat(CutNames.cutShort(named("Pays de"), Set.of(Names.matchingKey("Pays de Bray"))))
			.as("too short to tell").isFalse();
		// one letter more is another word, not a cut (« Loire », « Loiret »)
		assertThat(CutNames.cutShort(named("Coopérative territoriale Loire"),
				Set.of(Names.matchingKey("Coopérative territoriale Loiret")))).isFalse();
		// the pole's name cut short, in the middle of a word of the record's
		assertThat(CutNames.cutShort(named("Coopération territoriale du Pays de Brayonne"), bray)).isTrue();
		// a plural, or a word of the same family, followed by more words is no cut either
		assertThat(CutNames.cutShort(named("Coopérative Solidaire du Jardin"),
				Set.of(Names.matchingKey("Coopérative Solidaire des Jardins de Cocagne")))).isFalse();
	}

	@Test
	void aTypoInAGenericWordLeavesItGenericAndACarriersSirenMeetsTheSameSirenOfUnknownRole() {
		PairScorer scorer = new WordFrequencies().scorer(MatchingSettings.bundled());
		// words as names are compared: folded and stemmed
		assertThat(scorer.names().isGeneric(NameTokens.stem("territorial"))).isTrue();
		assertThat(scorer.names().isGeneric(NameTokens.stem("territoiral"))).as("two letters swapped").isTrue();
		assertThat(scorer.names().isGeneric(NameTokens.stem("cornouaille"))).isFalse();
		assertThat(scorer.names().isGeneric(NameTokens.stem("pays"))).isTrue();
		assertThat(scorer.names().isGeneric(NameTokens.stem("pags"))).as("too short to call a typo").isFalse();

		ResolvableRecord carried = new ResolvableRecord(1, 1, "Lnbo", List.of("lnbo"), "lnbo", Set.of(), null, Set.of(),
				null, false, "201580107", null, null, null, null, null, null, Set.of(), Set.of());
		assertThat(new Blocks(1000, 1000, Set.of(), word -> false).keys(carried)).contains("siren:201580107");
	}

	private static ResolvableRecord named(String name) {
		return new ResolvableRecord(1, 1, name, NameTokens.of(name), Names.matchingKey(name), Set.of(), null, Set.of(),
				null, false, null, null, null, null, null, null, null, Set.of(), Set.of());
	}

	@Test
	void anAcronymAloneMayKeepTheArticlesButBesideANameItMeetsThePlainInitialsOnly() {
		PairScorer scorer = new WordFrequencies().scorer(MatchingSettings.bundled());
		assertThat(acronymLevel(scorer, "CLO", null, "Collectif L'Ouvroir")).isEqualTo(MatchLevel.INITIALS);
		assertThat(acronymLevel(scorer, "Collectif L'Ouvroir", null, "CLO")).as("the pole named by it")
			.isEqualTo(MatchLevel.INITIALS);
		assertThat(acronymLevel(scorer, "PLL", null, "PTCE La Luciole")).isEqualTo(MatchLevel.INITIALS);
		// beside a name of its own, a three-letter acronym would meet other names' forms too often
		assertThat(acronymLevel(scorer, "Maison de l'Emploi (MDE)", null, "Maison des Entreprises"))
			.isNotEqualTo(MatchLevel.INITIALS);
		assertThat(acronymLevel(scorer, "La Ressourcerie Solidaire", "LRS", "Le Relais Solidaire"))
			.isNotEqualTo(MatchLevel.INITIALS);
	}

	private static MatchLevel acronymLevel(PairScorer scorer, String name, String acronym, String poleName) {
		PoleProfile pole = new PoleProfile("PTCE-000001");
		pole.add(evidence(poleName, null), scorer.names());
		return scorer.score(evidence(name, acronym), pole).fields().stream()
			.filter(field -> field.field().equals(Comparison.ACRONYM.key()))
			.map(Score.FieldScore::level)
			.findFirst()
			.orElseThrow();
	}

	private static ResolvableRecord evidence(String name, String acronym) {
		return new ResolvableRecord(1, 1, name, NameTokens.of(name), Names.matchingKey(name),
				NameTokens.acronyms(acronym, name), NameTokens.initials(name), NameTokens.acronymForms(name), null, false,
				null, null, null, null, null, null, null, Set.of(), Set.of());
	}

	@Test
	void aPlaceAddedAfterTheNameIsSetAsideButNeverTheWholeName() {
		Territory territory = Territory.official();
		assertThat(PlaceSuffixes.strip("Dabodor à Asnières-sur-Seine (92)", territory)).isEqualTo("Dabodor");
		assertThat(PlaceSuffixes.strip("DABODOR À ASNIÈRES-SUR-SEINE (92)", territory)).as("typed in capitals")
			.isEqualTo("DABODOR");
		assertThat(PlaceSuffixes.strip("Mitel – Aveyron", territory)).isEqualTo("Mitel");
		assertThat(PlaceSuffixes.strip("La Rotonde (Sainte-Lucie-de-Tallano)", territory)).isEqualTo("La Rotonde");
		assertThat(PlaceSuffixes.strip("Les Écossolies (44)", territory)).isEqualTo("Les Écossolies");
		assertThat(PlaceSuffixes.strip("Entreprendre à Neuville-sur-Oise", territory))
			.isEqualTo("Entreprendre à Neuville-sur-Oise");
		assertThat(PlaceSuffixes.strip("Coop'Cotentin (CCT)", territory)).isEqualTo("Coop'Cotentin (CCT)");
		assertThat(PlaceSuffixes.strip("Lyon", territory)).isEqualTo("Lyon");
		// a slash sets a place apart too; « à » a commune without its number, after a name of two words or more, on a
		// row whose commune is not written apart
		assertThat(PlaceSuffixes.strip("Pôle Mitel / Aveyron (12)", territory)).isEqualTo("Pôle Mitel");
		assertThat(PlaceSuffixes.strip("Atelier Dabodor à Asnières-sur-Seine", territory, false)).isEqualTo("Atelier Dabodor");
		assertThat(PlaceSuffixes.strip("Atelier Dabodor à Asnières-sur-Seine", territory, true))
			.isEqualTo("Atelier Dabodor à Asnières-sur-Seine");
		assertThat(PlaceSuffixes.strip("Vivre à Asnières-sur-Seine", territory, false)).isEqualTo("Vivre à Asnières-sur-Seine");
		assertThat(PlaceSuffixes.strip("Atelier Dabodor à Plein Temps", territory, false)).as("no commune")
			.isEqualTo("Atelier Dabodor à Plein Temps");
	}

	@Test
	void aCommuneEndingTheNameOfARowWithoutOneIsItsCommuneAndStaysInTheName() {
		Evidence evidence = new Evidence(MatchingSettings.bundled());
		PairScorer scorer = new WordFrequencies().scorer(MatchingSettings.bundled());
		ResolvableRecord figeac = evidence.read(row(1, "Ressourcerie solidaire à Figeac"), Set.of());
		ResolvableRecord cahors = evidence.read(row(2, "Ressourcerie solidaire à Cahors"), Set.of());
		assertThat(figeac.commune()).isEqualTo(Names.matchingKey("Figeac"));
		assertThat(figeac.tokens()).doesNotContain("figeac");
		PoleProfile pole = new PoleProfile("PTCE-000001");
		pole.add(figeac, scorer.names());
		// two poles named after their communes are not the same name, and no commune of one is the other's
		Score score = scorer.score(cahors, pole);
		assertThat(score.fields().get(0).level()).isNotEqualTo(MatchLevel.IDENTICAL);
		assertThat(MatchingSettings.bundled().merges(score)).isFalse();
	}

	private static Evidence.Row row(long id, String name) {
		return new Evidence.Row(id, id, name, Names.matchingKey(name), null, null, null, null, null, null, "46", "76", null,
				null, null);
	}

	@Test
	void aNameWithItsWordsInAnotherOrderOrSaintWrittenShortIsTheSameName() {
		PairScorer scorer = new WordFrequencies().scorer(MatchingSettings.bundled());
		PoleProfile pole = new PoleProfile("PTCE-000001");
		pole.add(named("Maison des transitions Kerongi"), scorer.names());
		assertThat(scorer.names().level(named("Kerongi – Maison des transitions"), new double[] { 1, 1, 1 }, Set.of(), pole))
			.isEqualTo(MatchLevel.IDENTICAL);
		assertThat(NameTokens.of("Pôle de St-Élix-le-Château")).isEqualTo(NameTokens.of("Pôle de Saint-Élix-le-Château"));
		assertThat(NameTokens.of("Ste-Foy Solidaire")).isEqualTo(NameTokens.of("Sainte-Foy Solidaire"));
		// the same words, one more: not the same name
		assertThat(scorer.names().level(named("Kerongi – Maison des transitions du Lot"), new double[] { 1, 1, 1, 1 },
				Set.of(), pole)).isNotEqualTo(MatchLevel.IDENTICAL);
	}

}
