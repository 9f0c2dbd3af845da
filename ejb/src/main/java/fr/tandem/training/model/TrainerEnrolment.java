package fr.tandem.training.model;

import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import java.time.Instant;

/**
 * One teacher of a session as its trainer sees them: who, from which school, in what standing,
 * the attendance mark and, when the teacher marked themselves present by the trainer's code, when.
 */
public record TrainerEnrolment(String username, String teacherName, String schoolName, BookingStatus status,
                               Attendance attendance, Instant checkedInAt) {
}
