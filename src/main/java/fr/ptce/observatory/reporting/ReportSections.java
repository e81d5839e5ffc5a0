package fr.ptce.observatory.reporting;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.shared.French;

/**
 * The sections of the annual report, one per indicator family of SPEC §5: a French sentence that states the
 * figure with its coverage, a chart where one helps, and the tables.
 * <p>
 * Over 250 lines because it holds the report's sections in report order, one method per family, each writing from
 * the same {@code ReportData} the French sentence that states its figures, agreed and with their coverage.
 */
final class ReportSections {

	private static final NumberFormat NUMBER = NumberFormat.getNumberInstance(Locale.FRANCE);

	private final ReportData data;

	private ReportSections(ReportData data) {
		this.data = data;
	}

	static List<PdfReport.Section> of(ReportData data) {
		ReportSections sections = new ReportSections(data);
		List<PdfReport.Section> list = new ArrayList<>();
		list.add(sections.activePoles());
		list.add(sections.legalForms());
		list.add(sections.laureates());
		list.add(sections.siae());
		list.add(sections.members());
		list.add(sections.sectors());
		list.add(sections.jobsAndBudgets());
		list.add(sections.age());
		list.add(sections.evolution());
		list.add(sections.dataQuality());
		return list;
	}

	private PdfReport.Section activePoles() {
		int year = this.data.year();
		long active = number(Indicator.POLES_ACTIFS, "");
		long created = number(Indicator.NOUVEAUX_POLES, "");
		long dissolved = number(Indicator.POLES_DISSOUS, "");
		long dated = coverageOf(Indicator.NOUVEAUX_POLES);
		String sentence = "En " + year + ", " + ((active == 0)
				? "aucun pôle territorial de coopération économique n'est actif (déclaré pour " + year
						+ " par au moins un réseau, ni dissous ni en sommeil). "
				: French.count(active, "pôle territorial", "pôles territoriaux") + " de coopération économique "
						+ French.agreed(active, "est actif : déclaré", "sont actifs : déclarés") + " pour " + year
						+ " par au moins un réseau, ni dissous ni en sommeil. ")
				+ ((dated == 0) ? "Aucun pôle n'a déclaré son année de création"
						: ((created == 0) ? "Aucun n'a été créé" : created + " "
								+ French.agreed(created, "a été créé", "ont été créés")) + " en " + year + " (sur "
								+ French.count(dated, "pôle dont l'année de création est connue",
										"pôles dont l'année de création est connue") + ")")
				+ ((dissolved == 0) ? " et aucun n'a été déclaré dissous."
						: " et " + dissolved + " " + French.agreed(dissolved, "a été déclaré dissous.",
								"ont été déclarés dissous."));
		List<IndicatorValue> byRegion = this.data.values(Indicator.POLES_ACTIFS_PAR_REGION);
		if (!byRegion.isEmpty()) {
			IndicatorValue first = byRegion.get(0);
			sentence += " La région qui en compte le plus est " + first.dimension() + " (" + format(first.value())
					+ "), sur " + French.count(first.coverage(), "pôle dont la région est connue",
							"pôles dont la région est connue") + ".";
		}
		List<IndicatorValue> perMillion = this.data.values(Indicator.POLES_PAR_MILLION_HABITANTS);
		return section("1. Pôles actifs", sentence,
				charts(chart("graphique-poles-par-region.png", bars("Pôles actifs par région, " + year, "Pôles", byRegion)),
						chart("carte-poles-par-million-habitants.png", perMillion.isEmpty() ? null
								: RegionMap.of("Pôles actifs par million d'habitants, " + year, perMillion, byRegion))),
				Indicator.POLES_ACTIFS, Indicator.NOUVEAUX_POLES, Indicator.POLES_DISSOUS,
				Indicator.POLES_ACTIFS_PAR_REGION, Indicator.POLES_PAR_MILLION_HABITANTS,
				Indicator.POLES_ACTIFS_PAR_DEPARTEMENT);
	}

