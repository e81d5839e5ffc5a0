package fr.ptce.observatory.resolution;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.operations.Runs;
import fr.ptce.observatory.samples.SampleSirets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The constraints of resolution, on network files written by POI into an inbox and imported as the nightly
 * run does: hard "different" never merged, one file lists a pole once, analysts' decisions survive reruns,
 * identifiers stable across reruns and new files, redirects, splits, member organisations.
 */
@SpringBootTest
class ResolutionConstraintsTest {

	static final String[] HEADER = { "Nom du pôle", "Sigle", "Structure porteuse", "SIRET", "Code postal", "Commune",
			"Site web" };

	static final String ALPHA_SIRET = SampleSirets.siret("3111111110001");

	static final String BETA_SIRET = SampleSirets.siret("3222222220001");

	static final String CARRIER_SIRET = SampleSirets.siret("3333333330001");

	@Autowired
	Runs runs;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReviewQueue queue;

	@Autowired
	Redirects redirects;

	@TempDir
	Path inbox;

	@BeforeEach
	void emptyDatabase() {
		TestDatabase.empty(this.jdbc);
	}

	@Test
	void twoDifferentSirensDeclaredThePolesOwnAreNeverMergedWhateverTheirNames() throws Exception {
		writeDeclared("reseau-a/poles-2025.xlsx",
				row("Pôle Alpha Coopération", null, null, ALPHA_SIRET, "14000", "Caen", null));
		writeDeclared("reseau-b/poles-2025.xlsx",
				row("Pôle Alpha Coopération", null, null, BETA_SIRET, "14000", "Caen", null));
		importNew();

		assertThat(poleOf("reseau-a/poles-2025.xlsx", 2)).isNotEqualTo(poleOf("reseau-b/poles-2025.xlsx", 2));
		assertThat(count("select count(*) from pole")).isEqualTo(2);
	}

	@Test
	void sirensOfUnknownRoleWeighButDoNotDecide() throws Exception {
		// one network writes the pole's SIRET, the other its carrier's: the same pole, by name and commune
		write("reseau-a/poles-2025.xlsx", row("Pôle Alpha Coopération", null, null, ALPHA_SIRET, "14000", "Caen", null),
				row("Atelier Gamma", null, null, CARRIER_SIRET, "14000", "Caen", null));
		write("reseau-b/poles-2025.xlsx", row("Pôle Alpha Coopération", null, null, BETA_SIRET, "14000", "Caen", null),
				// the same carrier's SIRET for another pole: a carrier, not an identity
				row("Jardins Delta", null, null, CARRIER_SIRET, "61000", "Alençon", null));
		importNew();

		assertThat(poleOf("reseau-a/poles-2025.xlsx", 2)).isEqualTo(poleOf("reseau-b/poles-2025.xlsx", 2));
		assertThat(poleOf("reseau-a/poles-2025.xlsx", 3)).isNotEqualTo(poleOf("reseau-b/poles-2025.xlsx", 3));
	}

	@Test
	void aSirenOfUnknownRoleBesideTheDeclaredOwnIsNoEvidenceAgainstAndTwoOfUnknownRoleAre() throws Exception {
		// a name one typo apart in the same commune: the declared own SIREN against one of unknown role says
		// nothing (the carrier's, maybe); two SIRENs of unknown role that differ weigh against
		writeDeclared("reseau-a/poles-2025.xlsx",
				row("Le Relais Bocage", null, null, ALPHA_SIRET, "14000", "Caen", null));
		write("reseau-b/poles-2025.xlsx", row("Le Realis Bocage", null, null, BETA_SIRET, "14000", "Caen", null),
				row("La Forge Solidaire", null, null, SampleSirets.siret("3555555550001"), "61000", "Alençon", null));
		write("reseau-c/poles-2025.xlsx",
				row("La Froge Solidaire", null, null, SampleSirets.siret("3666666660001"), "61000", "Alençon", null));
		importNew();

		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(poleOf("reseau-a/poles-2025.xlsx", 2));
		assertThat(poleOf("reseau-c/poles-2025.xlsx", 2)).isNotEqualTo(poleOf("reseau-b/poles-2025.xlsx", 3));
	}

