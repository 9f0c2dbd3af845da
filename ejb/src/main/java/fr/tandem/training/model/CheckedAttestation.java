package fr.tandem.training.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an issued attestation attested, as the public check page shows it to whoever holds its code. */
@Schema(description = "What an issued attestation attested, as the public check shows it to whoever holds its code.")
public record CheckedAttestation(
        @Schema(required = true, description = "The verification code.")
        String code,
        @Schema(required = true) String teacherName,
        @Schema(description = "The teacher's school at the issue; absent when none.")
        String schoolName,
        @Schema(required = true, description = "The school year attested.", example = "2026-2027")
        String schoolYear,
        @Schema(required = true, description = "Training time done that year, in minutes.", example = "1080")
        int minutesDone,
        @Schema(required = true, description = "Training time due that year, in minutes.", example = "1080")
        int minutesDue,
        @Schema(required = true, description = "Who issued it (the inspector signing for the circonscription).")
        String issuer,
        @Schema(required = true, description = "When it was issued, an instant written in UTC.")
        Instant issuedAt) {
}
