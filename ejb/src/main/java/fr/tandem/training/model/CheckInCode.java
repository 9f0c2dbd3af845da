package fr.tandem.training.model;

import java.time.Instant;

/**
 * What the trainer shows for the self check-in: the code of this minute, the address a teacher's
 * phone opens, its QR code (an SVG image) and when the code changes.
 */
public record CheckInCode(long sessionId, String code, String address, String qrSvg, Instant changesAt) {
}
