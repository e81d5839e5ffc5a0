package fr.ptce.observatory.resolution;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.corpus.ResolutionTruth;
import fr.ptce.observatory.operations.Runs;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports a corpus of {@link fr.ptce.observatory.corpus.ResolutionCorpus} as the nightly run does, on an emptied
 * database, reports its year and scores the outcome against the corpus's truth: pole and member B-cubed, the precision
 * of automatic merges, the review queue, the published « pôles actifs », and the mistakes behind each, to be printed
 * for the corpora that may be looked at.
 */
class ResolutionMeasurement {

	private final Runs runs;

	private final JdbcTemplate jdbc;

	ResolutionMeasurement(Runs runs, JdbcTemplate jdbc) {
		this.runs = runs;
		this.jdbc = jdbc;
	}

	record Figures(ClusterMetrics poles, double autoMergePrecision, ClusterMetrics members, int reviewPairs,
			int poleRows, long published, int truthActive, int rowsLost, List<String> splits, List<String> mixes,
			List<String> reviews, List<String> memberSplits, List<String> headline) {

		double reviewShare() {
			return (double) this.reviewPairs / this.poleRows;
		}

		double publishedError() {
			return (double) (this.published - this.truthActive) / this.truthActive;
		}

	}

	/** The mistakes of a corpus that may be looked at, under the label given. */
	static void printMistakes(String label, Figures figures) {
		System.out.println(label + " true poles split in several (" + figures.splits().size() + "):");
		figures.splits().forEach(split -> System.out.println("  " + split));
		System.out.println(label + " « pôles actifs » published apart from the truth (" + figures.headline().size() + "):");
		figures.headline().forEach(line -> System.out.println("  " + line));
		System.out.println(label + " poles mixing several true poles (" + figures.mixes().size() + "):");
		figures.mixes().forEach(mix -> System.out.println("  " + mix));
		System.out.println(label + " pairs left for review (" + figures.reviews().size() + "):");
		figures.reviews().forEach(review -> System.out.println("  " + review));
		System.out.println(label + " member organisations split in several (" + figures.memberSplits().size()
				+ "), the first 40:");
		figures.memberSplits().stream().limit(40).forEach(split -> System.out.println("  " + split));
	}

