package fr.tandem.privacy.model;

import fr.tandem.people.Role;
import fr.tandem.people.model.SchoolPeriodSummary;
import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything Tandem holds about one person (the right of access, RGPD article 15), as of
 * {@code producedAt}: their account, the schools they worked in, their API tokens (never a secret),
 * their training bookings and attendance with the hours of each school year, the hours they declared
 * from outside Tandem and the attestations issued to them, the kits they reserved, the requests they
 * made, the messages they wrote and the ratings they gave, the changes they made (the audit trail, newest first, at most
 * {@link #AUDIT_LIMIT}: {@code auditTotal} says how many there are) and the mails sent to them.
 */
public record PersonalDataReport(Instant producedAt, Identity account, List<SchoolPeriodSummary> schools,
                                 List<Token> tokens, List<BookingLine> bookings, List<YearHours> hours,
                                 List<OutsideLine> outsideHours, List<AttestationLine> attestations,
                                 List<ReservationLine> reservations, List<RequestLine> requests,
                                 List<MessageLine> messages, List<RatingLine> ratings, long auditTotal,
                                 List<AuditLine> audit, List<MailLine> mails) {

    /** The most audit rows a report lists. */
    public static final int AUDIT_LIMIT = 1000;

    /** The account itself (the password is said to exist or not, never shown). */
    public record Identity(String username, String firstName, String lastName, String email, Set<Role> roles,
                           String schoolUai, String schoolName, String circonscriptionCode,
                           String circonscriptionName, String city, Integer workingTimePercent, String language,
                           boolean active, Instant createdAt, Instant deactivatedAt, boolean passwordSet,
                           boolean calendarFeed) {
    }

    /** A personal API token: its name and dates. */
    public record Token(String label, Instant createdAt, Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {
    }

    /** A booking of a training session, with its attendance once taken. */
    public record BookingLine(long sessionId, String training, Instant startsAt, Instant endsAt, String place,
                              BookingStatus status, boolean designated, Attendance attendance, Instant requestedAt,
                              Instant cancelledAt) {
    }

    /** The hours of one school year, from attendance. */
    public record YearHours(String schoolYear, int workingTimePercent, int minutesDue, int minutesDone,
                            int minutesRemaining) {
    }

    /** Hours done outside Tandem the person declared (the certificate itself is downloaded from its page). */
    public record OutsideLine(long id, String title, LocalDate doneOn, int minutes, String status,
                              Instant declaredAt) {
    }

    /** An attestation of training hours issued to the person, with its verification code. */
    public record AttestationLine(String code, String schoolYear, int minutesDone, int minutesDue, Instant issuedAt) {
    }

    /** A kit the person reserved. */
    public record ReservationLine(long id, String kit, LocalDate from, LocalDate to, String status, String note,
                                  Instant requestedAt) {
    }

    /** A request the person made to the city's IT department. */
    public record RequestLine(long id, String subject, String category, String status, String school, String room,
                              String description, Instant createdAt, Instant closedAt) {
    }

    /** A message the person wrote on a request (theirs or, for staff, one they worked on). */
    public record MessageLine(long requestId, Instant writtenAt, String event, String text) {
    }

    /** The person's rating of a resolved request. */
    public record RatingLine(long requestId, boolean satisfied, String comment, Instant ratedAt) {
    }

    /** A change the person made (what, when; the values are in the audit trail). */
    public record AuditLine(Instant occurredAt, String action, String entityType, String entityId) {
    }

    /** A mail Tandem sent or will send to the person. */
    public record MailLine(String subject, Instant queuedAt, Instant sentAt) {
    }
}
