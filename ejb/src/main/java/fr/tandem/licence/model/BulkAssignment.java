package fr.tandem.licence.model;

import fr.tandem.school.SchoolKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same number of seats to every open school of a circonscription, optionally of one kind. */
@Schema(description = "The same number of seats for every open school of a circonscription, optionally of one kind.")
public record BulkAssignment(
        @Schema(required = true, description = "The circonscription's code") String circonscriptionCode,
        @Schema(description = "Only the schools of this kind; every kind when left out") SchoolKind schoolKind,
        @Schema(required = true, description = "The seats each school gets, at least 1", example = "2")
        Integer seatsPerSchool) {
}
