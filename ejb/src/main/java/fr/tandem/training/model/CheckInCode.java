package fr.tandem.training.model;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the trainer shows for the self check-in: the code of this minute, the address a teacher's
 * phone opens, its QR code (an SVG image) and when the code changes.
 */
@Schema(description = "What the trainer shows for the self check-in: this minute's code, its address and QR code.")
public record CheckInCode(
        @Schema(required = true) long sessionId,
        @Schema(required = true, description = "The code of this minute.")
        String code,
        @Schema(required = true, description = "The address a teacher's phone opens, the code in it.", format = "uri")
        String address,
        @Schema(required = true, description = "The QR code of the address, an SVG image.")
        String qrSvg,
        @Schema(required = true, description = "When the code changes, an instant written in UTC.")
        Instant changesAt) {
}
