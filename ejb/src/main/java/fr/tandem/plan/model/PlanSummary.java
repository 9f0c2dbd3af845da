package fr.tandem.plan.model;

import java.util.List;

/**
 * A plan as callers read it: its city, title, school years ("2025–2028"), envelopes, whether the
 * caller may change it and whether they see its amounts, and its version.
 */
public record PlanSummary(long id, long cityId, String cityName, String title, int firstYear, int lastYear,
                          String years, List<EnvelopeSummary> envelopes, boolean editable, boolean amountsShown,
                          long version) {
}
