package fr.ptce.observatory.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.normalisation.Territory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Computes the indicators of a year from its {@link YearlyFacts}. A pole is active in a year when it was
 * observed that year and its status is neither "dissous" nor "en sommeil" (an unreported status counts as
 * active: the pole was reported).
 */
@Service
public class IndicatorCalculator {

	static final String ACTIVE = "(status is null or status not in ('dissous', 'en sommeil'))";

	static final String NOT_INFORMED = "Non renseigné";

	private final JdbcTemplate jdbc;

	private final Territory territory;

	IndicatorCalculator(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.territory = Territory.official();
	}

	public List<IndicatorValue> compute(int year) {
		List<IndicatorValue> values = new ArrayList<>();
		int active = this.jdbc.queryForObject("select count(*) from pole_year where year = ? and " + ACTIVE,
				Integer.class, year);
		values.add(new IndicatorValue(Indicator.POLES_ACTIFS, "", BigDecimal.valueOf(active), active));

		Map<String, Integer> byRegion = countBy("region", year);
		int withRegion = active - byRegion.getOrDefault(null, 0);
		byRegion.forEach((code, count) -> {
			String name = (code != null) ? this.territory.region(code).map(Territory.Region::name).orElse(code)
					: NOT_INFORMED;
			values.add(new IndicatorValue(Indicator.POLES_ACTIFS_PAR_REGION, name, BigDecimal.valueOf(count),
					withRegion));
			this.territory.region(code)
				.filter(region -> region.population() > 0)
				.ifPresent(region -> values.add(new IndicatorValue(Indicator.POLES_PAR_MILLION_HABITANTS, region.name(),
						BigDecimal.valueOf(count * 1_000_000L)
							.divide(BigDecimal.valueOf(region.population()), 2, RoundingMode.HALF_UP),
						withRegion)));
		});

		Map<String, Integer> byLegalForm = countBy("legal_form", year);
		int withLegalForm = active - byLegalForm.getOrDefault(null, 0);
		byLegalForm.forEach((form, count) -> {
			if (form != null) {
				values.add(new IndicatorValue(Indicator.FORME_JURIDIQUE, form, BigDecimal.valueOf(count), withLegalForm));
			}
		});
		if (withLegalForm > 0) {
			int associations = byLegalForm.getOrDefault("association", 0);
			values.add(new IndicatorValue(Indicator.PART_FORME_ASSOCIATIVE, "",
					BigDecimal.valueOf(associations * 100L).divide(BigDecimal.valueOf(withLegalForm), 1,
							RoundingMode.HALF_UP),
					withLegalForm));
		}
		return values;
	}

	/** Active poles of the year counted by a column of pole_year, largest first; {@code null} key for unknown. */
	private Map<String, Integer> countBy(String column, int year) {
		Map<String, Integer> counts = new java.util.LinkedHashMap<>();
		this.jdbc.query("select " + column + " as key, count(*) as n from pole_year where year = ? and " + ACTIVE
				+ " group by " + column + " order by count(*) desc, " + column, rs -> {
					counts.put(rs.getString("key"), rs.getInt("n"));
				}, year);
		return counts;
	}

}
