package fr.tandem.plan.model;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The day an invoice was paid. */
@Schema(description = "The day an invoice was paid.")
public record Payment(
        @Schema(required = true, description = "The day it was paid (Paris time), not before it was issued.",
                example = "2026-05-02") LocalDate paidOn) {
}
