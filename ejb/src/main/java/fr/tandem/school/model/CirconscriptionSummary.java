package fr.tandem.school.model;

/** A circonscription as lists and the REST API show it, with its number of schools. */
public record CirconscriptionSummary(String code, String name, long schools) {
}
