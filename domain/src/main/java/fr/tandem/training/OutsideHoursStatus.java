package fr.tandem.training;

/** Where a declaration of hours done outside Tandem stands: waiting for the inspector, validated, refused, withdrawn. */
public enum OutsideHoursStatus {
    PENDING, VALIDATED, REFUSED, WITHDRAWN
}
