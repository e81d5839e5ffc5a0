package fr.ptce.observatory.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.normalisation.Territory;

import org.springframework.stereotype.Service;

/**
 * Computes every indicator of a year (SPEC §5) from the yearly facts (families 1 to 9) and from the files'
 * accounting (family 10). The yearly facts of every observed year must be built.
 */
@Service
public class IndicatorCalculator {

	private final YearlyFacts yearlyFacts;

	private final DataQuality dataQuality;

	IndicatorCalculator(YearlyFacts yearlyFacts, DataQuality dataQuality) {
		this.yearlyFacts = yearlyFacts;
		this.dataQuality = dataQuality;
	}

	public List<IndicatorValue> compute(int year) {
		Map<Integer, List<PoleFacts>> history = new LinkedHashMap<>();
		this.yearlyFacts.observedYears().stream().filter(observed -> observed <= year)
			.forEach(observed -> history.put(observed, this.yearlyFacts.of(observed)));
		List<PoleFacts> observed = history.computeIfAbsent(year, this.yearlyFacts::of);
		List<IndicatorValue> values = new ArrayList<>(Indicators.of(year, observed, Territory.official()));
		values.addAll(Indicators.evolution(history));
		values.addAll(this.dataQuality.of(year));
		return values;
	}

}