	@Test
	void aPoleListedTwiceByOneFileIsCountedOnceAndOtherRowsOfAFileJoinOnlyOnHardEvidence() throws Exception {
		writeDeclared("reseau-a/poles-2025.xlsx", row("Pôle Gamma", null, null, null, "14000", "Caen", null),
				row("PÔLE GAMMA", null, null, null, "14000", "Caen", null),
				row("Pôle Gamma", null, null, null, "61000", "Alençon", null),
				row("Pôle Delta", null, null, ALPHA_SIRET, "14000", "Caen", null),
				row("Delta Coopération Caen", null, null, ALPHA_SIRET, "14000", "Caen", null));
		importNew();

		// the same name in the same commune twice: one pole, the second row flagged; in another commune: another pole
		assertThat(poleOf("reseau-a/poles-2025.xlsx", 2)).isEqualTo(poleOf("reseau-a/poles-2025.xlsx", 3));
		assertThat(this.jdbc.queryForObject("select match_rule from pole_record p join raw_row r on r.id = p.raw_row_id "
				+ "where r.row_number = 3", String.class)).isEqualTo("doublon");
		assertThat(poleOf("reseau-a/poles-2025.xlsx", 2)).isNotEqualTo(poleOf("reseau-a/poles-2025.xlsx", 4));
		// the same SIREN declared the pole's own twice: one pole
		assertThat(poleOf("reseau-a/poles-2025.xlsx", 5)).isEqualTo(poleOf("reseau-a/poles-2025.xlsx", 6));
		assertThat(this.jdbc.queryForObject("select verdict from source_file", String.class))
			.contains("dont 2 pôles listés deux fois dans le fichier, comptés une fois");
	}

	@Test
	void aKnownPoleGoesToTheRowOfAFileThatNamesItNotToALookAlikeNeighbourListedBefore() throws Exception {
		write("reseau-a/poles-2024.xlsx", row("Pôle Alpha Coopération", null, "Association Oméga", null, "14000", "Caen", null));
		importNew();
		String alpha = poleOf("reseau-a/poles-2024.xlsx", 2);

		// a neighbour of the same commune and carrier, whose name shares a word, comes first in the file
		write("reseau-b/poles-2025.xlsx", row("Alpha Jardins", null, "Association Oméga", null, "14000", "Caen", null),
				row("Pôle Alpha Coopération", null, "Association Oméga", null, "14000", "Caen", null));
		importNew();

		assertThat(poleOf("reseau-b/poles-2025.xlsx", 3)).isEqualTo(alpha);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isNotEqualTo(alpha);
	}

