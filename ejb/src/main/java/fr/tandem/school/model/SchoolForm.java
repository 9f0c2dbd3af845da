package fr.tandem.school.model;

import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a person types to create or change a school. Checked by the domain ({@code Uai},
 * {@code School}) so that the UI and the REST API give the same messages.
 */
@Schema(description = "A school as city staff create or change it (priority NONE and state OPEN when absent).")
public record SchoolForm(
        @Schema(description = "The school's UAI (8 characters); read on creation only, a change keeps the UAI of "
                + "the address", example = "0341234X") String uai,
        @Schema(required = true, description = "Up to 200 characters") String name,
        @Schema(required = true) SchoolKind kind,
        String street,
        @Schema(required = true, description = "5 digits", example = "34000") String postcode,
        @Schema(required = true, description = "The commune's INSEE code (5 characters)", example = "34172")
        String communeCode,
        @Schema(required = true, example = "Montpellier") String communeName,
        PriorityEducation priority,
        SchoolState state,
        @Schema(required = true, description = "The code of an existing circonscription", example = "0341234Z")
        String circonscriptionCode,
        String email,
        String phone,
        @Schema(description = "The version read (SchoolSummary.version); when given, a change made meanwhile by "
                + "someone else is refused with 409 instead of being overwritten") Long version) {

    public SchoolDetails details() {
        return new SchoolDetails(name, kind, null, null, street, postcode, communeCode, communeName, priority, state,
                email, phone);
    }
}
