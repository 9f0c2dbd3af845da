package fr.tandem.privacy.model;

import fr.tandem.people.Role;
import fr.tandem.people.model.SchoolPeriodSummary;
import fr.tandem.training.Attendance;
import fr.tandem.training.BookingStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything Tandem holds about one person (the right of access, RGPD article 15), as of
 * {@code producedAt}: their account, the schools they worked in, their API tokens (never a secret),
 * their training bookings and attendance with the hours of each school year, the hours they declared
 * from outside Tandem and the attestations issued to them, the kits they reserved, the requests they
 * made, the messages they wrote and the ratings they gave, the changes they made (the audit trail, newest first, at most
 * {@link #AUDIT_LIMIT}: {@code auditTotal} says how many there are) and the mails sent to them.
 */
@Schema(description = "Everything Tandem holds about the caller (the right of access, RGPD article 15).")
public record PersonalDataReport(
        @Schema(required = true, description = "When the report was produced (UTC)") Instant producedAt,
        @Schema(required = true) Identity account,
        @Schema(required = true, description = "The schools the person worked in, oldest first")
        List<SchoolPeriodSummary> schools,
        @Schema(required = true) List<Token> tokens,
        @Schema(required = true) List<BookingLine> bookings,
        @Schema(required = true, description = "The training hours of each school year") List<YearHours> hours,
        @Schema(required = true, description = "Hours done outside Tandem the person declared")
        List<OutsideLine> outsideHours,
        @Schema(required = true) List<AttestationLine> attestations,
        @Schema(required = true) List<ReservationLine> reservations,
        @Schema(required = true) List<RequestLine> requests,
        @Schema(required = true) List<MessageLine> messages,
        @Schema(required = true) List<RatingLine> ratings,
        @Schema(required = true, description = "How many changes the person made in all (audit lists at most 1000)")
        long auditTotal,
        @Schema(required = true, description = "The changes the person made, newest first, at most 1000")
        List<AuditLine> audit,
        @Schema(required = true) List<MailLine> mails) {

    /** The most audit rows a report lists. */
    public static final int AUDIT_LIMIT = 1000;

    /** The account itself (the password is said to exist or not, never shown). */
    @Schema(name = "PersonalDataAccount", description = "The person's account (whether it has a password, never the "
            + "password).")
    public record Identity(
            @Schema(required = true) String username,
            @Schema(required = true) String firstName,
            @Schema(required = true) String lastName,
            @Schema(required = true) String email,
            @Schema(required = true) Set<Role> roles,
            String schoolUai,
            String schoolName,
            String circonscriptionCode,
            String circonscriptionName,
            @Schema(description = "The name of the city of a city employee or councillor") String city,
            @Schema(description = "A teacher's working time, in percent") Integer workingTimePercent,
            @Schema(required = true, enumeration = {"fr", "en"}) String language,
            @Schema(required = true) boolean active,
            @Schema(required = true, description = "UTC") Instant createdAt,
            @Schema(description = "UTC; absent while active") Instant deactivatedAt,
            @Schema(required = true) boolean passwordSet,
            @Schema(required = true, description = "Whether the person has a calendar feed address") boolean calendarFeed) {
    }

    /** A personal API token: its name and dates. */
    @Schema(name = "PersonalDataToken", description = "A personal API token of the person: its name and dates (UTC).")
    public record Token(
            @Schema(required = true) String label,
            @Schema(required = true) Instant createdAt,
            Instant lastUsedAt,
            @Schema(required = true) Instant expiresAt,
            Instant revokedAt) {
    }

    /** A booking of a training session, with its attendance once taken. */
    @Schema(name = "PersonalDataBooking", description = "A booking of a training session by the person, with its "
            + "attendance once taken (absent until then).")
    public record BookingLine(
            @Schema(required = true) long sessionId,
            @Schema(required = true, description = "The training's title") String training,
            @Schema(required = true, description = "UTC") Instant startsAt,
            @Schema(required = true, description = "UTC") Instant endsAt,
            @Schema(required = true) String place,
            @Schema(required = true) BookingStatus status,
            @Schema(required = true, description = "Whether an inspector designated the person (rather than the person "
                    + "booking)") boolean designated,
            Attendance attendance,
            @Schema(required = true, description = "UTC") Instant requestedAt,
            @Schema(description = "UTC; absent unless cancelled") Instant cancelledAt) {
    }

    /** The hours of one school year, from attendance. */
    @Schema(name = "PersonalDataYearHours", description = "The person's training hours of one school year, from "
            + "attendance, in minutes.")
    public record YearHours(
            @Schema(required = true, example = "2026-2027") String schoolYear,
            @Schema(required = true, description = "In percent", example = "100") int workingTimePercent,
            @Schema(required = true, description = "Minutes of training due") int minutesDue,
            @Schema(required = true, description = "Minutes of training done") int minutesDone,
            @Schema(required = true, description = "Minutes still due") int minutesRemaining) {
    }

    /** Hours done outside Tandem the person declared (the certificate itself is downloaded from its page). */
    @Schema(name = "PersonalDataOutsideHours", description = "Hours of training done outside Tandem that the person "
            + "declared.")
    public record OutsideLine(
            @Schema(required = true) long id,
            @Schema(required = true) String title,
            @Schema(required = true, description = "The day (Paris time)", example = "2027-01-13") LocalDate doneOn,
            @Schema(required = true, description = "Minutes") int minutes,
            @Schema(required = true, description = "An OutsideHoursStatus value") String status,
            @Schema(required = true, description = "UTC") Instant declaredAt) {
    }

    /** An attestation of training hours issued to the person, with its verification code. */
    @Schema(name = "PersonalDataAttestation", description = "An attestation of training hours issued to the person.")
    public record AttestationLine(
            @Schema(required = true, description = "Its verification code") String code,
            @Schema(required = true, example = "2026-2027") String schoolYear,
            @Schema(required = true, description = "Minutes") int minutesDone,
            @Schema(required = true, description = "Minutes") int minutesDue,
            @Schema(required = true, description = "UTC") Instant issuedAt) {
    }

    /** A kit the person reserved. */
    @Schema(name = "PersonalDataReservation", description = "A kit the person reserved.")
    public record ReservationLine(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The kit's name") String kit,
            @Schema(required = true, description = "The first day (Paris time)", example = "2027-01-13") LocalDate from,
            @Schema(required = true, description = "The last day (Paris time)", example = "2027-01-15") LocalDate to,
            @Schema(required = true, description = "A ReservationStatus value") String status,
            String note,
            @Schema(required = true, description = "UTC") Instant requestedAt) {
    }

    /** A request the person made to the city's IT department. */
    @Schema(name = "PersonalDataRequest", description = "A request the person made to the city's IT department.")
    public record RequestLine(
            @Schema(required = true) long id,
            @Schema(required = true) String subject,
            @Schema(required = true, description = "A RequestCategory value") String category,
            @Schema(required = true, description = "A RequestStatus value") String status,
            @Schema(description = "The school's name") String school,
            String room,
            @Schema(required = true) String description,
            @Schema(required = true, description = "UTC") Instant createdAt,
            @Schema(description = "UTC; absent while open") Instant closedAt) {
    }

    /** A message the person wrote on a request (theirs or, for staff, one they worked on). */
    @Schema(name = "PersonalDataMessage", description = "A message the person wrote on a request.")
    public record MessageLine(
            @Schema(required = true) long requestId,
            @Schema(required = true, description = "UTC") Instant writtenAt,
            @Schema(required = true, description = "A MessageEvent value") String event,
            @Schema(required = true) String text) {
    }

    /** The person's rating of a resolved request. */
    @Schema(name = "PersonalDataRating", description = "The person's rating of a resolved request.")
    public record RatingLine(
            @Schema(required = true) long requestId,
            @Schema(required = true) boolean satisfied,
            String comment,
            @Schema(required = true, description = "UTC") Instant ratedAt) {
    }

    /** A change the person made (what, when; the values are in the audit trail). */
    @Schema(name = "PersonalDataAuditLine", description = "A change the person made (the values are in the audit "
            + "trail).")
    public record AuditLine(
            @Schema(required = true, description = "UTC") Instant occurredAt,
            @Schema(required = true, enumeration = {"INSERT", "UPDATE", "DELETE"}) String action,
            @Schema(required = true, example = "School") String entityType,
            @Schema(required = true) String entityId) {
    }

    /** A mail Tandem sent or will send to the person. */
    @Schema(name = "PersonalDataMail", description = "A mail Tandem sent or will send to the person.")
    public record MailLine(
            @Schema(required = true) String subject,
            @Schema(required = true, description = "When it was queued (UTC)") Instant queuedAt,
            @Schema(description = "When it was sent (UTC); absent until then") Instant sentAt) {
    }
}
