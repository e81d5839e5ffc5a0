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

/**
 * The sections of the annual report, one per indicator family of SPEC §5: a French sentence that states the
 * figure with its coverage, a chart where one helps, and the tables.
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
		String sentence = "En " + year + ", " + figure(Indicator.POLES_ACTIFS, "") + " pôle(s) territoriaux de "
				+ "coopération économique sont actifs : déclarés pour " + year + " par au moins un réseau, ni dissous ni "
				+ "en sommeil. " + figure(Indicator.NOUVEAUX_POLES, "") + " ont été créés en " + year + " (sur "
				+ coverage(Indicator.NOUVEAUX_POLES) + " pôles dont l'année de création est connue) et "
				+ figure(Indicator.POLES_DISSOUS, "") + " ont été déclarés dissous.";
		List<IndicatorValue> byRegion = this.data.values(Indicator.POLES_ACTIFS_PAR_REGION);
		if (!byRegion.isEmpty()) {
			IndicatorValue first = byRegion.get(0);
			sentence += " La région qui en compte le plus est " + first.dimension() + " (" + format(first.value())
					+ "), sur " + first.coverage() + " pôles dont la région est connue.";
		}
		List<IndicatorValue> perMillion = this.data.values(Indicator.POLES_PAR_MILLION_HABITANTS);
		return section("1. Pôles actifs", sentence,
				charts(chart("graphique-poles-par-region.png", bars("Pôles actifs par région, " + year, "Pôles", byRegion)),
						chart("carte-poles-par-million-habitants.png", perMillion.isEmpty() ? null
								: RegionTileMap.of("Pôles actifs par million d'habitants, " + year, perMillion))),
				Indicator.POLES_ACTIFS, Indicator.NOUVEAUX_POLES, Indicator.POLES_DISSOUS,
				Indicator.POLES_ACTIFS_PAR_REGION, Indicator.POLES_PAR_MILLION_HABITANTS,
				Indicator.POLES_ACTIFS_PAR_DEPARTEMENT);
	}

	private PdfReport.Section legalForms() {
		String sentence = value(Indicator.PART_FORME_ASSOCIATIVE, "")
			.map(share -> format(share.value()) + " % des pôles actifs dont la forme est connue sont portés par une "
					+ "association (" + share.coverage() + " pôles renseignés).")
			.orElse("Aucun pôle actif n'a déclaré la forme juridique de sa structure porteuse.");
		return section("2. Forme juridique de la structure porteuse", sentence,
				bars("Forme juridique de la structure porteuse, " + this.data.year(), "Pôles",
						this.data.values(Indicator.FORME_JURIDIQUE)),
				"graphique-formes-juridiques.png", Indicator.FORME_JURIDIQUE, Indicator.PART_FORME_JURIDIQUE,
				Indicator.PART_FORME_ASSOCIATIVE);
	}

	private PdfReport.Section laureates() {
		String sentence = figure(Indicator.LAUREATS_ACTIFS, "") + " pôle(s) actifs sur "
				+ coverage(Indicator.LAUREATS_ACTIFS) + " sont lauréats d'au moins un appel de l'État (appels à "
				+ "projets de 2013 et 2015, AMI des pôles émergents, AMI 2023).";
		return section("3. Lauréats des appels de l'État", sentence, List.of(), Indicator.LAUREATS_ACTIFS);
	}

	private PdfReport.Section siae() {
		String sentence = figure(Indicator.POLES_AVEC_SIAE, "") + " pôle(s) actifs associent au moins une structure "
				+ "d'insertion par l'activité économique (SIAE), soit " + figure(Indicator.PART_POLES_AVEC_SIAE, "")
				+ " % des " + coverage(Indicator.POLES_AVEC_SIAE) + " pôles dont les membres sont connus ; ils comptent "
				+ figure(Indicator.MEMBRES_SIAE, "") + " SIAE membres.";
		return section("4. Pôles associant des SIAE", sentence, List.of(), Indicator.POLES_AVEC_SIAE,
				Indicator.PART_POLES_AVEC_SIAE, Indicator.MEMBRES_SIAE);
	}

	private PdfReport.Section members() {
		String sentence = "Sur les " + coverage(Indicator.MEMBRES_PAR_CATEGORIE) + " pôles actifs dont les membres sont "
				+ "connus, un pôle compte " + figure(Indicator.MEMBRES_PAR_POLE, "médiane") + " membres (médiane ; "
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
						+ format(sectors.get(0).value()) + " pôles sur les " + sectors.get(0).coverage()
						+ " qui ont déclaré leurs filières ; un pôle peut en déclarer plusieurs).";
		return section("6. Filières", sentence, bars("Pôles actifs par filière, " + this.data.year(), "Pôles", sectors),
				"graphique-filieres.png", Indicator.POLES_PAR_FILIERE);
	}

	private PdfReport.Section jobsAndBudgets() {
		String sentence = coverage(Indicator.EMPLOIS_CREES) + " pôle(s) ont déclaré les emplois créés : "
				+ figure(Indicator.EMPLOIS_CREES, "total") + " au total. " + coverage(Indicator.BUDGET)
				+ " pôle(s) ont déclaré leur budget annuel : " + figure(Indicator.BUDGET, "total") + " € au total.";
		return section("7. Emplois créés et budgets", sentence, List.of(), Indicator.EMPLOIS_CREES, Indicator.BUDGET);
	}

	private PdfReport.Section age() {
		String sentence = value(Indicator.AGE_MEDIAN, "")
			.map(age -> "L'âge médian des pôles actifs est de " + format(age.value()) + " ans (" + age.coverage()
					+ " pôles dont l'année de création est connue).")
			.orElse("Aucun pôle actif n'a déclaré son année de création.");
		return section("8. Âge des pôles", sentence,
				bars("Pôles actifs par année de création", "Pôles", this.data.values(Indicator.ANNEE_CREATION)),
				"graphique-annees-de-creation.png", Indicator.ANNEE_CREATION, Indicator.AGE_MEDIAN);
	}

	private PdfReport.Section evolution() {
		List<IndicatorValue> active = this.data.values(Indicator.EVOLUTION_ACTIFS);
		String sentence = "Pôles actifs pour chacune des " + active.size() + " année(s) observée(s) jusqu'à "
				+ this.data.year() + ", et pôles créés chaque année (d'après leur année de création).";
		return section("9. Évolution", sentence,
				(active.size() > 1) ? Charts.line("Pôles actifs par année d'observation", "Pôles", active)
						: bars("Pôles créés par année", "Pôles", this.data.values(Indicator.EVOLUTION_NOUVEAUX)),
				"graphique-evolution.png", Indicator.EVOLUTION_ACTIFS, Indicator.EVOLUTION_NOUVEAUX);
	}

	private PdfReport.Section dataQuality() {
		List<IndicatorValue> readRows = this.data.values(Indicator.QUALITE_PAR_RESEAU).stream()
			.filter(value -> value.dimension().endsWith(" · lignes lues"))
			.map(value -> new IndicatorValue(value.indicator(), value.dimension().replace(" · lignes lues", ""),
					value.value(), value.coverage()))
			.sorted((a, b) -> b.value().compareTo(a.value()))
			.toList();
		long quarantined = this.data.values(Indicator.QUARANTAINE_PAR_MOTIF).stream()
			.mapToLong(value -> value.value().longValue()).sum();
		String sentence = "Les fichiers décrivant " + this.data.year() + " viennent de " + readRows.size()
				+ " réseau(x) ; " + quarantined + " ligne(s) ont été mises en quarantaine, avec leur motif, et "
				+ "renvoyées au réseau qui les a transmises. La complétude indique la part des lignes acceptées qui "
				+ "renseignent chaque champ clé.";
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

	private String coverage(Indicator indicator) {
		return this.data.values(indicator).stream().findFirst().map(value -> String.valueOf(value.coverage()))
			.orElse("0");
	}

	private static String format(BigDecimal value) {
		return NUMBER.format(value);
	}

}
