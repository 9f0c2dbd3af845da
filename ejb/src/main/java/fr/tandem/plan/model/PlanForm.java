package fr.tandem.plan.model;

import java.util.List;

/**
 * A plan as a page or a client sends it: the city (an administrator names it; city staff plan for
 * their own), a title, the first and last school years (by the calendar year they start in), the
 * programmes' envelopes (on creation; changed one by one afterwards) and, on a change, the version read.
 */
public record PlanForm(Long cityId, String title, Integer firstYear, Integer lastYear, List<EnvelopeForm> envelopes,
                       Long version) {
}
