package fr.tandem.training.model;

import java.time.Instant;
import java.util.List;

/**
 * A session as its trainer runs it: the session, whether its attendance may be taken, when its
 * self check-in opens and whether it is open now, and its teachers (seats, then the waiting line,
 * then requests).
 */
public record SessionToRun(SessionSummary session, boolean attendanceOpen, Instant checkInOpens,
                           boolean checkInOpen, List<TrainerEnrolment> enrolments) {
}
