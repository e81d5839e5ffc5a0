package fr.ptce.observatory.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import fr.ptce.observatory.indicators.IndicatorValue;
import fr.ptce.observatory.normalisation.Territory;
import fr.ptce.observatory.shared.French;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;

/**
 * A map of the 2016 regions as a tile grid cartogram: one square per region, placed where the region lies,
 * shaded by its figure (light to dark blue: readable by colour-blind readers and in grey print), the overseas
 * regions in a row below. Drawn as vector graphics like every chart.
 * <p>
 * Region outlines would be the usual map; no official simplified outlines under an open licence are served
 * by the registries this project builds from, so the regions are drawn as tiles.
 */
final class RegionTileMap extends Plot {

	private static final long serialVersionUID = 1L;

	/** Where each region's tile sits (column, row), by region code. */
	static final Map<String, int[]> TILES = Map.ofEntries(Map.entry("32", new int[] { 2, 0 }),
			Map.entry("28", new int[] { 1, 1 }), Map.entry("11", new int[] { 2, 1 }), Map.entry("44", new int[] { 3, 1 }),
			Map.entry("53", new int[] { 0, 2 }), Map.entry("52", new int[] { 1, 2 }), Map.entry("24", new int[] { 2, 2 }),
			Map.entry("27", new int[] { 3, 2 }), Map.entry("75", new int[] { 1, 3 }), Map.entry("84", new int[] { 3, 3 }),
			Map.entry("76", new int[] { 2, 4 }), Map.entry("93", new int[] { 3, 4 }), Map.entry("94", new int[] { 4, 5 }),
			Map.entry("01", new int[] { 0, 6 }), Map.entry("02", new int[] { 1, 6 }), Map.entry("03", new int[] { 2, 6 }),
			Map.entry("04", new int[] { 3, 6 }), Map.entry("06", new int[] { 4, 6 }));

	private static final Color LIGHTEST = new Color(0xEF, 0xF3, 0xFF);

	private static final Color DARKEST = new Color(0x08, 0x45, 0x94);

	private final transient Territory territory;

	private final transient Map<String, BigDecimal> valuesByRegionName;

	/** How many active poles each figure rests on, by region name. */
	private final transient Map<String, BigDecimal> polesByRegionName;

	private final BigDecimal max;

	/** Below this many poles, a region's figure is fragile: the legend says so and the tile shows the count. */
	static final int FEW_POLES = 3;

	private RegionTileMap(Territory territory, Map<String, BigDecimal> valuesByRegionName,
			Map<String, BigDecimal> polesByRegionName) {
		this.territory = territory;
		this.valuesByRegionName = valuesByRegionName;
		this.polesByRegionName = polesByRegionName;
		this.max = valuesByRegionName.values().stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
		setOutlineVisible(false);
		setBackgroundPaint(Color.WHITE);
	}

	/**
	 * The map of a figure per region (dimension: the region's name), with the number of poles each rests on
	 * ({@code poles}, same dimensions).
	 */
	static JFreeChart of(String title, List<IndicatorValue> values, List<IndicatorValue> poles) {
		Map<String, BigDecimal> byName = new java.util.HashMap<>();
		values.forEach(value -> byName.put(value.dimension(), value.value()));
		Map<String, BigDecimal> polesByName = new java.util.HashMap<>();
		poles.forEach(value -> polesByName.put(value.dimension(), value.value()));
		JFreeChart chart = new JFreeChart(title, ReportFonts.awt(Font.BOLD, 16),
				new RegionTileMap(Territory.official(), byName, polesByName), false);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	@Override
	public String getPlotType() {
		return "Carte des régions";
	}

	@Override
	public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
		double size = Math.min(area.getWidth() / 5.6, area.getHeight() / 7.4);
		double left = area.getX() + (area.getWidth() - size * 5) / 2;
		double top = area.getY() + size * 0.1;
		NumberFormat number = NumberFormat.getNumberInstance(Locale.FRANCE);
		for (Map.Entry<String, int[]> tile : TILES.entrySet()) {
			String name = this.territory.region(tile.getKey()).map(Territory.Region::name).orElse(tile.getKey());
			Optional<BigDecimal> value = Optional.ofNullable(this.valuesByRegionName.get(name));
			double overseasGap = (tile.getValue()[1] == 6) ? size * 0.25 : 0;
			Rectangle2D square = new Rectangle2D.Double(left + tile.getValue()[0] * size + 2,
					top + tile.getValue()[1] * size + overseasGap + 2, size - 4, size - 4);
			Color fill = value.map(this::shade).orElse(Color.WHITE);
			g2.setPaint(fill);
			g2.fill(square);
			g2.setPaint(Color.GRAY);
			g2.setStroke(new BasicStroke(0.8f));
			g2.draw(square);
			Color text = (brightness(fill) < 0.55) ? Color.WHITE : Color.DARK_GRAY;
			label(g2, square, shortName(name), ReportFonts.awt(Font.PLAIN, (float) (size / 8)), text, 0.3);
			label(g2, square, value.map(number::format).orElse("—"), ReportFonts.awt(Font.BOLD, (float) (size / 6)), text,
					0.6);
			long poles = Optional.ofNullable(this.polesByRegionName.get(name)).map(BigDecimal::longValue).orElse(0L);
			if (value.isPresent()) {
				label(g2, square, French.count(poles, "pôle", "pôles") + ((poles < FEW_POLES) ? " *" : ""),
						ReportFonts.awt(Font.PLAIN, (float) (size / 8)), text, 0.85);
			}
		}
		g2.setPaint(Color.DARK_GRAY);
		g2.setFont(ReportFonts.awt(Font.PLAIN, (float) (size / 8)));
		g2.drawString("Régions d'outre-mer", (float) left, (float) (top + size * 6.15));
		legend(g2, left + size * 5 + size * 0.3, top + size * 0.2, size, number);
	}

