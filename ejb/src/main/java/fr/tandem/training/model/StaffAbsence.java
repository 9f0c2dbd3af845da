package fr.tandem.training.model;

import java.time.Instant;

/** A teacher of the head teacher's school away for a session held on class time. */
public record StaffAbsence(String teacherName, String offerTitle, Instant startsAt, Instant endsAt, String place) {
}
