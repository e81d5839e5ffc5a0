package fr.ptce.observatory.ingestion;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A remark in parentheses is read apart from the header it follows. */
class HeaderDictionaryTest {

	private final HeaderDictionary dictionary = HeaderDictionary.standard();

	@Test
	void aRemarkInParenthesesDoesNotDecideTheField() {
		// « site internet » in the remark would read as a website
		assertThat(this.dictionary.recognise("NOM DU POLE (site internet en colonne H)", RowKind.POLE))
			.hasValueSatisfying(recognition -> {
				assertThat(recognition.field()).isEqualTo(Field.NAME);
				assertThat(recognition.evidence()).contains("sans la remarque entre parenthèses");
			});
		assertThat(this.dictionary.recognise("NOM DU POLE (tel qu'il se présente)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		assertThat(this.dictionary.recognise("Code postal (ex : 35000)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.POSTAL_CODE);
	}

	@Test
	void aKnownAbbreviationInParenthesesNamesTheField() {
		assertThat(this.dictionary.recognise("Effectif salarié (ETP)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.FTE);
	}

	@Test
	void aRemarkThatQualifiesABareWordDecides() {
		// « Nom » alone is a header of its own, but here the remark says whose name
		assertThat(this.dictionary.recognise("Nom (structure porteuse)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CARRIER_NAME);
		assertThat(this.dictionary.recognise("Effectif (en ETP)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.FTE);
	}

	@Test
	void aRemarkLeftOpenOrInsideAnotherIsARemarkToo() {
		assertThat(this.dictionary.recognise("NOM DU POLE (tel qu'il se présente", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		assertThat(this.dictionary.recognise("Nom du pôle (tel qu'il se présente (sigle))", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
	}

	@Test
	void onlyAOneWordHeaderIsSplitAtItsCapitalsAndTheListsOwnColumnsStayItsOwn() {
		assertThat(this.dictionary.recognise("tÉLÉPHONE DU CONTACT", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_PHONE);
		assertThat(this.dictionary.isBookkeeping("dateCreationFiche", RowKind.POLE)).isTrue();
	}

	@Test
	void aHeaderWhoseWordsOutsideTheRemarkSayTheFieldKeepsIt() {
		assertThat(this.dictionary.recognise("Site web (lien complet)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.WEBSITE);
	}

	@Test
	void namesWrittenAsProgramsWriteThemAreWords() {
		// « codepostalsiege » as one word would be nothing
		assertThat(this.dictionary.recognise("codePostalSiegeSocial", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.POSTAL_CODE);
		assertThat(this.dictionary.recognise("nombreCollectivitesMembres", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_AUTHORITIES);
	}

	@Test
	void aSurveyQuestionAskingHowSomethingIsCalledAsksForItsName() {
		// « s'appelle » is a verb: not the « appel » of a call for projects
		assertThat(this.dictionary.recognise("1. Comment s'appelle votre pôle ?", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		assertThat(this.dictionary.recognise("Comment se nomme la structure membre ?", RowKind.MEMBER))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		// « (s) » is a plural mark, not a reflexive pronoun
		assertThat(this.dictionary.recognise("Adresse(s) mail", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_EMAIL);
		assertThat(this.dictionary.recognise("Nombre de membre(s) ESS", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_ESS);
		assertThat(this.dictionary.recognise("Appel à projets remporté", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.LAUREATE);
		assertThat(this.dictionary.recognise("Comment s'appelle la structure porteuse du pôle ?", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CARRIER_NAME);
	}

	@Test
	void aHeaderSpellingOutAnAbbreviationIsReadAsTheAbbreviation() {
		assertThat(this.dictionary.recognise("Nombre de membres de l'économie sociale et solidaire", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_ESS);
		assertThat(this.dictionary.recognise("Nb de structures d'insertion par l'activité économique", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_SIAE);
	}

	@Test
	void aCommentOnSomethingIsNoValueOfIt() {
		// « chargé » names the pole's contact, but the column holds the comments
		assertThat(this.dictionary.recognise("Commentaires du chargé de mission", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("Observations sur le budget", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("[Suivi] Remarques du chargé de mission", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("Q3 - Commentaires sur le budget", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("[Suivi] Q3 - Commentaire", RowKind.POLE)).isEmpty();
		// the year observed is no comment
		assertThat(this.dictionary.recognise("Observation (année)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.OBSERVATION_YEAR);
	}

	@Test
	void aColumnNameWrittenAsOneWordInCapitalsIsReadWordByWord() {
		assertThat(this.dictionary.recognise("NUMSIRETPORTEUR", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.SIRET);
		assertThat(this.dictionary.recognise("NBMEMBRESESS", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_ESS);
		assertThat(this.dictionary.recognise("CODEPOSTALSIEGE", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.POSTAL_CODE);
		// a long word of its own is not cut into pieces
		assertThat(this.dictionary.recognise("Développement", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("Intercommunalités", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_AUTHORITIES);
	}

	@Test
	void aClauseThatQualifiesTheHeaderIsAsideLikeARemark() {
		// « tel que » is « such as », no telephone; « dont … » qualifies what is asked
		assertThat(this.dictionary.recognise("Dénomination du pôle telle qu'elle figure dans la convention", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		assertThat(this.dictionary.recognise("Nom du pôle dont vous assurez le contact", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		assertThat(this.dictionary.recognise("Téléphone tel qu'indiqué", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_PHONE);
		// typed in capitals, a common word in parentheses is no abbreviation naming the field
		assertThat(this.dictionary.recognise("RÉFÉRENT DU PTCE (NOM)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_NAME);
		assertThat(this.dictionary.recognise("EFFECTIF SALARIÉ (ETP)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.FTE);
		assertThat(this.dictionary.recognise("STRUCTURE PORTEUSE (SIRET)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.SIRET);
		assertThat(this.dictionary.recognise("CONTACT DU POLE (TEL)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_PHONE);
		// a feminine ending written inclusively is no word, and a middle dot between two words no ending
		assertThat(this.dictionary.recognise("Nom·prénom", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_NAME);
		assertThat(this.dictionary.recognise("Référent·e du pôle (prénom nom)", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_NAME);
	}

	@Test
	void aHeaderThatStartsWithNomAndNamesNothingElseAsksForTheName() {
		assertThat(this.dictionary.recognise("Nom usuel", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		assertThat(this.dictionary.recognise("Nom courant", RowKind.MEMBER))
			.map(HeaderDictionary.Recognition::field).contains(Field.NAME);
		// another field named after « nom » keeps its field
		assertThat(this.dictionary.recognise("Nom de la commune", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.COMMUNE);
		assertThat(this.dictionary.recognise("Nom et prénom", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.CONTACT_NAME);
	}

	@Test
	void aColumnNameAsDatabasesWriteItHasItsWordsCutShortWithNoMark() {
		// words joined by underscores are cut short with no period
		assertThat(this.dictionary.recognise("NB_COLLECT_TERR", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_AUTHORITIES);
		// written with spaces, a word is no abbreviation without its period
		assertThat(this.dictionary.recognise("Nb collect terr", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("Nb collect. terr.", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_AUTHORITIES);
	}

	@Test
	void aHeaderWordMistypedInsideIsReadAsTheWordButNotAnotherWord() {
		assertThat(this.dictionary.recognise("departemnt", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.DEPARTEMENT);
		assertThat(this.dictionary.recognise("Commnue du siège", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.COMMUNE);
		// a letter more at the end, or one for another, makes another word
		assertThat(this.dictionary.recognise("Suivi interne", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("Type de contrat", RowKind.POLE)).isEmpty();
	}

	@Test
	void aShortColumnNameInCapitalsAndAUnitInARemarkAreRead() {
		assertThat(this.dictionary.recognise("NBESS:", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.MEMBERS_ESS);
		// the unit in the remark tells the full-time equivalents from the head count
		assertThat(this.dictionary.recognise("Q22. Combien de salariés (en ETP) travaillent pour le pôle ?", RowKind.POLE))
			.map(HeaderDictionary.Recognition::field).contains(Field.FTE);
	}

}
