package fr.tandem.plan.model;

import fr.tandem.plan.Programme;
import java.time.LocalDate;
import java.util.List;

/**
 * A grant claim asked for: the plan, the programme claimed from, the period (first and last day), and,
 * to make it, the ids of the preview's lines the person confirms and a note (both ignored by the
 * preview).
 */
public record ClaimRequest(Long planId, Programme programme, LocalDate from, LocalDate to, List<Long> lineIds,
                           String note) {
}
