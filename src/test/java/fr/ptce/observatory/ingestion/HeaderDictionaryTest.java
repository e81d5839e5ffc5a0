package fr.ptce.observatory.ingestion;

import java.util.Optional;

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
		assertThat(fieldOf("NOM DU POLE (tel qu'il se présente)", RowKind.POLE)).contains(Field.NAME);
		assertThat(fieldOf("Code postal (ex : 35000)", RowKind.POLE)).contains(Field.POSTAL_CODE);
	}

	@Test
	void aKnownAbbreviationInParenthesesNamesTheField() {
		assertThat(fieldOf("Effectif salarié (ETP)", RowKind.POLE)).contains(Field.FTE);
	}

	@Test
	void aRemarkThatQualifiesABareWordDecides() {
		// « Nom » alone is a header of its own, but here the remark says whose name
		assertThat(fieldOf("Nom (structure porteuse)", RowKind.POLE)).contains(Field.CARRIER_NAME);
		assertThat(fieldOf("Effectif (en ETP)", RowKind.POLE)).contains(Field.FTE);
	}

	@Test
	void aRemarkLeftOpenOrInsideAnotherIsARemarkToo() {
		assertThat(fieldOf("NOM DU POLE (tel qu'il se présente", RowKind.POLE)).contains(Field.NAME);
		assertThat(fieldOf("Nom du pôle (tel qu'il se présente (sigle))", RowKind.POLE)).contains(Field.NAME);
	}

	@Test
	void onlyAOneWordHeaderIsSplitAtItsCapitalsAndTheListsOwnColumnsStayItsOwn() {
		assertThat(fieldOf("tÉLÉPHONE DU CONTACT", RowKind.POLE)).contains(Field.CONTACT_PHONE);
		assertThat(this.dictionary.isBookkeeping("dateCreationFiche", RowKind.POLE)).isTrue();
	}

	@Test
	void aHeaderWhoseWordsOutsideTheRemarkSayTheFieldKeepsIt() {
		assertThat(fieldOf("Site web (lien complet)", RowKind.POLE)).contains(Field.WEBSITE);
	}

	@Test
	void namesWrittenAsProgramsWriteThemAreWords() {
		// « codepostalsiege » as one word would be nothing
		assertThat(fieldOf("codePostalSiegeSocial", RowKind.POLE)).contains(Field.POSTAL_CODE);
		assertThat(fieldOf("nombreCollectivitesMembres", RowKind.POLE)).contains(Field.MEMBERS_AUTHORITIES);
	}

	@Test
	void aSurveyQuestionAskingHowSomethingIsCalledAsksForItsName() {
		// « s'appelle » is a verb: not the « appel » of a call for projects
		assertThat(fieldOf("1. Comment s'appelle votre pôle ?", RowKind.POLE)).contains(Field.NAME);
		assertThat(fieldOf("Comment se nomme la structure membre ?", RowKind.MEMBER)).contains(Field.NAME);
		// « (s) » is a plural mark, not a reflexive pronoun
		assertThat(fieldOf("Adresse(s) mail", RowKind.POLE)).contains(Field.CONTACT_EMAIL);
		assertThat(fieldOf("Nombre de membre(s) ESS", RowKind.POLE)).contains(Field.MEMBERS_ESS);
		assertThat(fieldOf("Appel à projets remporté", RowKind.POLE)).contains(Field.LAUREATE);
		assertThat(fieldOf("Comment s'appelle la structure porteuse du pôle ?", RowKind.POLE)).contains(Field.CARRIER_NAME);
	}

	@Test
	void aHeaderSpellingOutAnAbbreviationIsReadAsTheAbbreviation() {
		assertThat(fieldOf("Nombre de membres de l'économie sociale et solidaire", RowKind.POLE)).contains(Field.MEMBERS_ESS);
		assertThat(fieldOf("Nb de structures d'insertion par l'activité économique", RowKind.POLE)).contains(Field.MEMBERS_SIAE);
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
		assertThat(fieldOf("Observation (année)", RowKind.POLE)).contains(Field.OBSERVATION_YEAR);
	}

	@Test
	void aColumnNameWrittenAsOneWordInCapitalsIsReadWordByWord() {
		assertThat(fieldOf("NUMSIRETPORTEUR", RowKind.POLE)).contains(Field.SIRET);
		assertThat(fieldOf("NBMEMBRESESS", RowKind.POLE)).contains(Field.MEMBERS_ESS);
		assertThat(fieldOf("CODEPOSTALSIEGE", RowKind.POLE)).contains(Field.POSTAL_CODE);
		// a long word of its own is not cut into pieces
		assertThat(this.dictionary.recognise("Développement", RowKind.POLE)).isEmpty();
		assertThat(fieldOf("Intercommunalités", RowKind.POLE)).contains(Field.MEMBERS_AUTHORITIES);
	}

	@Test
	void aClauseThatQualifiesTheHeaderIsAsideLikeARemark() {
		// « tel que » is « such as », no telephone; « dont … » qualifies what is asked
		assertThat(fieldOf("Dénomination du pôle telle qu'elle figure dans la convention", RowKind.POLE)).contains(Field.NAME);
		assertThat(fieldOf("Nom du pôle dont vous assurez le contact", RowKind.POLE)).contains(Field.NAME);
		assertThat(fieldOf("Téléphone tel qu'indiqué", RowKind.POLE)).contains(Field.CONTACT_PHONE);
		// typed in capitals, a common word in parentheses is no abbreviation naming the field
		assertThat(fieldOf("RÉFÉRENT DU PTCE (NOM)", RowKind.POLE)).contains(Field.CONTACT_NAME);
		assertThat(fieldOf("EFFECTIF SALARIÉ (ETP)", RowKind.POLE)).contains(Field.FTE);
		assertThat(fieldOf("STRUCTURE PORTEUSE (SIRET)", RowKind.POLE)).contains(Field.SIRET);
		assertThat(fieldOf("CONTACT DU POLE (TEL)", RowKind.POLE)).contains(Field.CONTACT_PHONE);
		// a feminine ending written inclusively is no word, and a middle dot between two words no ending
		assertThat(fieldOf("Nom·prénom", RowKind.POLE)).contains(Field.CONTACT_NAME);
		assertThat(fieldOf("Référent·e du pôle (prénom nom)", RowKind.POLE)).contains(Field.CONTACT_NAME);
	}

	@Test
	void aHeaderThatStartsWithNomAndNamesNothingElseAsksForTheName() {
		assertThat(fieldOf("Nom usuel", RowKind.POLE)).contains(Field.NAME);
		assertThat(fieldOf("Nom courant", RowKind.MEMBER)).contains(Field.NAME);
		// another field named after « nom » keeps its field
		assertThat(fieldOf("Nom de la commune", RowKind.POLE)).contains(Field.COMMUNE);
		assertThat(fieldOf("Nom et prénom", RowKind.POLE)).contains(Field.CONTACT_NAME);
	}

	@Test
	void aColumnNameAsDatabasesWriteItHasItsWordsCutShortWithNoMark() {
		// words joined by underscores are cut short with no period
		assertThat(fieldOf("NB_COLLECT_TERR", RowKind.POLE)).contains(Field.MEMBERS_AUTHORITIES);
		// written with spaces, a word is no abbreviation without its period
		assertThat(this.dictionary.recognise("Nb collect terr", RowKind.POLE)).isEmpty();
		assertThat(fieldOf("Nb collect. terr.", RowKind.POLE)).contains(Field.MEMBERS_AUTHORITIES);
	}

	@Test
	void aHeaderWordMistypedInsideIsReadAsTheWordButNotAnotherWord() {
		assertThat(fieldOf("departemnt", RowKind.POLE)).contains(Field.DEPARTEMENT);
		assertThat(fieldOf("Commnue du siège", RowKind.POLE)).contains(Field.COMMUNE);
		// a letter more at the end, or one for another, makes another word
		assertThat(this.dictionary.recognise("Suivi interne", RowKind.POLE)).isEmpty();
		assertThat(this.dictionary.recognise("Type de contrat", RowKind.POLE)).isEmpty();
	}

	@Test
	void aShortColumnNameInCapitalsAndAUnitInARemarkAreRead() {
		assertThat(fieldOf("NBESS:", RowKind.POLE)).contains(Field.MEMBERS_ESS);
		// the unit in the remark tells the full-time equivalents from the head count
		assertThat(fieldOf("Q22. Combien de salariés (en ETP) travaillent pour le pôle ?", RowKind.POLE)).contains(Field.FTE);
	}

	/** The field a header is read as on a sheet of the given kind, if any. */
	private Optional<Field> fieldOf(String header, RowKind kind) {
		return this.dictionary.recognise(header, kind).map(HeaderDictionary.Recognition::field);
	}

}
