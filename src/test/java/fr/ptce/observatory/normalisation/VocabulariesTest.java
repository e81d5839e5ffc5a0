package fr.ptce.observatory.normalisation;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VocabulariesTest {

	@TempDir
	Path folder;

	@Test
	void theShippedVocabulariesKnowTheSpecsCanonicalValuesAndTheirSynonyms() {
		Vocabularies vocabularies = Vocabularies.standard();

		assertThat(vocabularies.legalForms().canonical("Association déclarée loi 1901")).contains("association");
		assertThat(vocabularies.legalForms().canonical("SARL")).contains("société commerciale");
		assertThat(vocabularies.statuses().canonical("En veille")).contains("en sommeil");
		assertThat(vocabularies.sectors().canonical("Énergies renouvelables")).contains("énergie");
		assertThat(vocabularies.laureates().canonical("AMI PTCE émergents")).contains("AMI émergents");
		assertThat(vocabularies.siaeTypes().canonical("Atelier chantier d'insertion")).contains("ACI");
		assertThat(vocabularies.memberCategories().canonical("Communauté d'agglomération du Pays Basque"))
			.contains("collectivité");
		assertThat(vocabularies.legalForms().canonical("Coopérative lunaire")).isEmpty();
	}

	@Test
	void anOperatorExtendsAVocabularyInJobsWithoutCode() throws Exception {
		Files.writeString(this.folder.resolve("legal-forms.csv"),
				"# formes vues chez un réseau\nvaleur;synonyme\nSCIC;Coopérative lunaire\nassociation;Asso. de fait\n");

		Vocabularies vocabularies = Vocabularies.load(this.folder);

		assertThat(vocabularies.legalForms().canonical("coopérative LUNAIRE")).contains("SCIC");
		assertThat(vocabularies.legalForms().canonical("Asso de fait")).contains("association");
		assertThat(vocabularies.legalForms().canonical("SCOP")).contains("SCOP");
	}

	@Test
	void aMalformedLineIsRefusedWithItsFileAndLine() throws Exception {
		Files.writeString(this.folder.resolve("statuses.csv"), "valeur;synonyme\nactif;en marche\nsans point-virgule\n");

		assertThatThrownBy(() -> Vocabularies.load(this.folder)).hasMessageContaining("statuses.csv, ligne 3")
			.hasMessageContaining("« valeur;synonyme » attendu");
	}

}
