package fr.tandem.plan.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One row of the figures: a year, a school or a programme (its {@code key}: "2025", a UAI, "TNE";
 * {@code label}: what people read), how many lines it has and how many reached delivery, and its
 * amounts (null for those who see no amounts).
 */
@Schema(description = "One row of a plan's figures: the total, a school year, a school or a programme; its amounts "
        + "are absent for those who see no amounts.")
public record PlanGroup(
        @Schema(required = true, description = "TOTAL, a school year (the calendar year it starts in), a school's UAI "
                + "(CITY for the city's schools as a whole) or a programme.", example = "2025") String key,
        @Schema(description = "What people read (2025–2026, the school's name, the programme); absent for the "
                + "total and the city's schools as a whole.", example = "2025–2026") String label,
        @Schema(required = true, description = "How many lines.") long lines,
        @Schema(required = true, description = "How many lines reached delivery.") long delivered,
        PlanAmounts amounts) {
}