	private PdfReport.Section legalForms() {
		String sentence = value(Indicator.PART_FORME_ASSOCIATIVE, "")
			.map(share -> format(share.value()) + " % des pôles actifs dont la forme est connue sont portés par une "
					+ "association (" + French.count(share.coverage(), "pôle renseigné", "pôles renseignés") + ").")
			.orElse("Aucun pôle actif n'a déclaré la forme juridique de sa structure porteuse.");
		return section("2. Forme juridique de la structure porteuse", sentence,
				bars("Forme juridique de la structure porteuse, " + this.data.year(), "Pôles",
						this.data.values(Indicator.FORME_JURIDIQUE)),
				"graphique-formes-juridiques.png", Indicator.FORME_JURIDIQUE, Indicator.PART_FORME_JURIDIQUE,
				Indicator.PART_FORME_ASSOCIATIVE);
	}

	private PdfReport.Section laureates() {
		long laureates = number(Indicator.LAUREATS_ACTIFS, "");
		long informed = coverageOf(Indicator.LAUREATS_ACTIFS);
		String calls = " d'au moins un appel de l'État (appels à projets de 2013 et 2015, AMI des pôles émergents, "
				+ "AMI 2023)";
		String sentence = (informed == 0)
				? "Aucun fichier ne dit si les pôles actifs sont lauréats" + calls + " : non renseigné."
				: ((laureates == 0) ? "Aucun des " + French.count(informed, "pôle actif renseigné", "pôles actifs renseignés")
						+ " n'est lauréat" + calls + "."
						: French.count(laureates, "pôle actif", "pôles actifs") + " sur " + informed + " renseignés "
								+ French.agreed(laureates, "est lauréat", "sont lauréats") + calls + ".");
		return section("3. Lauréats des appels de l'État", sentence, List.of(), Indicator.LAUREATS_ACTIFS);
	}

	private PdfReport.Section siae() {
		long withSiae = number(Indicator.POLES_AVEC_SIAE, "");
		long known = coverageOf(Indicator.POLES_AVEC_SIAE);
		String siae = "structure d'insertion par l'activité économique (SIAE)";
		String sentence = (known == 0) ? "Les membres des pôles actifs ne sont pas connus : la présence de SIAE "
				+ "n'est pas renseignée."
				: ((withSiae == 0) ? "Aucun des " + French.count(known, "pôle actif", "pôles actifs")
						+ " dont les membres sont connus n'associe de " + siae + "."
						: French.count(withSiae, "pôle actif", "pôles actifs") + " "
								+ French.agreed(withSiae, "associe", "associent") + " au moins une " + siae + ", soit "
								+ figure(Indicator.PART_POLES_AVEC_SIAE, "") + " % des "
								+ French.count(known, "pôle dont les membres sont connus", "pôles dont les membres sont connus")
								+ " ; " + French.agreed(withSiae, "il compte ", "ils comptent ")
								+ French.count(number(Indicator.MEMBRES_SIAE, ""), "SIAE membre", "SIAE membres") + ".");
		return section("4. Pôles associant des SIAE", sentence, List.of(), Indicator.POLES_AVEC_SIAE,
				Indicator.PART_POLES_AVEC_SIAE, Indicator.MEMBRES_SIAE);
	}

	private PdfReport.Section members() {
		long withMembers = coverageOf(Indicator.MEMBRES_PAR_CATEGORIE);
		String sentence = (withMembers == 0) ? "Les membres des pôles actifs ne sont pas connus : non renseigné."
				: "Sur " + French.count(withMembers, "pôle actif dont les membres sont connus",
						"pôles actifs dont les membres sont connus") + ", un pôle compte "
						+ figure(Indicator.MEMBRES_PAR_POLE, "médiane") + " membres (médiane ; "
						+ figure(Indicator.MEMBRES_PAR_POLE, "moyenne") + " en moyenne), et "
						+ figure(Indicator.COMPOSITION, "composition exigée par le décret n° 2015-431")
						+ " % ont la composition exigée par le décret n° 2015-431.";
		List<IndicatorValue> categories = this.data.values(Indicator.MEMBRES_PAR_CATEGORIE).stream()
			.filter(value -> !value.dimension().equals("total"))
			.toList();
		return section("5. Membres des pôles", sentence,
				bars("Membres des pôles actifs par catégorie, " + this.data.year(), "Membres", categories),
				"graphique-membres-par-categorie.png", Indicator.MEMBRES_PAR_CATEGORIE, Indicator.MEMBRES_PAR_POLE,
				Indicator.COMPOSITION);
	}

