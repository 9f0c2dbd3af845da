package fr.tandem.training.model;

import java.time.Instant;

/** What an issued attestation attested, as the public check page shows it to whoever holds its code. */
public record CheckedAttestation(String code, String teacherName, String schoolName, String schoolYear,
                                 int minutesDone, int minutesDue, String issuer, Instant issuedAt) {
}
