package fr.tandem.plan.model;

/**
 * One row of the figures: a year, a school or a programme (its {@code key}: "2025", a UAI, "TNE";
 * {@code label}: what people read), how many lines it has and how many reached delivery, and its
 * amounts (null for those who see no amounts).
 */
public record PlanGroup(String key, String label, long lines, long delivered, PlanAmounts amounts) {
}
