package fr.tandem.training.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account that may run training sessions, as a choice in the inspector's form. */
@Schema(description = "An account that may run training sessions.")
public record TrainerChoice(
        @Schema(required = true, description = "What SessionDetails.trainers takes.")
        String username,
        @Schema(required = true) String name) {
}
