package fr.ptce.observatory.reporting;

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
 * anchor inside its region); when neither does, it stays where it was. Never sideways: two labels side by side read
 * as one line (« 3 pôles Pays de la Loire »). On the samples' map, the three lines of Bretagne's label ran into the
 * name of Pays de la Loire.
 */
final class LabelsApart {

	private LabelsApart() {
	}

	/**
	 * How far down each label is moved (up when negative), by key, given the box each takes where it would be
	 * written; {@code allowed} says whether a label may be moved by a given offset.
	 */
	static Map<String, Double> shifts(Map<String, Rectangle2D> boxes, BiPredicate<String, Double> allowed) {
		List<String> fromTop = boxes.keySet().stream()
			.sorted(Comparator.comparingDouble((String key) -> boxes.get(key).getY())
				.thenComparingDouble(key -> boxes.get(key).getX())
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		List<Rectangle2D> placed = new ArrayList<>();
		Map<String, Double> shifts = new HashMap<>();
		for (String key : fromTop) {
			Rectangle2D box = boxes.get(key);
			double shift = 0;
			if (placed.stream().anyMatch(box::intersects)) {
				double down = clear(box, 1, placed);
				double up = clear(box, -1, placed);
				Double shorter = null;
				for (double way : (down <= -up) ? new double[] { down, up } : new double[] { up, down }) {
					if (shorter == null && allowed.test(key, way)) {
						shorter = way;
					}
				}
				shift = (shorter != null) ? shorter : 0;
			}
			placed.add(moved(box, shift));
			shifts.put(key, shift);
		}
		return shifts;
	}

	/** The offset that takes a box, down ({@code +1}) or up ({@code -1}), just clear of every box placed. */
	private static double clear(Rectangle2D box, int way, List<Rectangle2D> placed) {
		double shift = 0;
		boolean moved = true;
		while (moved) {
			moved = false;
			for (Rectangle2D other : placed) {
				Rectangle2D there = moved(box, shift);
				if (other.intersects(there)) {
					shift += (way > 0) ? other.getMaxY() - there.getY() : other.getY() - there.getMaxY();
					moved = true;
				}
			}
		}
		return shift;
	}

	private static Rectangle2D moved(Rectangle2D box, double shift) {
		return new Rectangle2D.Double(box.getX(), box.getY() + shift, box.getWidth(), box.getHeight());
	}

}
