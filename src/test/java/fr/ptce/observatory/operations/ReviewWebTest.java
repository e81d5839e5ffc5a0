package fr.ptce.observatory.operations;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.resolution.ReviewQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review queue, poles and lineage over HTTP against the real server, on the samples: an analyst decides
 * pairs through the API and through the review page (form with CSRF), a decided pair cannot be decided again,
 * an absorbed identifier redirects, a golden value set by an analyst wins and says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewWebTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Runs runs;

	@Autowired
	ReviewQueue queue;

	WebClient viewer;

	WebClient analyst;

	@BeforeEach
	void importTheSamples(@TempDir Path later) throws Exception {
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(Path.of("input-samples"));
		// a later list names a known pole a little differently, from another commune of its département: a question
		// for an analyst (the samples' own look-alikes that share only their commune are not asked about)
		Files.writeString(later.resolve("reseau-drome-2025.csv"),
				"Nom du pôle;Code postal;Commune;Département\nPôle Sud Archer Coopératif;26000;Valence;26\n");
		this.runs.importInbox(later);
		this.viewer = WebClient.api(this.port, "lecteur", "lecteur-test");
		this.analyst = WebClient.api(this.port, "analyste", "analyste-test");
	}

	@Test
	void anAnalystDecidesPairsThroughTheApiAndADecidedPairIsNotDecidedTwice() throws Exception {
		assertThat(this.viewer.get("/api/resolution/revue").statusCode()).isEqualTo(403);
		HttpResponse<String> queue = this.analyst.get("/api/resolution/revue");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("\"field\":\"porteuse\"", "Bray Énergies Citoyennes",
				"Pôle Sud Archer Coopératif").doesNotContain("Pôle Vosges Alimentation Durable");
		List<ReviewQueue.Pair> pairs = this.queue.pending(100);
		assertThat(pairs).hasSize(2);

		HttpResponse<String> decided = this.analyst.postJson("/api/resolution/revue/" + pairs.get(0).id(),
				"{\"decision\":\"DIFFERENT\"}");
		assertThat(decided.statusCode()).isEqualTo(200);
		assertThat(decided.body()).contains("\"status\":\"DIFFERENT\"", "\"decidedBy\":\"analyste\"");
		HttpResponse<String> again = this.analyst.postJson("/api/resolution/revue/" + pairs.get(0).id(),
				"{\"decision\":\"SAME\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(again.body()).contains("déjà été décidée");
		assertThat(this.analyst.postJson("/api/resolution/revue/" + pairs.get(1).id(), "{}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void pairsAboveAScoreAreAcceptedTogetherAfterAPreview() throws Exception {
		List<ReviewQueue.Pair> pairs = this.queue.pending(100);
		double lowest = pairs.stream().mapToDouble(ReviewQueue.Pair::score).min().orElseThrow();
		double highest = pairs.stream().mapToDouble(ReviewQueue.Pair::score).max().orElseThrow();
		int poles = this.jdbc.queryForObject("select count(*) from pole", Integer.class);

		HttpResponse<String> preview = this.analyst.get("/api/resolution/revue/lot?score=" + highest);
		assertThat(preview.body()).contains("\"paires\":1");
		assertThat(this.jdbc.queryForObject("select count(*) from pole", Integer.class)).as("a preview changes nothing")
			.isEqualTo(poles);
		assertThat(this.analyst.get("/revue?lot=" + lowest).body()).contains("2 paires de score ≥");

		HttpResponse<String> accepted = this.analyst.postJson("/api/resolution/revue/lot?score=" + highest, "");
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).contains("\"fusionnees\":1");
		assertThat(this.jdbc.queryForObject("select count(*) from pole", Integer.class)).isEqualTo(poles - 1);
		assertThat(this.queue.pending(100)).hasSize(1);
		assertThat(this.viewer.postJson("/api/resolution/revue/lot?score=0", "").statusCode()).isEqualTo(403);
	}

	@Test
	void anAbsorbedIdentifierRedirectsToThePoleThatAbsorbedIt() throws Exception {
		ReviewQueue.Pair pair = this.queue.pending(100).get(0);
		String kept = pair.poleA().id();
		String absorbed = pair.poleB().id();

		HttpResponse<String> merged = this.analyst.postJson("/api/resolution/decisions",
				"{\"poleA\":\"" + absorbed + "\",\"poleB\":\"" + kept + "\",\"decision\":\"SAME\"}");

		assertThat(merged.statusCode()).isEqualTo(200);
		HttpResponse<String> redirect = this.analyst.get("/api/poles/" + absorbed);
		assertThat(redirect.statusCode()).isEqualTo(301);
		assertThat(redirect.headers().firstValue("Location")).hasValue("/api/poles/" + kept);
		HttpResponse<String> pole = this.analyst.get("/api/poles/" + kept);
		assertThat(pole.body()).contains("\"absorbed\":[\"" + absorbed + "\"]", "meilleure source");
		assertThat(this.analyst.get("/api/poles/PTCE-999999").statusCode()).isEqualTo(404);
	}

	@Test
	void theReviewPageShowsEachPairSideBySideWithItsTwoButtons() throws Exception {
		WebClient browser = WebClient.browser(this.port);
		browser.login("analyste", "analyste-test");
		ReviewQueue.Pair pair = this.queue.pending(100).get(0);

		String page = browser.get("/revue").body();
		assertThat(page).contains("Revue des doublons possibles", pair.poleA().id(), pair.poleB().id(), "Même pôle",
				"Pôles différents", "Structure porteuse", "<span>2</span> paires à revoir, présentées ci-dessous");
		// each field and level in words: « même commune », never the settings' code « commune » alone
		assertThat(page).contains("même commune", "Territoire").doesNotContain(">territoire<", ">porteuse<");
		assertThat(this.analyst.get("/api/resolution/revue?limit=1").body()).contains(pair.poleB().id())
			.doesNotContain(this.queue.pending(100).get(1).poleB().id());

		HttpResponse<String> decided = browser.postForm("/revue/" + pair.id(), Map.of("decision", "SAME"), "/revue");
		assertThat(decided.statusCode()).isEqualTo(302);
		assertThat(browser.get("/revue").body()).contains("Pôles fusionnés : " + pair.poleA().id() + " est conservé.");
		assertThat(this.jdbc.queryForObject("select count(*) from pole where id = ?", Integer.class,
				pair.poleB().id())).isZero();
	}

	@Test
	void aValueSetByAnAnalystWinsAndTheLineageAccountsForEveryRow() throws Exception {
		String pole = this.jdbc.queryForObject("select id from pole where name_key = 'pays bray'", String.class);

		HttpResponse<String> set = this.analyst.putJson("/api/poles/" + pole + "/champs/website",
				"{\"value\":\"https://paysdebray.example.org\"}");

		assertThat(set.statusCode()).isEqualTo(200);
		assertThat(set.body()).contains("\"website\":\"https://paysdebray.example.org\"",
				"valeur fixée par analyste");
		assertThat(this.analyst.putJson("/api/poles/" + pole + "/champs/inconnu", "{\"value\":\"x\"}").statusCode())
			.isEqualTo(400);
		HttpResponse<String> lineage = this.analyst.get("/api/lineage.csv");
		assertThat(lineage.statusCode()).isEqualTo(200);
		assertThat(lineage.body().lines().count()).as("the samples' 47 rows and the later list's one").isEqualTo(1 + 47 + 1);
		assertThat(this.viewer.get("/api/lineage.csv").statusCode()).isEqualTo(403);
	}

	@Test
	void anAnalystSplitsARowWronglyAttachedOffItsPoleThroughTheApi() throws Exception {
		String pole = this.jdbc.queryForObject("""
				select pole_id from pole_record where pole_id is not null group by pole_id having count(*) >= 2
				order by pole_id limit 1""", String.class);
		long row = this.jdbc.queryForObject("select max(raw_row_id) from pole_record where pole_id = ?", Long.class, pole);

		HttpResponse<String> split = this.analyst.postJson("/api/poles/" + pole + "/separation",
				"{\"rows\":[" + row + "]}");

		assertThat(split.statusCode()).isEqualTo(200);
		String newPole = this.jdbc.queryForObject("select pole_id from pole_record where raw_row_id = ?", String.class,
				row);
		assertThat(newPole).isNotEqualTo(pole);
		assertThat(split.body()).contains("\"pole\":\"" + pole + "\"", "\"nouveauPole\":\"" + newPole + "\"");
		assertThat(this.analyst.get("/api/poles/" + newPole).statusCode()).isEqualTo(200);
		// the two are two poles from now on: a later run never merges them again
		assertThat(this.jdbc.queryForObject("select count(*) from review_pair where status = 'DIFFERENT'", Integer.class))
			.isEqualTo(1);
		HttpResponse<String> empty = this.analyst.postJson("/api/poles/" + pole + "/separation", "{\"rows\":[]}");
		assertThat(empty.statusCode()).isEqualTo(400);
		assertThat(empty.body()).contains("Les lignes à séparer");
		assertThat(this.viewer.postJson("/api/poles/" + pole + "/separation", "{\"rows\":[" + row + "]}").statusCode())
			.isEqualTo(403);
	}

	@Test
	void theMatchingWeightsAreShownBesideThoseEmEstimatesOnTheRecords() throws Exception {
		HttpResponse<String> weights = this.analyst.get("/api/resolution/poids?estimation=em");

		assertThat(weights.statusCode()).isEqualTo(200);
		assertThat(weights.body()).contains("\"configures\"", "\"estimes\"", "\"partDesAppariements\"", "\"NAME\"",
				"\"identique\"", "\"territoire-seul\"").doesNotContain("PLACE_ONLY");
		assertThat(this.analyst.get("/api/resolution/poids").body()).doesNotContain("\"estimes\"");
	}

}
