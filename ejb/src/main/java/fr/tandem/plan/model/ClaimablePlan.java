package fr.tandem.plan.model;

/** A plan a claim can be made on: its id, title and school years ("2025–2028"). */
public record ClaimablePlan(long id, String title, String years) {
}
