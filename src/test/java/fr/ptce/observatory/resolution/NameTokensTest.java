package fr.ptce.observatory.resolution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameTokensTest {

	@Test
	void aDepartementsNumberAddedToANameIsNoWordOfIt() {
		assertThat(NameTokens.of("Le Relais Val de Saône (69)")).isEqualTo(NameTokens.of("Le Relais Val de Saône"));
	}

	@Test
	void acronymsAreRecognisedByFormInAnOrdinaryName() {
		assertThat(NameTokens.acronyms(null, "Coop'Cotentin (CCT)")).containsExactly("cct");
		assertThat(NameTokens.acronyms(null, "Pôle EVR de la Vallée")).containsExactly("evr");
		assertThat(NameTokens.acronyms("TZCLD", "Territoire zéro chômeur")).containsExactly("tzcld");
	}

	@Test
	void inANameTypedInCapitalsOnlyAWordSetApartIsAnAcronym() {
		assertThat(NameTokens.acronyms(null, "PÔLE TERRITORIAL DE COOPÉRATION ÉCONOMIQUE DU PAYS DE BRAY")).isEmpty();
		assertThat(NameTokens.acronyms(null, "COOP'COTENTIN (CCT)")).containsExactly("cct");
		assertThat(NameTokens.acronyms(null, "CCT - COOPÉRATIVE DU COTENTIN")).containsExactly("cct");
		assertThat(NameTokens.acronyms(null, "LA FABRIQUE DES COMMUNS - FDC")).containsExactly("fdc");
		// a small word in capitals is an article, unless it is the whole name or in parentheses
		assertThat(NameTokens.acronyms(null, "LES JARDINS DU COTENTIN")).isEmpty();
		assertThat(NameTokens.acronyms(null, "LES")).containsExactly("les");
		assertThat(NameTokens.acronyms(null, "L'Escale Solidaire (LES)")).containsExactly("les");
	}

	@Test
	void anAcronymMayKeepTheArticlesOrTheLetterOfPtce() {
		assertThat(NameTokens.initials("Coopérative d'Initiatives Solidaires et de Développement Territorial"))
			.isEqualTo("cisdt");
		assertThat(NameTokens.initials("Collectif L'Ouvroir")).isEqualTo("co");
		assertThat(NameTokens.acronymForms("Collectif L'Ouvroir")).containsExactly("clo");
		assertThat(NameTokens.acronymForms("Réseau Les Semeurs")).contains("rls");
		assertThat(NameTokens.acronymForms("PTCE La Luciole")).contains("pll");
		// every word kept is no form: « Maison des Entreprises » is no « MDE »
		assertThat(NameTokens.acronymForms("Maison des Entreprises")).isEmpty();
		assertThat(NameTokens.initials("Le Rucher")).as("one word: no initials").isNull();
	}

}
