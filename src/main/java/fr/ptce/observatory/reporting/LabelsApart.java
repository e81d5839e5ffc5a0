package fr.ptce.observatory.reporting;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels of a map kept apart: each label, from the top down, is moved down below the labels above it that it would
 * cover (on the map of regions, the three lines of Bretagne's label ran into the name of Pays de la Loire).
 */
final class LabelsApart {

	private LabelsApart() {
	}

	/** How far down each label is moved, by key, given the box each takes where it would be written. */
	static Map<String, Double> shifts(Map<String, Rectangle2D> boxes) {
		List<String> fromTop = boxes.keySet().stream()
			.sorted(Comparator.comparingDouble((String key) -> boxes.get(key).getY())
				.thenComparingDouble(key -> boxes.get(key).getX()))
			.toList();
		List<Rectangle2D> placed = new ArrayList<>();
		Map<String, Double> shifts = new HashMap<>();
		for (String key : fromTop) {
			Rectangle2D box = boxes.get(key);
			double shift = 0;
			boolean moved = true;
			while (moved) {
				moved = false;
				for (Rectangle2D other : placed) {
					Rectangle2D there = down(box, shift);
					if (other.intersects(there)) {
						shift += other.getMaxY() - there.getY();
						moved = true;
					}
				}
			}
			placed.add(down(box, shift));
			shifts.put(key, shift);
		}
		return shifts;
	}

	private static Rectangle2D down(Rectangle2D box, double shift) {
		return new Rectangle2D.Double(box.getX(), box.getY() + shift, box.getWidth(), box.getHeight());
	}

}
