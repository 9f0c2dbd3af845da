package fr.tandem.dashboard.model;

/**
 * What the dashboard is narrowed to: a school year (its starting year; null for the current one),
 * a circonscription and a school (codes; null for all).
 */
public record DashboardFilter(Integer schoolYear, String circonscriptionCode, String schoolUai) {
}
