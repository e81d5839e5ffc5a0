package fr.ptce.observatory.ingestion;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceProfilesTest {

	@TempDir
	Path folder;

	@Test
	void aProfileSaysWhichFilesAreTheNetworksAndWhatTheirColumnsAndValuesMean() throws Exception {
		write("coorace.yml", """
				reseau: Coorace
				dossier: coorace
				nom-de-fichier: "coorace-.*\\\\.csv"
				priorite: 60
				colonnes:
				  Nb structures SIAE: Nb SIAE
				  Mél: CONTACT_EMAIL
				valeurs:
				  Statut:
				    En sommeil prolongé: en sommeil
				annee-observation: 2024
				""");

		SourceProfiles profiles = SourceProfiles.load(this.folder);
		SourceProfile coorace = profiles.forFile("coorace/coorace-2024.csv");

		assertThat(coorace.network()).isEqualTo("Coorace");
		assertThat(coorace.priority()).isEqualTo(60);
		assertThat(coorace.columns()).containsEntry("Nb structures SIAE", Field.MEMBERS_SIAE)
			.containsEntry("Mél", Field.CONTACT_EMAIL);
		assertThat(coorace.mappedValue(Field.STATUS, "en sommeil PROLONGÉ")).contains("en sommeil");
		assertThat(coorace.observationYear()).isEqualTo(2024);
		assertThat(profiles.forFile("coorace/notes.xlsx")).isSameAs(SourceProfile.NONE);
		assertThat(profiles.forFile("autre/coorace-2024.csv")).isSameAs(SourceProfile.NONE);
	}

	@Test
	void aNetworkIsFoundHoweverItIsWritten() {
		SourceProfiles shipped = SourceProfiles.load(java.nio.file.Path.of("jobs/sources"));
		for (String written : java.util.List.of("CRESS Normandie", "cress normandie", "cress-normandie", "Cress-Normandie")) {
			assertThat(shipped.find(written)).as(written).hasValueSatisfying(profile -> {
				assertThat(profile.network()).isEqualTo("CRESS Normandie");
				assertThat(profile.folder()).isEqualTo("cress-normandie");
			});
		}
		assertThat(shipped.find("Réseau fantôme")).isEmpty();
		assertThat(shipped.find(" ")).isEmpty();
	}

	@Test
	void aMistakeIsRefusedWithTheFileAndTheLine() throws Exception {
		assertRefused("reseau: A\ndossier: a\ncolonne:\n  X: SIRET\n", "ligne 3", "clé « colonne » inconnue");
		assertRefused("reseau: A\ndossier: a\ncolonnes:\n  X: Numéro fiscal\n", "ligne 4", "champ « Numéro fiscal » inconnu");
		assertRefused("reseau: A\nnom-de-fichier: \"([a-z\"\n", "ligne 2", "expression « nom-de-fichier » invalide");
		assertRefused("dossier: a\n", "la clé « reseau »");
		assertRefused("reseau: A\n", "il faut « dossier » ou « nom-de-fichier »");
		assertRefused("reseau: A\ndossier: a\npriorite: haute\n", "ligne 3", "nombre entier entre 0 et 100");
		assertRefused("reseau: A\ndossier: [a\n", "YAML illisible");
	}

	@Test
	void aBlankValueIsRefusedWithTheFileAndTheLineNotACrash() throws Exception {
		assertRefused("reseau: A\nnom-de-fichier:\n", "ligne 2", "« nom-de-fichier » est vide");
		assertRefused("reseau: A\ndossier: a\nvaleurs:\n  Statut:\n    en veille:\n", "ligne 5",
				"valeur vide pour « en veille »");
		assertRefused("reseau: A\ndossier: a\n\"\": x\n", "ligne 3", "clé vide");
		assertRefused("reseau: A\ndossier: a\ncolonnes:\n  \"\": SIRET\n", "ligne 4", "clé vide");
		assertRefused("reseau: A\ndossier: a\ncolonnes:\n  Numéro:\n", "ligne 4", "champ manquant pour « Numéro »");
		assertRefused("reseau: A\ndossier: a\nvaleurs:\n  \"\":\n    en veille: en sommeil\n", "ligne 4", "clé vide");
	}

	private void assertRefused(String yaml, String... expected) throws Exception {
		Path file = write("erreur.yml", yaml);
		assertThatThrownBy(() -> SourceProfiles.load(this.folder))
			.isInstanceOf(SourceProfiles.InvalidProfileException.class)
			.hasMessageContaining(file.toString())
			.hasMessageContainingAll(expected);
	}

	private Path write(String name, String yaml) throws Exception {
		return Files.writeString(this.folder.resolve(name), yaml);
	}

}
