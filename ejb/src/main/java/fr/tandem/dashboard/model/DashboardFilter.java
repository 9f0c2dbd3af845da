package fr.tandem.dashboard.model;

/**
 * What the dashboard is narrowed to: a school year (its starting year; null for the current one),
 * a circonscription and a school (codes; null for all), and a city (its id; null for all).
 */
public record DashboardFilter(Integer schoolYear, String circonscriptionCode, String schoolUai, Long cityId) {

    /** Every city. */
    public DashboardFilter(Integer schoolYear, String circonscriptionCode, String schoolUai) {
        this(schoolYear, circonscriptionCode, schoolUai, null);
    }
}
