package fr.tandem.plan.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A licence a line brought (or may bring: a candidate of the picker): its product, order number, seats and end. */
@Schema(description = "A licence a plan line brought, or may bring.")
public record LinkedLicence(
        @Schema(required = true) long id,
        @Schema(required = true, description = "The product's name.") String product,
        @Schema(description = "The order number; absent when not recorded.") String orderNumber,
        @Schema(description = "How many seats, for a per-seat licence; absent otherwise.") Integer seats,
        @Schema(required = true, description = "The last day it is valid (Paris time).", example = "2027-08-31")
        LocalDate validUntil) {
}
