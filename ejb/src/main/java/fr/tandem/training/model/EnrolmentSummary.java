package fr.tandem.training.model;

import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import java.time.Instant;

/**
 * One line of a session's enrolment list: who, from which school, in what standing (and whether
 * the inspector designated them), and the émargement.
 */
public record EnrolmentSummary(String username, String teacherName, String schoolName, BookingStatus status,
                               boolean designated, Instant requestedAt, Integer waitlistPosition,
                               Attendance attendance) {
}
