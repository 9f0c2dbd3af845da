package fr.tandem.support.model;

import fr.tandem.support.RequestCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new request as a form or a client sends it. A teacher's request is always for their own
 * school ({@code schoolUai} may be left out); city staff name the school.
 *
 * @param equipmentId the item concerned (from its label's QR code), or null
 */
@Schema(description = "A new request for help, as a teacher or city staff send it (files are attached afterwards).")
public record RequestForm(
        @Schema(description = "The school's UAI: required from city staff; a teacher's request is for their own school "
                + "and may leave it out.", example = "0341234X")
        String schoolUai,
        @Schema(description = "The item of the school's inventory concerned (from its label's QR code), if any.")
        Long equipmentId,
        @Schema(description = "The room, at most 100 characters.", example = "Salle 12") String room,
        @Schema(required = true, description = "What the request is about; each category has its own service level.")
        RequestCategory category,
        @Schema(required = true, description = "A short title, at most 150 characters.") String subject,
        @Schema(required = true, description = "What happens or what is needed, at most 4000 characters.")
        String description) {
}
