package fr.tandem.dashboard.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the dashboard is narrowed to: a school year (its starting year; null for the current one),
 * a circonscription and a school (codes; null for all), and a city (its id; null for all).
 */
@Schema(description = "What the dashboard is narrowed to (an absent member: all).")
public record DashboardFilter(
        @Schema(description = "The school year by its starting year.", example = "2026")
        Integer schoolYear,
        @Schema(description = "A circonscription's code.") String circonscriptionCode,
        @Schema(description = "A school's UAI.", example = "0341234X")
        String schoolUai,
        @Schema(description = "A city's id.") Long cityId) {

    /** Every city. */
    public DashboardFilter(Integer schoolYear, String circonscriptionCode, String schoolUai) {
        this(schoolYear, circonscriptionCode, schoolUai, null);
    }
}
