package fr.ptce.observatory.reporting;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Labels of the map kept apart: a label that would cover one above it goes down below it, the others stay. */
class LabelsApartTest {

	@Test
	void aLabelCoveringOneAboveItGoesDownBelowItAndTheOthersStay() {
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("Bretagne", new Rectangle2D.Double(100, 100, 60, 30));
		// its top 10 points under Bretagne's bottom: 10 down
		boxes.put("Pays de la Loire", new Rectangle2D.Double(140, 120, 80, 12));
		// pushed down onto it, then below it too
		boxes.put("Centre-Val de Loire", new Rectangle2D.Double(150, 133, 50, 12));
		boxes.put("Corse", new Rectangle2D.Double(400, 110, 40, 30));

		Map<String, Double> shifts = LabelsApart.shifts(boxes);

		assertThat(shifts.get("Bretagne")).isZero();
		assertThat(shifts.get("Pays de la Loire")).isEqualTo(10.0);
		assertThat(shifts.get("Centre-Val de Loire")).as("below Pays de la Loire once moved: 130 + 12 - 133")
			.isEqualTo(9.0);
		assertThat(shifts.get("Corse")).as("beside the others").isZero();
	}

	@Test
	void labelsApartStayWhereTheyAre() {
		Map<String, Rectangle2D> boxes = Map.of("Normandie", new Rectangle2D.Double(0, 0, 50, 30), "Grand Est",
				new Rectangle2D.Double(0, 30.5, 50, 30));
		assertThat(LabelsApart.shifts(boxes)).containsOnly(Map.entry("Normandie", 0.0), Map.entry("Grand Est", 0.0));
	}

}