	private PdfReport.Section sectors() {
		List<IndicatorValue> sectors = this.data.values(Indicator.POLES_PAR_FILIERE);
		String sentence = sectors.isEmpty() ? "Aucun pôle actif n'a déclaré de filière."
				: "La filière la plus représentée est « " + sectors.get(0).dimension() + " » ("
						+ format(sectors.get(0).value()) + " "
						+ French.agreed(sectors.get(0).value().longValue(), "pôle", "pôles") + " sur "
						+ French.count(sectors.get(0).coverage(), "qui a déclaré ses filières",
								"qui ont déclaré leurs filières")
						+ " ; un pôle peut en déclarer plusieurs).";
		return section("6. Filières", sentence, bars("Pôles actifs par filière, " + this.data.year(), "Pôles", sectors),
				"graphique-filieres.png", Indicator.POLES_PAR_FILIERE);
	}

	private PdfReport.Section jobsAndBudgets() {
		long withJobs = coverageOf(Indicator.EMPLOIS_CREES);
		long withBudget = coverageOf(Indicator.BUDGET);
		String sentence = ((withJobs == 0) ? "Aucun pôle n'a déclaré les emplois créés. "
				: French.count(withJobs, "pôle a", "pôles ont") + " déclaré les emplois créés : "
						+ figure(Indicator.EMPLOIS_CREES, "total") + " au total. ")
				+ ((withBudget == 0) ? "Aucun pôle n'a déclaré son budget annuel."
						: French.count(withBudget, "pôle a déclaré son", "pôles ont déclaré leur") + " budget annuel : "
								+ figure(Indicator.BUDGET, "total") + " € au total.");
		return section("7. Emplois créés et budgets", sentence, List.of(), Indicator.EMPLOIS_CREES, Indicator.BUDGET);
	}

	private PdfReport.Section age() {
		String sentence = value(Indicator.AGE_MEDIAN, "")
			.map(age -> "L'âge médian des pôles actifs est de " + format(age.value()) + " "
					+ French.agreed(age.value().longValue(), "an", "ans") + " ("
					+ French.count(age.coverage(), "pôle dont l'année de création est connue",
							"pôles dont l'année de création est connue") + ").")
			.orElse("Aucun pôle actif n'a déclaré son année de création.");
		return section("8. Âge des pôles", sentence,
				bars("Pôles actifs par année de création", "Pôles", this.data.values(Indicator.ANNEE_CREATION)),
				"graphique-annees-de-creation.png", Indicator.ANNEE_CREATION, Indicator.AGE_MEDIAN);
	}

	private PdfReport.Section evolution() {
		List<IndicatorValue> active = this.data.values(Indicator.EVOLUTION_ACTIFS);
		if (active.size() <= 1) {
			// one year observed: no evolution to draw yet, and the poles created each year are section 8's chart
			return section("9. Évolution", this.data.year() + " est la seule année observée : l'évolution du nombre "
					+ "de pôles actifs se lira à partir de la prochaine année. Les années de création des pôles actifs "
					+ "sont données en section 8.", List.of(), Indicator.EVOLUTION_ACTIFS);
		}
		String sentence = "Pôles actifs pour chacune des " + active.size() + " années observées jusqu'à "
				+ this.data.year() + ", et pôles créés chaque année (d'après leur année de création).";
		return section("9. Évolution", sentence, Charts.line("Pôles actifs par année d'observation", "Pôles", active),
				"graphique-evolution.png", Indicator.EVOLUTION_ACTIFS, Indicator.EVOLUTION_NOUVEAUX);
	}

