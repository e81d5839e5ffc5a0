package fr.ptce.observatory.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import fr.ptce.observatory.normalisation.Territory;

/**
 * The indicators of SPEC §5 computed from the facts of the poles observed in a year: each in one method named
 * after it, each figure with its coverage (how many poles informed it). Pure: no database, so each can be
 * checked on a dataset computed by hand.
 * <p>
 * Over 250 lines because families 1–9 of the specification are one pure calculation over a year's pole facts: one
 * method per family, all adding to the same list under the same coverage rules ({@code countBy}, {@code percent},
 * {@code median}), each checkable against figures computed by hand.
 */
public final class Indicators {

	static final String NOT_INFORMED = "Non renseigné";

	static final String ALL = "";

	private final int year;

	private final List<PoleFacts> observed;

	private final List<PoleFacts> active;

	private final Territory territory;

	private final List<IndicatorValue> values = new ArrayList<>();

	private Indicators(int year, List<PoleFacts> observed, Territory territory) {
		this.year = year;
		this.observed = observed;
		this.active = observed.stream().filter(PoleFacts::active).toList();
		this.territory = territory;
	}

	/** Every indicator of families 1 to 8 for the year, from the facts of the poles observed that year. */
	public static List<IndicatorValue> of(int year, List<PoleFacts> observed, Territory territory) {
		Indicators indicators = new Indicators(year, observed, territory);
		indicators.activePoles();
		indicators.legalForms();
		indicators.laureates();
		indicators.siae();
		indicators.members();
		indicators.sectors();
		indicators.jobsAndBudgets();
		indicators.age();
		return List.copyOf(indicators.values);
	}

	/** Family 9: active poles per observation year, and poles created per year, over all observed years. */
	public static List<IndicatorValue> evolution(Map<Integer, List<PoleFacts>> observedByYear) {
		List<IndicatorValue> values = new ArrayList<>();
		new TreeMap<>(observedByYear).forEach((year, observed) -> {
			int active = (int) observed.stream().filter(PoleFacts::active).count();
			values.add(new IndicatorValue(Indicator.EVOLUTION_ACTIFS, String.valueOf(year), number(active), active));
		});
		// one creation year per pole, the one its latest observation declares: a pole whose networks corrected its
		// creation year is counted once, in the corrected year
		Map<String, Integer> creation = new java.util.HashMap<>();
		new TreeMap<>(observedByYear).descendingMap().values().stream().flatMap(List::stream)
			.filter(facts -> facts.creationYear() != null)
			.forEach(facts -> creation.putIfAbsent(facts.poleId(), facts.creationYear()));
		Map<Integer, Integer> polesCreated = new TreeMap<>();
		creation.values().forEach(year -> polesCreated.merge(year, 1, Integer::sum));
		int informed = creation.size();
		polesCreated.forEach((year, poles) -> values.add(
				new IndicatorValue(Indicator.EVOLUTION_NOUVEAUX, String.valueOf(year), number(poles), informed)));
		return values;
	}

	private void activePoles() {
		int total = this.active.size();
		add(Indicator.POLES_ACTIFS, ALL, total, total);
		Map<String, Integer> byRegion = countBy(PoleFacts::region);
		int withRegion = total - byRegion.getOrDefault(null, 0);
		byRegion.forEach((code, count) -> {
			add(Indicator.POLES_ACTIFS_PAR_REGION, regionName(code), count, withRegion);
			this.territory.region(code).filter(region -> region.population() > 0)
				.ifPresent(region -> add(Indicator.POLES_PAR_MILLION_HABITANTS, region.name(),
						ratio(count * 1_000_000L, region.population(), 2), withRegion));
		});
		Map<String, Integer> byDepartement = countBy(PoleFacts::departement);
		int withDepartement = total - byDepartement.getOrDefault(null, 0);
		byDepartement.forEach((code, count) -> add(Indicator.POLES_ACTIFS_PAR_DEPARTEMENT,
				(code != null) ? this.territory.departement(code).map(d -> code + " " + d.name()).orElse(code)
						: NOT_INFORMED,
				count, withDepartement));
		int withCreationYear = (int) this.active.stream().filter(facts -> facts.creationYear() != null).count();
		add(Indicator.NOUVEAUX_POLES, ALL,
				this.active.stream().filter(facts -> Integer.valueOf(this.year).equals(facts.creationYear())).count(),
				withCreationYear);
		int withStatus = (int) this.observed.stream().filter(facts -> facts.status() != null).count();
		add(Indicator.POLES_DISSOUS, ALL,
				this.observed.stream().filter(facts -> "dissous".equals(facts.status())).count(), withStatus);
	}

