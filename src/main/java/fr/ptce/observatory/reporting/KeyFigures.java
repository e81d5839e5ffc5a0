package fr.ptce.observatory.reporting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.shared.French;

/**
 * The key figures of a year's report, as its first page and the home page show them: each with its coverage, or
 * « non renseigné » when no pole informed it. Built on the pages' threads too: no shared formatter.
 */
public final class KeyFigures {

	/** A key figure: what it counts, and its value with its coverage, in French. */
	public record KeyFigure(String label, String value) {
	}

	private KeyFigures() {
	}

	/** The key figures of a year from its indicators and the number of files received. */
	static List<KeyFigure> of(int year, List<IndicatorValue> indicators, int filesReceived) {
		List<KeyFigure> figures = new ArrayList<>();
		figures.add(new KeyFigure("Pôles actifs en " + year, figure(indicators, Indicator.POLES_ACTIFS, "")));
		figures.add(new KeyFigure("Pôles créés en " + year, figure(indicators, Indicator.NOUVEAUX_POLES, "")));
		figures.add(new KeyFigure("Régions où au moins un pôle est actif", String.valueOf(indicators.stream()
			.filter(value -> value.indicator() == Indicator.POLES_ACTIFS_PAR_REGION
					&& !value.dimension().equals("Non renseigné"))
			.count())));
		figures.add(new KeyFigure("Part des pôles portés par une association",
				share(indicators, Indicator.PART_FORME_ASSOCIATIVE)));
		figures.add(new KeyFigure("Part des pôles associant des SIAE", share(indicators, Indicator.PART_POLES_AVEC_SIAE)));
		figures.add(new KeyFigure("Nombre médian de membres par pôle",
				figure(indicators, Indicator.MEMBRES_PAR_POLE, "médiane")));
		figures.add(new KeyFigure("Emplois créés (total déclaré)", figure(indicators, Indicator.EMPLOIS_CREES, "total")));
		figures.add(new KeyFigure("Fichiers de réseaux reçus", String.valueOf(filesReceived)));
		return List.copyOf(figures);
	}

	private static String figure(List<IndicatorValue> indicators, Indicator indicator, String dimension) {
		return value(indicators, indicator, dimension)
			.map(value -> NumberFormat.getNumberInstance(Locale.FRANCE).format(value.value()) + " (couverture : "
					+ French.count(value.coverage(), "pôle", "pôles") + ")")
			.orElse("non renseigné");
	}

	private static String share(List<IndicatorValue> indicators, Indicator indicator) {
		return value(indicators, indicator, "")
			.map(value -> NumberFormat.getNumberInstance(Locale.FRANCE).format(value.value()) + " % (sur "
					+ French.count(value.coverage(), "pôle renseigné", "pôles renseignés") + ")")
			.orElse("non renseignée");
	}

	private static Optional<IndicatorValue> value(List<IndicatorValue> indicators, Indicator indicator,
			String dimension) {
		return indicators.stream()
			.filter(value -> value.indicator() == indicator && value.dimension().equals(dimension))
			.findFirst();
	}

}
