package fr.ptce.observatory.reporting;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Labels of the map kept apart: a label that would cover one placed before it moves the shorter allowed way, down
 * or up, clear of every label placed; the others stay.
 */
class LabelsApartTest {

	private static Rectangle2D box(double x, double y, double width, double height) {
		return new Rectangle2D.Double(x, y, width, height);
	}

	@Test
	void aLabelCoveringOneAboveItMovesTheShortestWayClearOfIt() {
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("Bretagne", box(100, 100, 60, 30));
		// 10 over Bretagne's bottom: down 10 (up would be 32)
		boxes.put("Pays de la Loire", box(140, 120, 80, 12));
		// over the right end of Pays de la Loire once moved: down 11 (up would be 13), never sideways
		boxes.put("Centre-Val de Loire", box(214, 131, 50, 12));
		boxes.put("Corse", box(400, 110, 40, 30));

		Map<String, Double> shifts = LabelsApart.shifts(boxes, (label, shift) -> true);

		assertThat(shifts.get("Bretagne")).isEqualTo(0.0);
		assertThat(shifts.get("Pays de la Loire")).isEqualTo(10.0);
		assertThat(shifts.get("Centre-Val de Loire")).isEqualTo(11.0);
		assertThat(shifts.get("Corse")).as("beside the others").isEqualTo(0.0);
	}

	@Test
	void aShortLabelNearTheTopOfATallOneGoesUp() {
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("Grand Est", box(0, 0, 50, 100));
		boxes.put("Bourgogne", box(0, 5, 50, 10));
		assertThat(LabelsApart.shifts(boxes, (label, shift) -> true).get("Bourgogne")).as("up 15 rather than down 95")
			.isEqualTo(-15.0);
		assertThat(LabelsApart.shifts(boxes, (label, shift) -> shift > 0).get("Bourgogne")).as("down when up may not")
			.isEqualTo(95.0);
	}

	@Test
	void aLabelGoesOnClearOfTheLabelsItMeetsOnItsWay() {
		// inserted bottom up, each allowed down only: sorted from the top, X goes below P, then C below Y, into X,
		// and below X
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("C", box(20, 25, 20, 10));
		boxes.put("Y", box(35, 20, 20, 28));
		boxes.put("X", box(0, 10, 30, 10));
		boxes.put("P", box(0, 0, 10, 50));
		Map<String, Double> shifts = LabelsApart.shifts(boxes, (label, shift) -> shift > 0);

		assertThat(shifts.get("X")).as("below P: 40").isEqualTo(40.0);
		assertThat(shifts.get("Y")).as("clear of X once moved").isEqualTo(0.0);
		assertThat(shifts.get("C")).as("below Y (48), then below X (60)").isEqualTo(35.0);
	}

	@Test
	void aLabelThatMayNotMoveStaysAndLabelsApartStayWhereTheyAre() {
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("Normandie", box(0, 0, 50, 30));
		boxes.put("Grand Est", box(0, 30, 50, 30));
		boxes.put("Occitanie", box(10, 50, 50, 30));
		Map<String, Double> shifts = LabelsApart.shifts(boxes, (label, shift) -> false);
		assertThat(shifts.get("Grand Est")).as("touching is not covering").isEqualTo(0.0);
		assertThat(shifts.get("Occitanie")).as("covering, but no way allowed").isEqualTo(0.0);
	}

}