	private PdfReport.Section dataQuality() {
		List<IndicatorValue> readRows = this.data.values(Indicator.QUALITE_PAR_RESEAU).stream()
			.filter(value -> value.dimension().endsWith(" · lignes lues"))
			.map(value -> new IndicatorValue(value.indicator(), value.dimension().replace(" · lignes lues", ""),
					value.value(), value.coverage()))
			// a network that sent no readable row is no source of the year's figures (« Réseau non identifié »
			// holds the files nobody could attribute)
			.filter(value -> value.value().signum() > 0)
			.sorted((a, b) -> b.value().compareTo(a.value()))
			.toList();
		long quarantined = this.data.values(Indicator.QUARANTAINE_PAR_MOTIF).stream()
			.mapToLong(value -> value.value().longValue()).sum();
		String sentence = "Les fichiers décrivant " + this.data.year() + " viennent de "
				+ French.count(readRows.size(), "réseau", "réseaux") + " ; "
				+ ((quarantined == 0) ? "aucune ligne n'a été mise en quarantaine. "
						: French.count(quarantined, "ligne a été mise", "lignes ont été mises") + " en quarantaine, avec "
								+ French.agreed(quarantined, "son", "leur") + " motif, et "
								+ French.agreed(quarantined, "renvoyée", "renvoyées")
								+ " au réseau qui les a transmises. ")
				+ "La complétude indique la part des lignes acceptées qui renseignent chaque champ clé.";
		return section("10. Qualité des données", sentence, bars("Lignes lues par réseau", "Lignes", readRows),
				"graphique-qualite-par-reseau.png", Indicator.QUALITE_PAR_RESEAU, Indicator.QUARANTAINE_PAR_MOTIF,
				Indicator.COMPLETUDE);
	}

	private PdfReport.Section section(String title, String sentence, List<PdfReport.Chart> charts,
			Indicator... indicators) {
		List<PdfReport.Table> tables = Arrays.stream(indicators)
			.map(indicator -> new PdfReport.Table(indicator, this.data.values(indicator)))
			.filter(table -> !table.values().isEmpty())
			.toList();
		return new PdfReport.Section(title, sentence, charts, tables);
	}

	private PdfReport.Section section(String title, String sentence, org.jfree.chart.JFreeChart chart,
			String chartFile, Indicator... indicators) {
		return section(title, sentence, charts(chart(chartFile, chart)), indicators);
	}

	private static PdfReport.Chart chart(String file, org.jfree.chart.JFreeChart chart) {
		return (chart != null) ? new PdfReport.Chart(file, chart) : null;
	}

	private static List<PdfReport.Chart> charts(PdfReport.Chart... charts) {
		return Arrays.stream(charts).filter(java.util.Objects::nonNull).toList();
	}

	private static org.jfree.chart.JFreeChart bars(String title, String valueLabel, List<IndicatorValue> values) {
		return values.isEmpty() ? null : Charts.bars(title, valueLabel, values);
	}

	private Optional<IndicatorValue> value(Indicator indicator, String dimension) {
		return this.data.value(indicator, dimension);
	}

	private String figure(Indicator indicator, String dimension) {
		return value(indicator, dimension).map(value -> format(value.value())).orElse("0");
	}

	/** A whole figure of the indicator, 0 when it has none. */
	private long number(Indicator indicator, String dimension) {
		return value(indicator, dimension).map(value -> value.value().longValue()).orElse(0L);
	}

	/** How many poles the indicator rests on: 0 when no file informs it. */
	private long coverageOf(Indicator indicator) {
		return this.data.values(indicator).stream().findFirst().map(value -> (long) value.coverage()).orElse(0L);
	}

	private static String format(BigDecimal value) {
		return NUMBER.format(value);
	}

}
