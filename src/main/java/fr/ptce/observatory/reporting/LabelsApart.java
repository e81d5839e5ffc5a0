package fr.ptce.observatory.reporting;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Labels of a map kept apart: each label, from the top down, that would cover a label placed before it moves the
 * shorter way, down or up, that clears every label placed and keeps it where it may go (on the map of regions: its
 * anchor inside its region); when neither does, it stays where it was. On the samples' map, the three
 * lines of Bretagne's label ran into the name of Pays de la Loire.
 */
final class LabelsApart {

	/**
	 * The ways a label may move, as unit steps: down or up. Moved sideways, two labels end on one line and read as
	 * one (« 3 pôles Pays de la Loire »).
	 */
	private static final List<Point2D> WAYS = List.of(new Point2D.Double(0, 1), new Point2D.Double(0, -1));

	private LabelsApart() {
	}

	/**
	 * How far each label is moved, by key, given the box each takes where it would be written; {@code allowed} says
	 * whether a label may be moved by a given offset.
	 */
	static Map<String, Point2D> shifts(Map<String, Rectangle2D> boxes, BiPredicate<String, Point2D> allowed) {
		List<String> fromTop = boxes.keySet().stream()
			.sorted(Comparator.comparingDouble((String key) -> boxes.get(key).getY())
				.thenComparingDouble(key -> boxes.get(key).getX())
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		List<Rectangle2D> placed = new ArrayList<>();
		Map<String, Point2D> shifts = new HashMap<>();
		for (String key : fromTop) {
			Rectangle2D box = boxes.get(key);
			Point2D shift = new Point2D.Double(0, 0);
			if (placed.stream().anyMatch(box::intersects)) {
				for (Point2D way : WAYS) {
					Point2D moved = clear(box, way, placed);
					if (allowed.test(key, moved) && (shift.distance(0, 0) == 0 || moved.distance(0, 0) < shift.distance(0, 0))) {
						shift = moved;
					}
				}
			}
			placed.add(moved(box, shift));
			shifts.put(key, shift);
		}
		return shifts;
	}

	/** The offset that takes a box, one way, just clear of every box placed. */
	private static Point2D clear(Rectangle2D box, Point2D way, List<Rectangle2D> placed) {
		double distance = 0;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (Rectangle2D other : placed) {
				Rectangle2D there = moved(box, new Point2D.Double(way.getX() * distance, way.getY() * distance));
				if (other.intersects(there)) {
					distance += overlap(there, other, way);
					moved = true;
				}
			}
		}
		return new Point2D.Double(way.getX() * distance, way.getY() * distance);
	}

	/** How far a box must go one way to clear another. */
	private static double overlap(Rectangle2D box, Rectangle2D other, Point2D way) {
		if (way.getY() > 0) {
			return other.getMaxY() - box.getY();
		}
		return box.getMaxY() - other.getY();
	}

	private static Rectangle2D moved(Rectangle2D box, Point2D shift) {
		return new Rectangle2D.Double(box.getX() + shift.getX(), box.getY() + shift.getY(), box.getWidth(),
				box.getHeight());
	}

}