	Figures measure(ResolutionTruth truth, Path inbox) {
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(inbox);
		Map<String, String> redirects = new HashMap<>();
		this.jdbc.query("select from_id, to_id from pole_redirect", rs -> {
			redirects.put(rs.getString(1), rs.getString(2));
		});
		Map<ResolutionTruth.RowKey, ResolutionTruth.PoleRow> poleTruth = truth.poleRowsByKey();
		Map<ResolutionTruth.RowKey, ResolutionTruth.MemberRow> memberTruth = truth.memberRowsByKey();
		Map<String, String> truePoles = new HashMap<>();
		Map<String, String> foundPoles = new HashMap<>();
		Map<String, String> founderTruth = new HashMap<>();
		Map<String, String> mergedTruth = new HashMap<>();
		int[] lost = { 0 };
		Map<String, String> described = new HashMap<>();
		this.jdbc.query("""
				select f.name, w.sheet, w.row_number, p.pole_id, p.outcome, p.match_rule, p.name as pole_name,
				       p.commune as commune_code, p.departement as departement_code, p.siren, p.siret_role, p.match_rule as rule,
				       p.match_score as score
				from pole_record p join raw_row w on w.id = p.raw_row_id join source_file f on f.id = p.file_id""", rs -> {
			ResolutionTruth.PoleRow row = poleTruth.get(new ResolutionTruth.RowKey(rs.getString(1), rs.getString(2),
					rs.getInt(3)));
			if (row == null) {
				return;
			}
			String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3);
			String pole = rs.getString(4);
			if (pole == null) {
				lost[0]++;
				return;
			}
			truePoles.put(key, row.poleId());
			foundPoles.put(key, Redirects.follow(pole, redirects));
			described.put(key, "« " + rs.getString("pole_name") + " » " + rs.getString("commune_code") + "/"
					+ rs.getString("departement_code") + " siren " + rs.getString("siren") + "/" + rs.getString("siret_role")
					+ " " + rs.getString("rule") + ((rs.getObject("score") != null) ? " " + rs.getBigDecimal("score") : "")
					+ " (" + rs.getString(1) + ")");
			if ("ACCEPTED".equals(rs.getString(5))) {
				founderTruth.put(pole, row.poleId());
			}
			else if (!"lien".equals(rs.getString(6))) {
				mergedTruth.put(key, pole + "\u0000" + row.poleId());
			}
		});
		long rightMerges = mergedTruth.values().stream()
			.filter(merge -> merge.substring(merge.indexOf('\u0000') + 1)
				.equals(founderTruth.get(merge.substring(0, merge.indexOf('\u0000')))))
			.count();
		Map<String, String> trueOrganisations = new HashMap<>();
		Map<String, String> foundOrganisations = new HashMap<>();
		Map<String, String> describedMembers = new HashMap<>();
		this.jdbc.query("""
				select f.name, w.sheet, w.row_number, m.member_id, m.name as member_name, m.departement, m.siren
				from member_record m join raw_row w on w.id = m.raw_row_id join source_file f on f.id = m.file_id
				where m.member_id is not null""", rs -> {
			ResolutionTruth.MemberRow row = memberTruth.get(new ResolutionTruth.RowKey(rs.getString(1), rs.getString(2),
					rs.getInt(3)));
			if (row != null) {
				String key = rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3);
				trueOrganisations.put(key, row.organisationId());
				foundOrganisations.put(key, rs.getString(4));
				describedMembers.put(key, "« " + rs.getString("member_name") + " » " + rs.getString("departement")
						+ " siren " + rs.getString("siren") + " " + row.injected());
			}
		});
		int reviewPairs = this.jdbc.queryForObject("select count(*) from review_pair where status = 'PENDING'",
				Integer.class);
		this.runs.report(2025);
		Number published = this.jdbc.queryForObject("""
				select value from indicator_value where indicator = 'poles_actifs' and dimension = ''
				  and report_id = (select max(id) from report)""", Number.class);
		return new Figures(ClusterMetrics.of(truePoles, foundPoles),
				mergedTruth.isEmpty() ? 1 : (double) rightMerges / mergedTruth.size(),
				ClusterMetrics.of(trueOrganisations, foundOrganisations), reviewPairs, poleTruth.size(),
				(published != null) ? published.longValue() : 0, truth.activePoles(2025).size(), lost[0],
				splits(truePoles, foundPoles, described), mixes(truePoles, foundPoles, described),
				reviews(truePoles, foundPoles, described),
				memberSplits(trueOrganisations, foundOrganisations, describedMembers),
				headline(truePoles, foundPoles, truth.activePoles(2025)));
	}

	/** Each true organisation found as several: the rows of each, to see what kept them apart. */
	private static List<String> memberSplits(Map<String, String> trueOrganisations,
			Map<String, String> foundOrganisations, Map<String, String> described) {
		Map<String, Map<String, java.util.Set<String>>> byTruth = new TreeMap<>();
		trueOrganisations.forEach((key, truth) -> byTruth.computeIfAbsent(truth, t -> new TreeMap<>())
			.computeIfAbsent(foundOrganisations.get(key), f -> new java.util.TreeSet<>())
			.add(described.get(key)));
		List<String> splits = new ArrayList<>();
		byTruth.forEach((truth, found) -> {
			if (found.size() > 1) {
				splits.add(truth + " -> " + found);
			}
		});
		return splits;
	}

	/** Each true pole found as several poles: the rows of each found pole, to see what kept them apart. */
	private List<String> splits(Map<String, String> truePoles, Map<String, String> foundPoles,
			Map<String, String> described) {
		Map<String, Map<String, List<String>>> byTruth = new TreeMap<>();
		truePoles.forEach((key, truth) -> byTruth.computeIfAbsent(truth, t -> new TreeMap<>())
			.computeIfAbsent(foundPoles.get(key), f -> new ArrayList<>())
			.add(described.get(key)));
		List<String> splits = new ArrayList<>();
		byTruth.forEach((truth, found) -> {
			if (found.size() > 1) {
				String[] ids = found.keySet().toArray(String[]::new);
				List<String> pairs = this.jdbc.query("""
						select pole_a || '~' || pole_b || ' ' || score || ' ' || explanation::text from review_pair
						where pole_a = any(?) and pole_b = any(?)""", (rs, n) -> rs.getString(1), ids, ids);
				splits.add(truth + " -> " + found + (pairs.isEmpty() ? " (no pair for review)" : " review: " + pairs));
			}
		});
		return splits;
	}

	/**
	 * What makes the published count of active poles differ from the truth: poles published as active whose rows
	 * belong to no pole truly active, and true active poles published as several, or not at all.
	 */
	private List<String> headline(Map<String, String> truePoles, Map<String, String> foundPoles,
			java.util.Set<String> trulyActive) {
		java.util.Set<String> published = new java.util.HashSet<>(this.jdbc.queryForList("""
				select pole_id from pole_year
				where year = 2025 and (status is null or status not in ('dissous', 'en sommeil'))""", String.class));
		Map<String, java.util.Set<String>> truthsOfFound = new TreeMap<>();
		Map<String, java.util.Set<String>> publishedOfTruth = new TreeMap<>();
		foundPoles.forEach((key, found) -> {
			truthsOfFound.computeIfAbsent(found, f -> new java.util.TreeSet<>()).add(truePoles.get(key));
			if (published.contains(found)) {
				publishedOfTruth.computeIfAbsent(truePoles.get(key), t -> new java.util.TreeSet<>()).add(found);
			}
		});
		List<String> lines = new ArrayList<>();
		published.stream().sorted().forEach(found -> {
			java.util.Set<String> truths = truthsOfFound.getOrDefault(found, java.util.Set.of());
			if (truths.stream().noneMatch(trulyActive::contains)) {
				lines.add("published active, truly not: " + found + " " + truths);
			}
		});
		trulyActive.forEach(truth -> {
			java.util.Set<String> found = publishedOfTruth.getOrDefault(truth, java.util.Set.of());
			if (found.size() != 1) {
				lines.add("truly active, published " + found.size() + " times: " + truth + " " + found);
			}
		});
		return lines;
	}

	/** Each pole found that holds rows of several true poles: its rows by true pole, to see what joined them. */
	private static List<String> mixes(Map<String, String> truePoles, Map<String, String> foundPoles,
			Map<String, String> described) {
		Map<String, Map<String, List<String>>> byFound = new TreeMap<>();
		foundPoles.forEach((key, found) -> byFound.computeIfAbsent(found, f -> new TreeMap<>())
			.computeIfAbsent(truePoles.get(key), t -> new ArrayList<>())
			.add(described.get(key)));
		List<String> mixes = new ArrayList<>();
		byFound.forEach((found, truths) -> {
			if (truths.size() > 1) {
				mixes.add(found + " <- " + truths);
			}
		});
		return mixes;
	}

	/** Each pair left for review: whether its two poles are truly one, its score and its levels. */
	private List<String> reviews(Map<String, String> truePoles, Map<String, String> foundPoles,
			Map<String, String> described) {
		Map<String, String> truthOfPole = new HashMap<>();
		Map<String, String> nameOfPole = new HashMap<>();
		foundPoles.forEach((key, pole) -> {
			truthOfPole.putIfAbsent(pole, truePoles.get(key));
			nameOfPole.putIfAbsent(pole, described.get(key));
		});
		return this.jdbc.query("select pole_a, pole_b, score, explanation::text from review_pair where status = 'PENDING'",
				(rs, n) -> {
					String a = rs.getString(1);
					String b = rs.getString(2);
					boolean same = truthOfPole.get(a) != null && truthOfPole.get(a).equals(truthOfPole.get(b));
					return (same ? "SAME " : "DIFF ") + rs.getBigDecimal(3) + " " + nameOfPole.get(a) + " ~ "
							+ nameOfPole.get(b) + " " + rs.getString(4).replaceAll("\\{\"field\": \"(\\w+)\", \"level\": \"([\\w-]+)\", \"weight\": ([-\\d.]+)\\}", "$1=$2")
						.replace(", sigle=absent", "").replace(", porteuse=absent", "").replace(", domaine=absent", "")
						.replace(", membres=absent", "").replace(", siren=absent", "");
				});
	}

	static void row(String label, List<Figures> all, Function<Figures, String> value) {
		StringBuilder line = new StringBuilder(String.format("  %-44s", label));
		all.forEach(figures -> line.append(String.format(" %-22s", value.apply(figures))));
		System.out.println(line.toString().stripTrailing());
	}

	static String bcubed(ClusterMetrics metrics) {
		return format(metrics.bcubedPrecision()) + " / " + format(metrics.bcubedRecall()) + " / "
				+ format(metrics.bcubedF1());
	}

	static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%+.1f %%", share * 100);
	}

}
