package fr.ptce.observatory.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import fr.ptce.observatory.indicators.IndicatorValue;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's charts: horizontal bars sorted largest first, French number formats, the shipped font, and a
 * colour from the Okabe–Ito palette (readable by colour-blind readers and in grey print).
 */
final class Charts {

	/** Okabe–Ito blue. */
	static final Color BLUE = new Color(0x00, 0x72, 0xB2);

	static final int WIDTH = 800;

	static final int HEIGHT = 500;

	private Charts() {
	}

	/** A horizontal bar chart of the figures in the order given (largest first). */
	static JFreeChart bars(String title, String valueLabel, List<IndicatorValue> values) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		values.forEach(value -> dataset.addValue(value.value(), valueLabel, value.dimension()));
		JFreeChart chart = new JFreeChart(title, ReportFonts.awt(Font.BOLD, 16), new CategoryPlot(), false);
		chart.getCategoryPlot().setDataset(dataset);
		chart.getCategoryPlot().setOrientation(PlotOrientation.HORIZONTAL);
		CategoryAxis categories = new CategoryAxis();
		categories.setMaximumCategoryLabelWidthRatio(0.45f);
		chart.getCategoryPlot().setDomainAxis(categories);
		NumberAxis axis = new NumberAxis(valueLabel);
		axis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.FRANCE));
		axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.FRANCE));
		chart.getCategoryPlot().setRangeAxis(axis);
		BarRenderer renderer = new BarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDefaultItemLabelGenerator(
				new StandardCategoryItemLabelGenerator("{2}", NumberFormat.getNumberInstance(Locale.FRANCE)));
		renderer.setDefaultItemLabelsVisible(true);
		chart.getCategoryPlot().setRenderer(renderer);
		theme().apply(chart);
		renderer.setSeriesPaint(0, BLUE);
		renderer.setDefaultItemLabelFont(ReportFonts.awt(Font.PLAIN, 10));
		// each value just after the end of its bar, on its line, and room after the longest bar for its value
		renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
				org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, org.jfree.chart.ui.TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(4);
		axis.setUpperMargin(0.12);
		chart.getCategoryPlot().setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
		chart.getCategoryPlot().setBackgroundPaint(Color.WHITE);
		chart.getCategoryPlot().setRangeGridlinePaint(Color.LIGHT_GRAY);
		chart.getCategoryPlot().setRangeGridlineStroke(new BasicStroke(0.5f));
		chart.getCategoryPlot().setOutlineVisible(false);
		return chart;
	}

	/** A line chart of figures whose dimensions are years, in order. */
	static JFreeChart line(String title, String valueLabel, List<IndicatorValue> values) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		values.forEach(value -> dataset.addValue(value.value(), valueLabel, value.dimension()));
		JFreeChart chart = ChartFactory.createLineChart(title, null, valueLabel, dataset, PlotOrientation.VERTICAL,
				false, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.getRenderer().setSeriesPaint(0, BLUE);
		plot.getRenderer().setSeriesStroke(0, new BasicStroke(2.5f));
		((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.FRANCE));
		((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.FRANCE));
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.setOutlineVisible(false);
		return chart;
	}

	static void writePng(JFreeChart chart, Path file) throws IOException {
		ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("observatoire");
		theme.setExtraLargeFont(ReportFonts.awt(Font.BOLD, 16));
		theme.setLargeFont(ReportFonts.awt(Font.BOLD, 12));
		theme.setRegularFont(ReportFonts.awt(Font.PLAIN, 11));
		theme.setSmallFont(ReportFonts.awt(Font.PLAIN, 10));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		return theme;
	}

}
