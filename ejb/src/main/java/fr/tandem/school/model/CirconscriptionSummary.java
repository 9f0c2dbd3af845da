package fr.tandem.school.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A circonscription as lists and the REST API show it, with its number of schools. */
@Schema(description = "A circonscription of the inspectorate and its number of schools.")
public record CirconscriptionSummary(
        @Schema(required = true, description = "The circonscription's code (its UAI)", example = "0341234Z") String code,
        @Schema(required = true) String name,
        @Schema(required = true, description = "How many schools it has (of the caller's territory when asked so)")
        long schools) {
}
