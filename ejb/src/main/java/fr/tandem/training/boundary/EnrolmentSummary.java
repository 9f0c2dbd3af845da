package fr.tandem.training.boundary;

import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import java.time.Instant;

/** One line of a session's enrolment list: who, from which school, in what standing, and the émargement. */
public record EnrolmentSummary(String username, String teacherName, String schoolName, BookingStatus status,
                               Instant requestedAt, Integer waitlistPosition, Attendance attendance) {
}