	@Test
	void aPoleGoesToTheRowThatNamesItWhenTheRowsOfTheFileMeetOnlyByAnAcronymAndInitials() throws Exception {
		write("reseau-a/poles-2025.xlsx", row("Pôle Alpha Coopération", null, "Association Oméga", null, "14000", "Caen",
				"https://alpha-cooperation.fr"));
		// « PAC » is the initials of « Pôle Alpha Coopération »; the two rows share no word, commune or other key; the
		// second names the pole better (its name and website)
		write("reseau-b/poles-2025.xlsx", row("PAC", "PAC", "Association Oméga", null, "14000", "Caen", null),
				row("Pôle Alpha Coopération", null, "Association Oméga", null, "14100", "Lisieux",
						"https://alpha-cooperation.fr"));
		importNew();

		String alpha = poleOf("reseau-a/poles-2025.xlsx", 2);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 3)).isEqualTo(alpha);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isNotEqualTo(alpha);
		assertThat(count("select count(*) from review_pair where pole_a = ? and pole_b = ?", alpha,
				poleOf("reseau-b/poles-2025.xlsx", 2))).as("the acronym's pole and the pole it may be: a question").isOne();
	}

	@Test
	void twoPolesOfOneTownNamedWithDifferentGenericWordsStayTwo() throws Exception {
		write("reseau-a/poles-2025.xlsx", row("Talence Solidaire", null, null, null, "33400", "Talence", null),
				row("Coopérative Mérignac Solidaire", null, null, null, "33700", "Mérignac", null));
		write("reseau-b/poles-2025.xlsx", row("Entreprendre à Talence", null, null, null, "33400", "Talence", null),
				row("Mérignac Solidaire", null, null, null, "33700", "Mérignac", null));
		importNew();

		// only the town and generic words in common: two poles of Talence
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isNotEqualTo(poleOf("reseau-a/poles-2025.xlsx", 2));
		// one name is the other with a generic word added: one pole of Mérignac
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 3)).isEqualTo(poleOf("reseau-a/poles-2025.xlsx", 3));
	}

	@Test
	void theSameWordsOfTheirOwnMakeTheSameNameWhateverPlaceAndGenericWordsAreAdded() throws Exception {
		write("reseau-a/poles-2025.xlsx", row("Collectif L'Atelier des Possibles de", null, null, null, "91150",
				"Morigny-Champigny", null),
				row("Ressourcerie Bocage Vire", null, null, null, "14500", "Vire Normandie", null));
		write("reseau-b/poles-2025.xlsx",
				row("POLE TERRITORIAL DE COOPERATION ECONOMIQUE L'ATELIER DES POSSIBLES DE MORIGNY-CHAMPIGNY", null, null,
						null, "91150", "Morigny-Champigny", null),
				row("Ressourcerie Bocage Falaise", null, null, null, "14700", "Falaise", null));
		importNew();

		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(poleOf("reseau-a/poles-2025.xlsx", 2));
		// the same words of their own in two towns: a question for an analyst at most, not one pole
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 3)).isNotEqualTo(poleOf("reseau-a/poles-2025.xlsx", 3));
	}

	@Test
	void neighboursSharingMembersButNoEvidenceOfIdentityStayTwo() throws Exception {
		// one commune, two members in common, names that share only the commune's: where, not which
		writeWithMembers("reseau-a/poles-2025.xlsx", "Vivre à Caen",
				new String[] { "Vivre à Caen", "Coopérative Graines d'Avenir" },
				new String[] { "Vivre à Caen", "Atelier Vélo Solidaire" });
		writeWithMembers("reseau-b/poles-2025.xlsx", "Jardins Partagés de Caen",
				new String[] { "Jardins Partagés de Caen", "Coopérative Graines d'Avenir" },
				new String[] { "Jardins Partagés de Caen", "Atelier Vélo Solidaire" });
		importNew();

		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isNotEqualTo(poleOf("reseau-a/poles-2025.xlsx", 2));
		assertThat(count("select count(*) from review_pair")).as("no evidence of identity: no question either")
			.isZero();
	}

	@Test
	void theSameHoldsForAPoleFoundedEarlierInTheSameRun() throws Exception {
		write("reseau-a/poles-2025.xlsx", row("Pôle Alpha Coopération", null, "Association Oméga", null, "14000", "Caen", null));
		write("reseau-b/poles-2025.xlsx", row("Alpha Jardins", null, "Association Oméga", null, "14000", "Caen", null),
				row("Pôle Alpha Coopération", null, "Association Oméga", null, "14000", "Caen", null));
		importNew();

		String alpha = poleOf("reseau-a/poles-2025.xlsx", 2);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 3)).isEqualTo(alpha);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isNotEqualTo(alpha);
	}

	@Test
	void identifiersStayAcrossRerunsNewFilesAndForcedReimports() throws Exception {
		write("reseau-a/poles-2024.xlsx", row("Pôle Epsilon", "EPS", null, ALPHA_SIRET, "14000", "Caen", null),
				row("Coopérative Zêta du Bocage", null, null, null, "61000", "Alençon", null));
		importNew();
		Set<String> before = poles().keySet();

		importNew();
		assertThat(poles().keySet()).isEqualTo(before);

		write("reseau-b/poles-2025.xlsx", row("PTCE Epsilon", null, null, null, "14000", "Caen", null),
				row("Zêta du Bocage", null, null, null, "61000", "Alençon", null),
				row("Pôle Êta", null, null, null, "50000", "Saint-Lô", null));
		importNew();
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(poleOf("reseau-a/poles-2024.xlsx", 2));
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 3)).isEqualTo(poleOf("reseau-a/poles-2024.xlsx", 3));
		assertThat(poles().keySet()).containsAll(before).hasSize(3);

		Map<String, String> lineage = lineage();
		assertThat(this.runs.importInbox(new Runs.ImportRequest(this.inbox, "reseau-a/poles-2024.xlsx", null))
			.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(lineage()).isEqualTo(lineage);
		assertThat(poles().keySet()).containsAll(before).hasSize(3);
	}

	@Test
	void analystsDecisionsAreHonouredByLaterRuns() throws Exception {
		// one territory, one carrier, names sharing only the territory: a pair for review
		write("reseau-a/poles-2025.xlsx",
				row("Pôle Orne Coopération", null, "Coopérative Orne Solidaire", null, "61000", "Alençon", null));
		write("reseau-b/poles-2025.xlsx",
				row("Pôle Orne Alimentation Durable", null, "Coopérative Orne Solidaire", null, "61000", "Alençon", null));
		importNew();
		List<ReviewQueue.Pair> pending = this.queue.pending(100);
		assertThat(pending).hasSize(1);
		assertThat(pending.get(0).fields()).anySatisfy(field -> assertThat(field).containsEntry("field", "porteuse")
			.containsEntry("level", "identique"));
		String first = pending.get(0).poleA().id();
		String second = pending.get(0).poleB().id();

		this.queue.decide(pending.get(0).id(), ReviewQueue.Decision.DIFFERENT, "analyste");
		assertThat(this.queue.pending(100)).isEmpty();

		// the analyst's rerun of both files: the rows go back to their poles, the decision stands
		this.runs.importInbox(new Runs.ImportRequest(this.inbox, "reseau-a/poles-2025.xlsx", null));
		this.runs.importInbox(new Runs.ImportRequest(this.inbox, "reseau-b/poles-2025.xlsx", null));
		assertThat(poleOf("reseau-a/poles-2025.xlsx", 2)).isEqualTo(first);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(second);
		assertThat(this.queue.pending(100)).isEmpty();
		assertThat(this.queue.decided(100)).singleElement()
			.satisfies(pair -> assertThat(pair.decidedBy()).isEqualTo("analyste"));

		// no later decision may cross it, even through a third pole
		write("reseau-c/poles-2025.xlsx", row("Pôle Theta", null, null, null, "75011", "Paris", null));
		importNew();
		String third = poleOf("reseau-c/poles-2025.xlsx", 2);
		this.queue.decide(first, third, ReviewQueue.Decision.SAME, "analyste");
		assertThatThrownBy(() -> this.queue.decide(third, second, ReviewQueue.Decision.SAME, "analyste"))
			.isInstanceOf(DecisionConflictException.class)
			.hasMessageContaining("différents");
	}

	@Test
	void aMergeKeepsTheOlderIdentifierAndTheAbsorbedOneRedirects() throws Exception {
		write("reseau-a/poles-2025.xlsx", row("Pôle Iota", null, null, null, "14000", "Caen", null));
		write("reseau-b/poles-2025.xlsx", row("Coopérative Kappa", null, null, null, "14000", "Caen", null));
		importNew();
		String older = poleOf("reseau-a/poles-2025.xlsx", 2);
		String younger = poleOf("reseau-b/poles-2025.xlsx", 2);

		this.queue.decide(younger, older, ReviewQueue.Decision.SAME, "analyste");

		assertThat(count("select count(*) from pole")).isEqualTo(1);
		assertThat(this.redirects.current(younger)).isEqualTo(older);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(older);

		// a later file naming the absorbed pole's row joins the survivor, and the absorbed id is never reused
		this.runs.importInbox(new Runs.ImportRequest(this.inbox, "reseau-b/poles-2025.xlsx", null));
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(older);
		write("reseau-c/poles-2026.xlsx", row("Pôle Lambda", null, null, null, "75011", "Paris", null));
		importNew();
		assertThat(poleOf("reseau-c/poles-2026.xlsx", 2)).isNotIn(older, younger);

		// a members sheet naming the absorbed identifier attaches its members to the pole that absorbed it
		Path file = this.inbox.resolve("reseau-d/membres-2026.xlsx");
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet poles = workbook.createSheet("Pôles");
			fill(poles.createRow(0), "Nom du pôle", "Code postal");
			fill(poles.createRow(1), "Pôle Mu Nu", "75011");
			Sheet members = workbook.createSheet("Membres");
			fill(members.createRow(0), "Pôle", "Nom du membre", "Catégorie", "Commune ou code postal");
			fill(members.createRow(1), younger, "Association des Amis de Kappa", "Association", "75011");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		importNew();
		assertThat(this.jdbc.queryForObject("select pole_id from member_record where name = 'Association des Amis de Kappa'",
				String.class)).isEqualTo(older);
	}

	@Test
	void aSplitLeavesTheIdentifierWithTheLargerPart() throws Exception {
		write("reseau-a/poles-2025.xlsx", row("Pôle Mu", null, null, ALPHA_SIRET, "14000", "Caen", null));
		write("reseau-b/poles-2025.xlsx", row("Pôle Mu", "MU", null, ALPHA_SIRET, "14000", "Caen", null));
		write("reseau-c/poles-2025.xlsx", row("Pôle Mu Bis", null, null, ALPHA_SIRET, "14000", "Caen", null));
		importNew();
		String pole = poleOf("reseau-a/poles-2025.xlsx", 2);
		assertThat(count("select count(*) from pole_record where pole_id = ?", pole)).isEqualTo(3);
		long stray = this.jdbc.queryForObject("""
				select r.raw_row_id from pole_record r join source_file f on f.id = r.file_id
				where f.name = 'reseau-c/poles-2025.xlsx'""", Long.class);

		String newPole = this.queue.split(pole, List.of(stray), "analyste");

		assertThat(poleOf("reseau-a/poles-2025.xlsx", 2)).isEqualTo(pole);
		assertThat(poleOf("reseau-c/poles-2025.xlsx", 2)).isEqualTo(newPole).isNotEqualTo(pole);
		assertThat(this.queue.decided(100)).anySatisfy(pair -> assertThat(pair.status()).isEqualTo("DIFFERENT"));
	}

	@Test
	void aCarriersSirenIsNoIdentityAndAnOrganisationMemberOfManyPolesIsOne() throws Exception {
		Path file = this.inbox.resolve("reseau-a/poles-2025.xlsx");
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet poles = workbook.createSheet("Pôles");
			fill(poles.createRow(0), "Nom du pôle", "Siret porteur", "Code postal", "Commune");
			fill(poles.createRow(1), "Pôle Nu", CARRIER_SIRET, "14000", "Caen");
			fill(poles.createRow(2), "Pôle Xi Alimentation", CARRIER_SIRET, "14000", "Caen");
			Sheet members = workbook.createSheet("Membres");
			fill(members.createRow(0), "Pôle", "Nom du membre", "Commune ou code postal");
			fill(members.createRow(1), "Pôle Nu", "Conseil départemental du Calvados", "14000");
			fill(members.createRow(2), "Pôle Xi Alimentation", "Conseil départemental du Calvados", "14000");
			fill(members.createRow(3), "Pôle Xi Alimentation", "Les Jardins du Calvados", "14000");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		importNew();

		assertThat(count("select count(*) from pole")).isEqualTo(2);
		assertThat(this.jdbc.queryForList("select distinct member_id from member_record where name like 'Conseil%'",
				String.class)).singleElement().asString().matches("MBR-\\d{6}");
		assertThat(count("select count(*) from member")).isEqualTo(2);
	}

	@Test
	void membersOfTheSameNameAreOneOrganisationOnlyWithinADepartementAndNeverWithDifferentSirens() throws Exception {
		// two columns: the members take their pole's département
		writeTwoDepartements(new String[] { "Pôle", "Nom du membre", "SIRET" },
				new String[] { "Pôle Omicron", "Coopérative Graines d'Avenir", null },
				new String[] { "Pôle Rho Alimentation", "Coopérative Graines d'Avenir", null },
				new String[] { "Pôle Sigma Mobilités", "Coopérative Graines d'Avenir", null },
				new String[] { "Pôle Omicron", "Atelier Vélo Solidaire", ALPHA_SIRET },
				new String[] { "Pôle Rho Alimentation", "Atelier Vélo Solidaire", BETA_SIRET });
		importNew();

		List<String> graines = this.jdbc.queryForList("select member_id from member_record where name like 'Coop%' "
				+ "order by raw_row_id", String.class);
		assertThat(graines.get(0)).as("same name, same département").isEqualTo(graines.get(1));
		assertThat(graines.get(2)).as("same name in another département").isNotEqualTo(graines.get(0));
		assertThat(this.jdbc.queryForList("select distinct member_id from member_record where name like 'Atelier%'",
				String.class)).as("different SIRENs").hasSize(2);
	}

	@Test
	void aMemberOfALaterFileFindsTheOrganisationOfItsDepartementOrTheFirstOfItsNameWhenPlacedNowhere() throws Exception {
		// the organisations of the first import are in the database when the second file's members are looked up
		writeTwoDepartements(new String[] { "Pôle", "Nom du membre" },
				new String[] { "Pôle Omicron", "Coopérative Graines d'Avenir" },
				new String[] { "Pôle Sigma Mobilités", "Coopérative Graines d'Avenir" });
		importNew();
		// one file per case: a file with a member placed nowhere reads every organisation of the name
		writeWithMembers("reseau-b/poles-2025.xlsx", new String[][] { { "Pôle Upsilon", "69002", "Lyon" } },
				new String[] { "Pôle", "Nom du membre" }, new String[] { "Pôle Upsilon", "Coopérative Graines d'Avenir" });
		importNew();
		writeWithMembers("reseau-c/poles-2025.xlsx", new String[][] { { "Pôle Tau", null, null } },
				new String[] { "Pôle", "Nom du membre" }, new String[] { "Pôle Tau", "Coopérative Graines d'Avenir" });
		importNew();

		List<Map<String, Object>> graines = this.jdbc.queryForList("""
				select m.member_id, o.departement from member_record m join member o on o.id = m.member_id
				where m.name like 'Coop%' order by m.raw_row_id""");
		assertThat(graines).hasSize(4);
		assertThat(graines.get(0).get("departement")).isEqualTo("14");
		assertThat(graines.get(1).get("departement")).isEqualTo("69");
		assertThat(graines.get(2).get("member_id")).as("placed in Lyon: the organisation of the Rhône")
			.isEqualTo(graines.get(1).get("member_id"));
		assertThat(graines.get(3).get("member_id")).as("placed nowhere: the first organisation of its name")
			.isEqualTo(graines.get(0).get("member_id"));
		assertThat(count("select count(*) from member")).isEqualTo(2);
	}

	@Test
	void aMembersLegalFormIsSetAsideWhenItsNameIsCompared() throws Exception {
		writeTwoDepartements(new String[] { "Pôle", "Nom du membre" }, new String[] { "Pôle Omicron", "SCOP Jugou" },
				new String[] { "Pôle Rho Alimentation", "Jugou" }, new String[] { "Pôle Sigma Mobilités", "Jugou SCOP" });
		importNew();

		List<String> jugou = this.jdbc.queryForList("select member_id from member_record where name like '%Jugou%' "
				+ "order by raw_row_id", String.class);
		assertThat(jugou.get(1)).as("« SCOP Jugou » and « Jugou » in one département").isEqualTo(jugou.get(0));
		assertThat(jugou.get(2)).as("in another département").isNotEqualTo(jugou.get(0));
		// the database's index and the resolver set the same words aside
		for (String key : List.of("scop jugou", "jugou scop", "association les amis du rail", "scic les glaneurs sas",
				"sa", "scop", "sas sarl", "assoc rikalan", "sarlat", "les sas", "association")) {
			assertThat(this.jdbc.queryForObject("select member_name_core(?)", String.class, key)).as(key)
				.isEqualTo(MemberResolver.withoutLegalForm(key));
		}
	}

	/** A file of one pole in Caen (14) and a sheet of its members (pole, member). */
	private void writeWithMembers(String name, String pole, String[]... members) throws Exception {
		writeWithMembers(name, new String[][] { { pole, "14000", "Caen" } }, new String[] { "Pôle", "Nom du membre" },
				members);
	}

	/** A file of three poles, two in Caen (14) and one in Lyon (69), and a sheet of members with these rows. */
	private void writeTwoDepartements(String[] memberHeader, String[]... members) throws Exception {
		writeWithMembers("reseau-a/poles-2025.xlsx", new String[][] { { "Pôle Omicron", "14000", "Caen" },
				{ "Pôle Rho Alimentation", "14000", "Caen" }, { "Pôle Sigma Mobilités", "69001", "Lyon" } },
				memberHeader, members);
	}

	/** A file of poles (name, postal code, commune) and a sheet of members with these rows. */
	private void writeWithMembers(String name, String[][] poleRows, String[] memberHeader, String[]... members)
			throws Exception {
		Path file = this.inbox.resolve(name);
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet poles = workbook.createSheet("Pôles");
			fill(poles.createRow(0), "Nom du pôle", "Code postal", "Commune");
			for (int i = 0; i < poleRows.length; i++) {
				fill(poles.createRow(i + 1), poleRows[i]);
			}
			Sheet sheet = workbook.createSheet("Membres");
			fill(sheet.createRow(0), memberHeader);
			for (int i = 0; i < members.length; i++) {
				fill(sheet.createRow(i + 1), members[i]);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	@Test
	void identicalInputsGiveIdenticalIdentifiersOnAFreshDatabase() {
		this.runs.importInbox(Path.of("input-samples"));
		Map<String, String> first = lineage();
		TestDatabase.empty(this.jdbc);

		this.runs.importInbox(Path.of("input-samples"));

		assertThat(lineage()).isEqualTo(first).hasSize(47);
	}

	@Test
	void aKnownRecordChangedSinceTheLastRunIsReadAsItIsNow() throws Exception {
		// the service keeps the evidence of the records it resolved; a record changed since (by another instance, or
		// by hand) must be read again, not taken as it was
		write("reseau-a/poles-2025.xlsx", row("Pôle Alpha Coopération", null, null, null, "14000", "Caen", null));
		importNew();
		String alpha = poleOf("reseau-a/poles-2025.xlsx", 2);
		this.jdbc.update("""
				update pole_record set name = 'Atelier Gamma', name_key = ?
				where raw_row_id = (select w.id from raw_row w join source_file f on f.id = w.file_id
				                    where f.name = 'reseau-a/poles-2025.xlsx' and w.row_number = 2)""",
				fr.ptce.observatory.normalisation.Names.matchingKey("Atelier Gamma"));

		write("reseau-b/poles-2025.xlsx", row("Atelier Gamma", null, null, null, "14000", "Caen", null));
		importNew();

		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(alpha);
	}

	@Test
	void aRowThatFoundedAPoleBeforeAFileDeclaredTheKnownPolesSirenJoinsItOnceEveryFileIsRead() throws Exception {
		// « Le Realis Soucé » (a typo) carries a SIRET of unknown role that differs from the one of « Le Relais
		// Soucé »: when it is resolved, nothing tells which SIRET is the pole's own, and the difference weighs
		// against it (a review pair). A later file declares the pole's own SIRET: the other is its carrier's, and the
		// row joins the pole once every file is read.
		String own = SampleSirets.siret("7579506540001");
		String carrier = SampleSirets.siret("8058616890001");
		write("reseau-a/poles-2024.xlsx", row("Le Relais Soucé", null, null, own, "53300", "Soucé", null));
		write("reseau-a/poles-2025.xlsx", row("Le Realis Soucé", null, null, carrier, "53300", "Soucé", null));
		writeDeclared("reseau-b/poles-2025.xlsx", row("Le Relais Soucé", null, null, own, "53300", "Soucé", null));
		importNew();

		String pole = poleOf("reseau-a/poles-2024.xlsx", 2);
		assertThat(poleOf("reseau-b/poles-2025.xlsx", 2)).isEqualTo(pole);
		assertThat(poleOf("reseau-a/poles-2025.xlsx", 2)).isEqualTo(pole);
		assertThat(count("select count(*) from pole")).isEqualTo(1);
		assertThat(count("select count(*) from review_pair where status = 'PENDING'")).isZero();
		// the identifier the row had founded, which a reader may have seen, leads to the pole
		assertThat(count("select count(*) from pole_redirect where to_id = ?", pole)).isEqualTo(1);
	}

	private void importNew() {
		assertThat(this.runs.importInbox(this.inbox).getStatus()).isEqualTo(BatchStatus.COMPLETED);
	}

	/** file | sheet | row → pole id and member id of every row read. */
	private Map<String, String> lineage() {
		Map<String, String> lineage = new java.util.TreeMap<>();
		this.jdbc.query("""
				select f.name, w.sheet, w.row_number, coalesce(p.pole_id, m.pole_id) as pole, m.member_id
				from raw_row w join source_file f on f.id = w.file_id
				left join pole_record p on p.raw_row_id = w.id left join member_record m on m.raw_row_id = w.id""", rs -> {
			lineage.put(rs.getString(1) + " | " + rs.getString(2) + " | " + rs.getInt(3),
					rs.getString(4) + " " + rs.getString(5));
		});
		return lineage;
	}

	private Map<String, Object> poles() {
		Map<String, Object> poles = new java.util.TreeMap<>();
		this.jdbc.query("select id, name from pole", rs -> {
			poles.put(rs.getString(1), rs.getString(2));
		});
		return poles;
	}

	private String poleOf(String file, int row) {
		return this.jdbc.queryForObject("""
				select p.pole_id from pole_record p join raw_row w on w.id = p.raw_row_id
				join source_file f on f.id = w.file_id where f.name = ? and w.row_number = ?""", String.class, file, row);
	}

	private int count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Integer.class, args);
	}

	private static String[] row(String... values) {
		return values;
	}

	private void write(String name, String[]... rows) throws IOException {
		writeWithHeader(name, HEADER, rows);
	}

	/** A file whose SIRET column says it holds the poles' own SIRETs (« SIRET du pôle »). */
	private void writeDeclared(String name, String[]... rows) throws IOException {
		String[] header = HEADER.clone();
		header[3] = "SIRET du pôle";
		writeWithHeader(name, header, rows);
	}

	private void writeWithHeader(String name, String[] header, String[]... rows) throws IOException {
		Path file = this.inbox.resolve(name);
		Files.createDirectories(file.getParent());
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Pôles");
			fill(sheet.createRow(0), header);
			for (int i = 0; i < rows.length; i++) {
				fill(sheet.createRow(i + 1), rows[i]);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	private static void fill(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			if (values[i] != null) {
				row.createCell(i).setCellValue(values[i]);
			}
		}
	}

}