	/** The scale of the shades, what « — » means, and which figures are fragile. */
	private void legend(Graphics2D g2, double x, double y, double size, NumberFormat number) {
		Font font = ReportFonts.awt(Font.PLAIN, (float) (size / 7));
		g2.setFont(font);
		g2.setPaint(Color.DARK_GRAY);
		double line = g2.getFontMetrics().getHeight() * 1.25;
		g2.drawString("Pôles actifs par million", (float) x, (float) y);
		g2.drawString("d'habitants", (float) x, (float) (y + line));
		double swatch = size * 0.28;
		double row = y + line * 1.6;
		for (int step = 4; step >= 0; step--) {
			BigDecimal value = this.max.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(4), 2,
					java.math.RoundingMode.HALF_UP);
			Rectangle2D box = new Rectangle2D.Double(x, row, swatch, swatch);
			g2.setPaint(shade(value));
			g2.fill(box);
			g2.setPaint(Color.GRAY);
			g2.draw(box);
			g2.setPaint(Color.DARK_GRAY);
			g2.drawString(number.format(value), (float) (x + swatch * 1.4), (float) (row + swatch * 0.8));
			row += swatch * 1.25;
		}
		Rectangle2D none = new Rectangle2D.Double(x, row + swatch * 0.4, swatch, swatch);
		g2.setPaint(Color.WHITE);
		g2.fill(none);
		g2.setPaint(Color.GRAY);
		g2.draw(none);
		g2.setPaint(Color.DARK_GRAY);
		g2.drawString("— aucun pôle actif", (float) (x + swatch * 1.4), (float) (row + swatch * 1.2));
		row += swatch * 2.6;
		g2.drawString("* moins de " + FEW_POLES + " pôles :", (float) x, (float) row);
		g2.drawString("chiffre fragile", (float) x, (float) (row + line));
	}

	private Color shade(BigDecimal value) {
		double ratio = (this.max.signum() == 0) ? 0 : value.doubleValue() / this.max.doubleValue();
		return new Color(mix(LIGHTEST.getRed(), DARKEST.getRed(), ratio), mix(LIGHTEST.getGreen(), DARKEST.getGreen(), ratio),
				mix(LIGHTEST.getBlue(), DARKEST.getBlue(), ratio));
	}

	private static int mix(int from, int to, double ratio) {
		return (int) Math.round(from + (to - from) * Math.max(0, Math.min(1, ratio)));
	}

	private static double brightness(Color colour) {
		return (0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue()) / 255;
	}

	private static void label(Graphics2D g2, Rectangle2D square, String text, Font font, Color colour, double height) {
		g2.setFont(font);
		g2.setPaint(colour);
		FontMetrics metrics = g2.getFontMetrics();
		// a label wider than its tile is written smaller
		double room = square.getWidth() * 0.92;
		if (metrics.stringWidth(text) > room) {
			g2.setFont(font.deriveFont((float) (font.getSize2D() * room / metrics.stringWidth(text))));
			metrics = g2.getFontMetrics();
		}
		float x = (float) (square.getCenterX() - metrics.stringWidth(text) / 2.0);
		g2.drawString(text, x, (float) (square.getY() + square.getHeight() * height));
	}

	private static String shortName(String name) {
		return switch (name) {
			case "Auvergne-Rhône-Alpes" -> "Auv.-Rhône-Alpes";
			case "Bourgogne-Franche-Comté" -> "Bourg.-Fr.-Comté";
			case "Provence-Alpes-Côte d'Azur" -> "PACA";
			case "Centre-Val de Loire" -> "Centre-Val de L.";
			case "Nouvelle-Aquitaine" -> "Nouv.-Aquitaine";
			default -> name;
		};
	}

}