	private void legalForms() {
		Map<String, Integer> byForm = countBy(PoleFacts::legalForm);
		int informed = this.active.size() - byForm.getOrDefault(null, 0);
		byForm.forEach((form, count) -> {
			if (form != null) {
				add(Indicator.FORME_JURIDIQUE, form, count, informed);
				add(Indicator.PART_FORME_JURIDIQUE, form, percent(count, informed), informed);
			}
		});
		if (informed > 0) {
			add(Indicator.PART_FORME_ASSOCIATIVE, ALL, percent(byForm.getOrDefault("association", 0), informed),
					informed);
		}
	}

	private void laureates() {
		// only the poles some file says something about: unknown is no figure, never 0
		List<PoleFacts> informed = this.active.stream().filter(facts -> facts.laureates() != null).toList();
		if (informed.isEmpty()) {
			return;
		}
		Map<String, Integer> byCall = new TreeMap<>();
		informed.forEach(facts -> facts.laureates().forEach(call -> byCall.merge(call, 1, Integer::sum)));
		int total = informed.size();
		add(Indicator.LAUREATS_ACTIFS, ALL, informed.stream().filter(facts -> !facts.laureates().isEmpty()).count(),
				total);
		byCall.forEach((call, count) -> add(Indicator.LAUREATS_ACTIFS, call, count, total));
	}

	private void siae() {
		List<PoleFacts> informed = withMembers();
		long involving = informed.stream().filter(facts -> facts.members().siae() > 0).count();
		add(Indicator.POLES_AVEC_SIAE, ALL, involving, informed.size());
		if (!informed.isEmpty()) {
			add(Indicator.PART_POLES_AVEC_SIAE, ALL, percent(involving, informed.size()), informed.size());
		}
		add(Indicator.MEMBRES_SIAE, ALL, informed.stream().mapToLong(facts -> facts.members().siae()).sum(),
				informed.size());
	}

	private void members() {
		List<PoleFacts> informed = withMembers();
		int n = informed.size();
		Map<String, Function<PoleFacts.Composition, Integer>> categories = new LinkedHashMap<>();
		categories.put("entreprises ESS", PoleFacts.Composition::ess);
		categories.put("entreprises classiques", PoleFacts.Composition::classic);
		categories.put("collectivités", PoleFacts.Composition::authorities);
		categories.put("recherche / enseignement supérieur", PoleFacts.Composition::research);
		categories.put("organismes de formation", PoleFacts.Composition::training);
		categories.put("autres (organismes publics, citoyens…)", PoleFacts.Composition::other);
		categories.forEach((label, category) -> add(Indicator.MEMBRES_PAR_CATEGORIE, label,
				informed.stream().mapToLong(facts -> category.apply(facts.members())).sum(), n));
		add(Indicator.MEMBRES_PAR_CATEGORIE, "total", informed.stream().mapToLong(facts -> facts.members().total()).sum(),
				n);
		if (n == 0) {
			return;
		}
		List<BigDecimal> totals = informed.stream().map(facts -> number(facts.members().total())).toList();
		add(Indicator.MEMBRES_PAR_POLE, "moyenne",
				ratio(totals.stream().mapToLong(BigDecimal::longValue).sum(), n, 1), n);
		add(Indicator.MEMBRES_PAR_POLE, "médiane", median(totals), n);
		share(Indicator.COMPOSITION, "au moins une entreprise classique", informed, facts -> facts.members().classic() > 0);
		share(Indicator.COMPOSITION, "au moins une collectivité", informed, facts -> facts.members().authorities() > 0);
		share(Indicator.COMPOSITION, "au moins un organisme de recherche ou d'enseignement supérieur", informed,
				facts -> facts.members().research() > 0);
		share(Indicator.COMPOSITION, "entreprise ESS, entreprise classique et collectivité", informed,
				facts -> facts.members().ess() > 0 && facts.members().classic() > 0 && facts.members().authorities() > 0);
		share(Indicator.COMPOSITION, "composition exigée par le décret n° 2015-431", informed,
				facts -> facts.members().meetsDecree2015431());
	}

