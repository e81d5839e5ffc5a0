package fr.ptce.observatory.resolution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.ptce.observatory.TestDatabase;
import fr.ptce.observatory.ingestion.Folding;
import fr.ptce.observatory.operations.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resolution measured on real, public data nobody tuned on (issue #13): a national register of 6,059
 * apprenticeship training centres and sixteen lists kept by networks (2,988 rows), from Mission Apprentissage's
 * public repository under the MIT licence (see {@code src/test/resources/external/mission-apprentissage/README.md}).
 * Each is written as a network file (name, carrier, address, postal code, commune; never the SIRET, which is the
 * truth) and imported as the nightly run does. Printed next to a naive baseline computed here: accents folded,
 * a list row linked to the register row of its département whose name shares most words (Jaccard ≥ 0.5).
 */
@SpringBootTest
class ExternalRegisterTest {

	private static final String FOLDER = "/external/mission-apprentissage/";

	/** A postal code and the commune after it, at the end of an address. */
	private static final Pattern POSTAL_AND_COMMUNE = Pattern.compile("(\\d{5})\\s+([^\\d].*)$");

	@Autowired
	Runs runs;

	@Autowired
	JdbcTemplate jdbc;

	/** A row written in a network file: the file, its line, the establishment (SIRET) it is. */
	record Row(String file, int line, String siret, String name, String carrier, String address, String postalCode,
			String commune, String departement, boolean register) {

		String key() {
			return this.file + "|" + this.line;
		}

	}

	@Test
	void aRealRegisterAndSixteenNetworkListsAreLinkedBetterThanANaiveBaseline(@TempDir Path inbox) throws IOException {
		List<Row> rows = write(inbox);
		TestDatabase.empty(this.jdbc);
		this.runs.importInbox(inbox);

		Map<String, String> redirects = new HashMap<>();
		this.jdbc.query("select from_id, to_id from pole_redirect", rs -> {
			redirects.put(rs.getString(1), rs.getString(2));
		});
		Map<String, String> found = new HashMap<>();
		this.jdbc.query("""
				select f.name, w.row_number, p.pole_id from pole_record p join raw_row w on w.id = p.raw_row_id
				join source_file f on f.id = p.file_id where p.pole_id is not null""", rs -> {
			found.put(rs.getString(1) + "|" + rs.getInt(2), Redirects.follow(rs.getString(3), redirects));
		});
		Map<String, String> baseline = baseline(rows);

		// rows without a name are left out of both: neither can link them
		List<Row> named = rows.stream().filter(row -> !row.name().isBlank()).toList();
		Map<String, String> truth = new HashMap<>();
		named.forEach(row -> truth.put(row.key(), row.siret()));
		Map<String, String> observatory = new HashMap<>();
		int unresolved = 0;
		for (Row row : named) {
			String pole = found.get(row.key());
			observatory.put(row.key(), (pole != null) ? pole : "non-resolu-" + row.key());
			unresolved += (pole == null) ? 1 : 0;
		}
		Map<String, String> naive = new HashMap<>();
		named.forEach(row -> naive.put(row.key(), baseline.get(row.key())));

		ClusterMetrics ours = ClusterMetrics.of(truth, observatory);
		ClusterMetrics theirs = ClusterMetrics.of(truth, naive);
		double oursLinked = linkedShare(named, observatory);
		double naiveLinked = linkedShare(named, naive);
		int reviewPairs = this.jdbc.queryForObject("select count(*) from review_pair where status = 'PENDING'",
				Integer.class);
		int usefulPairs = pairsOfOneEstablishment(named, observatory, redirects);
		long listRows = named.stream().filter(row -> !row.register()).count();
		// issue #14 asks this resolution under 3 s (for about 6,000 register rows and 1,400 list rows): printed, the
		// step's own time as Spring Batch recorded it
		double resolution = this.jdbc.queryForObject("""
				select extract(epoch from end_time - start_time) from batch_step_execution
				where step_name = 'resolvePoles' order by step_execution_id desc limit 1""", Double.class);

		System.out.println("Real register and network lists (Mission Apprentissage, MIT), SIRET as truth");
		System.out.printf(Locale.ROOT, "  rows: %d register, %d list rows with a name (%d rows without one left out)%n",
				named.stream().filter(Row::register).count(), listRows, rows.size() - named.size());
		System.out.printf(Locale.ROOT, "  %-46s %-22s %s%n", "", "observatory", "naive baseline");
		System.out.printf(Locale.ROOT, "  %-46s %-22s %s%n", "B-cubed precision / recall / F1", bcubed(ours),
				bcubed(theirs));
		System.out.printf(Locale.ROOT, "  %-46s %-22s %s%n", "list rows linked to their establishment",
				format(oursLinked), format(naiveLinked));
		System.out.printf(Locale.ROOT, "  %-46s %-22s %s%n", "pairs left for review (of one establishment)",
				reviewPairs + " (" + usefulPairs + ")", "-");
		System.out.printf(Locale.ROOT, "  %-46s %-22s %s%n", "rows not resolved (quarantined)", unresolved, "-");
		System.out.printf(Locale.ROOT, "  %-46s %-22s %s%n", "resolution step (poles, members, golden records)",
				String.format(Locale.ROOT, "%.1f s", resolution), "-");

		// measured 2026-11-30, no rule tuned on this data: observatory B-cubed F1 0.949 and 0.764 of list rows
		// linked (first run), then 0.955 and 0.774 once widespread words had to be frequent too (a change made for the
		// synthetic benchmark); baseline 0.938 and 0.683; 5,569 pairs for review (3,663 once a pair needs some
		// identity evidence to be asked about), 141 rows quarantined. The issue
		// asks to stay ahead of the baseline on both figures; the floors below keep what was reached
		assertThat(ours.bcubedF1()).isGreaterThan(theirs.bcubedF1()).isGreaterThanOrEqualTo(0.94);
		assertThat(oursLinked).isGreaterThan(naiveLinked).isGreaterThanOrEqualTo(0.75);
	}

	/** How many pending review pairs join two poles that hold rows of one establishment (a pair worth asking). */
	private int pairsOfOneEstablishment(List<Row> rows, Map<String, String> clusters, Map<String, String> redirects) {
		Map<String, Set<String>> siretsByPole = new HashMap<>();
		rows.forEach(row -> siretsByPole.computeIfAbsent(clusters.get(row.key()), pole -> new HashSet<>()).add(row.siret()));
		int useful = 0;
		for (Map<String, Object> pair : this.jdbc.queryForList("select pole_a, pole_b from review_pair where status = 'PENDING'")) {
			Set<String> a = siretsByPole.getOrDefault(Redirects.follow((String) pair.get("pole_a"), redirects), Set.of());
			Set<String> b = siretsByPole.getOrDefault(Redirects.follow((String) pair.get("pole_b"), redirects), Set.of());
			if (a.stream().anyMatch(b::contains)) {
				useful++;
			}
		}
		return useful;
	}

	/** Share of the list rows whose establishment is in the register that end in the same pole as its row there. */
	private static double linkedShare(List<Row> rows, Map<String, String> clusters) {
		Map<String, String> registerCluster = new HashMap<>();
		rows.stream().filter(Row::register).forEach(row -> registerCluster.put(row.siret(), clusters.get(row.key())));
		int inRegister = 0;
		int linked = 0;
		for (Row row : rows) {
			if (!row.register() && registerCluster.containsKey(row.siret())) {
				inRegister++;
				linked += registerCluster.get(row.siret()).equals(clusters.get(row.key())) ? 1 : 0;
			}
		}
		return (double) linked / inRegister;
	}

	/**
	 * The naive baseline: every register row its own establishment; a list row joins the register row of the same
	 * département whose folded name shares most words with its own (Jaccard ≥ 0.5), else stays alone.
	 */
	private static Map<String, String> baseline(List<Row> rows) {
		Map<String, List<Row>> registerByDepartement = new HashMap<>();
		Map<String, String> clusters = new HashMap<>();
		for (Row row : rows) {
			if (row.register()) {
				clusters.put(row.key(), "R" + row.key());
				registerByDepartement.computeIfAbsent(row.departement(), d -> new ArrayList<>()).add(row);
			}
		}
		for (Row row : rows) {
			if (row.register()) {
				continue;
			}
			Set<String> words = words(row.name());
			Row best = null;
			double bestSimilarity = 0;
			for (Row candidate : registerByDepartement.getOrDefault(row.departement(), List.of())) {
				Set<String> other = words(candidate.name());
				Set<String> union = new HashSet<>(words);
				union.addAll(other);
				Set<String> common = new HashSet<>(words);
				common.retainAll(other);
				double similarity = union.isEmpty() ? 0 : (double) common.size() / union.size();
				if (similarity > bestSimilarity) {
					best = candidate;
					bestSimilarity = similarity;
				}
			}
			clusters.put(row.key(), (best != null && bestSimilarity >= 0.5) ? "R" + best.key() : "L" + row.key());
		}
		return clusters;
	}

	private static Set<String> words(String name) {
		return new HashSet<>(Arrays.asList(Folding.fold(name).split(" ")));
	}

	/** Writes the register and each network's list as CSV network files; returns every row written. */
	private static List<Row> write(Path inbox) throws IOException {
		List<Row> rows = new ArrayList<>();
		List<String[]> register = read("registre-organismes.csv");
		try (Writer out = Files.newBufferedWriter(inbox.resolve("registre-organismes-2025.csv"), StandardCharsets.UTF_8)) {
			header(out);
			int line = 1;
			for (String[] cells : register) {
				line++;
				String departement = cells[3];
				Matcher place = POSTAL_AND_COMMUNE.matcher(cells[5]);
				String postalCode = place.find() ? place.group(1) : "";
				Row row = row("registre-organismes-2025.csv", line, cells[0], cells[1], cells[2], cells[5], postalCode,
						cells[4], departement, true);
				write(out, row);
				rows.add(row);
			}
		}
		Map<String, List<String[]>> lists = new LinkedHashMap<>();
		for (String[] cells : read("listes-reseaux.csv")) {
			lists.computeIfAbsent(cells[0], network -> new ArrayList<>()).add(cells);
		}
		for (Map.Entry<String, List<String[]>> list : lists.entrySet()) {
			String file = "liste-" + list.getKey() + "-2025.csv";
			try (Writer out = Files.newBufferedWriter(inbox.resolve(file), StandardCharsets.UTF_8)) {
				header(out);
				int line = 1;
				for (String[] cells : list.getValue()) {
					line++;
					Matcher place = POSTAL_AND_COMMUNE.matcher(cells[4]);
					String postalCode = place.find() ? place.group(1) : "";
					String commune = (postalCode.isEmpty()) ? "" : place.group(2).strip();
					Row row = row(file, line, cells[1], cells[2], cells[3], cells[4], postalCode, commune,
							departementOf(postalCode), false);
					write(out, row);
					rows.add(row);
				}
			}
		}
		return rows;
	}

	/** The name a list shows: the trading name when there is one (then the company is its carrier), else the company. */
	private static Row row(String file, int line, String siret, String company, String tradingName, String address,
			String postalCode, String commune, String departement, boolean register) {
		boolean traded = !tradingName.isBlank();
		return new Row(file, line, siret, traded ? tradingName : company, traded ? company : "", address, postalCode,
				commune, departement, register);
	}

	private static String departementOf(String postalCode) {
		if (postalCode.length() != 5) {
			return "";
		}
		if (postalCode.startsWith("97")) {
			return postalCode.substring(0, 3);
		}
		if (postalCode.startsWith("20")) {
			return (postalCode.compareTo("20200") < 0) ? "2A" : "2B";
		}
		return postalCode.substring(0, 2);
	}

	private static void header(Writer out) throws IOException {
		out.write("Nom du pôle;Structure porteuse;Adresse;Code postal;Commune;Département\n");
	}

	private static void write(Writer out, Row row) throws IOException {
		out.write(String.join(";", csv(row.name()), csv(row.carrier()), csv(row.address()), row.postalCode(),
				csv(row.commune()), row.departement()) + "\n");
	}

	private static String csv(String value) {
		return (value.contains(";") || value.contains("\"")) ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static List<String[]> read(String name) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				ExternalRegisterTest.class.getResourceAsStream(FOLDER + name), StandardCharsets.UTF_8))) {
			return reader.lines().skip(1).map(line -> line.split(";", -1)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String bcubed(ClusterMetrics metrics) {
		return format(metrics.bcubedPrecision()) + " / " + format(metrics.bcubedRecall()) + " / "
				+ format(metrics.bcubedF1());
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

}
