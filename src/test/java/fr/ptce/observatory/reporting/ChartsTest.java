package fr.ptce.observatory.reporting;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;

import fr.ptce.observatory.indicators.Indicator;
import fr.ptce.observatory.indicators.IndicatorValue;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bar charts as a reader sees them: each value written just after its bar, the longest one's not clipped. */
class ChartsTest {

	@Test
	void eachValueIsWrittenAfterItsBarAndTheLongestOneFitsInTheChart() {
		List<IndicatorValue> values = List.of(value("Normandie", 6), value("Grand Est", 4), value("Corse", 0));
		JFreeChart chart = Charts.bars("Pôles actifs par région, 2025", "Pôles", values);
		BufferedImage image = new BufferedImage(Charts.WIDTH, Charts.HEIGHT, BufferedImage.TYPE_INT_RGB);
		ChartRenderingInfo info = new ChartRenderingInfo();
		Graphics2D g2 = image.createGraphics();
		chart.draw(g2, new Rectangle2D.Double(0, 0, Charts.WIDTH, Charts.HEIGHT), info);
		g2.dispose();

		CategoryPlot plot = chart.getCategoryPlot();
		Rectangle2D data = info.getPlotInfo().getDataArea();
		for (IndicatorValue value : values) {
			int row = (int) plot.getDomainAxis().getCategoryMiddle(value.dimension(), plot.getCategoriesForAxis(
					plot.getDomainAxis()), data, plot.getDomainAxisEdge());
			int barEnd = (int) plot.getRangeAxis().valueToJava2D(value.value().doubleValue(), data,
					plot.getRangeAxisEdge());
			// the label's dark pixels lie just after the bar's end, on its row, and inside the data area
			int firstText = -1;
			int lastText = -1;
			for (int x = barEnd + 1; x < (int) data.getMaxX(); x++) {
				for (int y = row - 5; y <= row + 5; y++) {
					if (dark(image.getRGB(x, y))) {
						firstText = (firstText < 0) ? x : firstText;
						lastText = x;
					}
				}
			}
			assertThat(firstText).as("label of %s", value.dimension()).isBetween(barEnd + 1, barEnd + 12);
			assertThat(lastText).as("label of %s ends inside the chart", value.dimension()).isLessThan((int) data.getMaxX() - 2);
		}
	}

	private static boolean dark(int rgb) {
		Color colour = new Color(rgb);
		return colour.getRed() < 90 && colour.getGreen() < 90 && colour.getBlue() < 90;
	}

	private static IndicatorValue value(String region, int poles) {
		return new IndicatorValue(Indicator.POLES_ACTIFS_PAR_REGION, region, BigDecimal.valueOf(poles), poles);
	}

}
