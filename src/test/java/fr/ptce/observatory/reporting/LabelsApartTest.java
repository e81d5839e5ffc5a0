package fr.ptce.observatory.reporting;

import java.awt.geom.Point2D;
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

	@Test
	void aLabelCoveringOneAboveItMovesTheShortestWayClearOfIt() {
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("Bretagne", new Rectangle2D.Double(100, 100, 60, 30));
		// 10 over Bretagne's bottom: down 10 (up would be 32)
		boxes.put("Pays de la Loire", new Rectangle2D.Double(140, 120, 80, 12));
		// over the right end of Pays de la Loire once moved: down 11 (up would be 13), never sideways
		boxes.put("Centre-Val de Loire", new Rectangle2D.Double(214, 131, 50, 12));
		boxes.put("Corse", new Rectangle2D.Double(400, 110, 40, 30));

		Map<String, Point2D> shifts = LabelsApart.shifts(boxes, (label, shift) -> true);

		assertThat(shifts.get("Bretagne")).isEqualTo(new Point2D.Double(0, 0));
		assertThat(shifts.get("Pays de la Loire")).isEqualTo(new Point2D.Double(0, 10));
		assertThat(shifts.get("Centre-Val de Loire")).isEqualTo(new Point2D.Double(0, 11));
		assertThat(shifts.get("Corse")).as("beside the others").isEqualTo(new Point2D.Double(0, 0));
	}

	@Test
	void aLabelGoesOnClearOfTheLabelsItMeetsOnItsWay() {
		// inserted bottom up, each allowed down only: sorted from the top, X goes below P, then C below Y, into X,
		// and below X
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("C", new Rectangle2D.Double(20, 25, 20, 10));
		boxes.put("Y", new Rectangle2D.Double(35, 20, 20, 28));
		boxes.put("X", new Rectangle2D.Double(0, 10, 30, 10));
		boxes.put("P", new Rectangle2D.Double(0, 0, 10, 50));
		Map<String, Point2D> shifts = LabelsApart.shifts(boxes, (label, shift) -> shift.getX() == 0 && shift.getY() > 0);

		assertThat(shifts.get("X")).as("below P: 40").isEqualTo(new Point2D.Double(0, 40));
		assertThat(shifts.get("Y")).as("clear of X once moved").isEqualTo(new Point2D.Double(0, 0));
		assertThat(shifts.get("C")).as("below Y (48), then below X (60)").isEqualTo(new Point2D.Double(0, 35));
	}

	@Test
	void aLabelThatMayNotMoveStaysAndLabelsApartStayWhereTheyAre() {
		Map<String, Rectangle2D> boxes = new LinkedHashMap<>();
		boxes.put("Normandie", new Rectangle2D.Double(0, 0, 50, 30));
		boxes.put("Grand Est", new Rectangle2D.Double(0, 30, 50, 30));
		boxes.put("Occitanie", new Rectangle2D.Double(10, 50, 50, 30));
		Map<String, Point2D> shifts = LabelsApart.shifts(boxes, (label, shift) -> false);
		assertThat(shifts.get("Grand Est")).as("touching is not covering").isEqualTo(new Point2D.Double(0, 0));
		assertThat(shifts.get("Occitanie")).as("covering, but no way allowed").isEqualTo(new Point2D.Double(0, 0));
	}

}
