package fr.tandem.licence.model;

import fr.tandem.school.SchoolKind;

/** The same number of seats to every open school of a circonscription, optionally of one kind. */
public record BulkAssignment(String circonscriptionCode, SchoolKind schoolKind, Integer seatsPerSchool) {
}
