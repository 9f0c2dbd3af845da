package fr.tandem.school.model;

import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What lists, forms and the REST API show of a school. */
@Schema(description = "A school: its identity, address, network and circonscription.")
public record SchoolSummary(
        @Schema(required = true, description = "The school's UAI, its national identifier", example = "0341234X")
        String uai,
        @Schema(required = true) String name,
        @Schema(required = true) SchoolKind kind,
        @Schema(description = "The ministry's nature code (from the Annuaire)", example = "151") String natureCode,
        @Schema(description = "The ministry's nature label (from the Annuaire)", example = "ECOLE DE NIVEAU ELEMENTAIRE")
        String natureLabel,
        String street,
        @Schema(required = true, example = "34000") String postcode,
        @Schema(required = true, description = "The commune's INSEE code", example = "34172") String communeCode,
        @Schema(required = true, example = "Montpellier") String communeName,
        @Schema(required = true) PriorityEducation priority,
        @Schema(required = true) SchoolState state,
        @Schema(required = true) String circonscriptionCode,
        @Schema(required = true) String circonscriptionName,
        String email,
        String phone,
        @Schema(required = true, description = "Whether the school belongs to the demonstration data") boolean demo,
        @Schema(required = true, description = "The version to send back with a change (SchoolForm.version)")
        long version) {
}
