package fr.ptce.observatory.indicators;

import java.math.BigDecimal;

/**
 * One figure of an indicator, in long form.
 *
 * @param indicator the indicator's code (see {@link Indicator})
 * @param dimension what the figure is about within the indicator ("" for the indicator as a whole)
 * @param value the figure
 * @param coverage how many poles informed it
 */
public record IndicatorValue(Indicator indicator, String dimension, BigDecimal value, int coverage) {
}