	private void sectors() {
		List<PoleFacts> informed = this.active.stream().filter(facts -> !facts.sectors().isEmpty()).toList();
		Map<String, Integer> bySector = new LinkedHashMap<>();
		informed.forEach(facts -> facts.sectors().forEach(sector -> bySector.merge(sector, 1, Integer::sum)));
		sorted(bySector).forEach((sector, count) -> add(Indicator.POLES_PAR_FILIERE, sector, count, informed.size()));
	}

	private void jobsAndBudgets() {
		List<BigDecimal> jobs = this.active.stream().filter(facts -> facts.jobsCreated() != null)
			.map(facts -> number(facts.jobsCreated())).toList();
		add(Indicator.EMPLOIS_CREES, "total", sum(jobs), jobs.size());
		if (!jobs.isEmpty()) {
			add(Indicator.EMPLOIS_CREES, "médiane", median(jobs), jobs.size());
		}
		List<BigDecimal> budgets = this.active.stream().map(PoleFacts::budget).filter(java.util.Objects::nonNull).toList();
		add(Indicator.BUDGET, "total", sum(budgets), budgets.size());
		if (!budgets.isEmpty()) {
			add(Indicator.BUDGET, "médiane", median(budgets), budgets.size());
		}
	}

	private void age() {
		List<Integer> years = this.active.stream().map(PoleFacts::creationYear).filter(java.util.Objects::nonNull)
			.sorted().toList();
		Map<Integer, Integer> byYear = new TreeMap<>();
		years.forEach(year -> byYear.merge(year, 1, Integer::sum));
		byYear.forEach((year, count) -> add(Indicator.ANNEE_CREATION, String.valueOf(year), count, years.size()));
		if (!years.isEmpty()) {
			add(Indicator.AGE_MEDIAN, ALL, median(years.stream().map(year -> number(this.year - year)).toList()),
					years.size());
		}
	}

	private List<PoleFacts> withMembers() {
		return this.active.stream().filter(facts -> facts.members() != null).toList();
	}

	private void share(Indicator indicator, String dimension, List<PoleFacts> informed, Predicate<PoleFacts> test) {
		add(indicator, dimension, percent(informed.stream().filter(test).count(), informed.size()), informed.size());
	}

	/** Active poles counted by a fact, largest first; the {@code null} key counts the poles that did not say. */
	private Map<String, Integer> countBy(Function<PoleFacts, String> fact) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		this.active.forEach(facts -> counts.merge(fact.apply(facts), 1, Integer::sum));
		return sorted(counts);
	}

	private static <K> Map<K, Integer> sorted(Map<K, Integer> counts) {
		Map<K, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet().stream()
			.sorted(Map.Entry.<K, Integer>comparingByValue().reversed()
				.thenComparing(entry -> String.valueOf(entry.getKey())))
			.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return sorted;
	}

	private String regionName(String code) {
		return (code != null) ? this.territory.region(code).map(Territory.Region::name).orElse(code) : NOT_INFORMED;
	}

	private void add(Indicator indicator, String dimension, long value, int coverage) {
		add(indicator, dimension, number(value), coverage);
	}

	private void add(Indicator indicator, String dimension, BigDecimal value, int coverage) {
		this.values.add(new IndicatorValue(indicator, dimension, value, coverage));
	}

	static BigDecimal number(long value) {
		return BigDecimal.valueOf(value);
	}

	static BigDecimal percent(long part, long whole) {
		return (whole == 0) ? BigDecimal.ZERO : ratio(part * 100, whole, 1);
	}

	static BigDecimal ratio(long numerator, long denominator, int scale) {
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
	}

	static BigDecimal sum(Collection<BigDecimal> numbers) {
		return numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The median; the mean of the two middle values for an even count. */
	static BigDecimal median(List<BigDecimal> numbers) {
		List<BigDecimal> sorted = numbers.stream().sorted(Comparator.naturalOrder()).toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)
					.stripTrailingZeros();
	}

}
