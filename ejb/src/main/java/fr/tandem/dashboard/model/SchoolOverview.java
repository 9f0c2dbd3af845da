package fr.tandem.dashboard.model;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.model.SchoolLoans;
import fr.tandem.equipment.model.SchoolYearCost;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A school's page: what to know before visiting it, one section per component, each {@code null} when
 * the reader's role may not see it: the kits it borrows ({@code loans}) and its equipment cost per year
 * ({@code costs}, the city's money) come from the equipment component's boundaries. Training is aggregated (small groups merged as on the dashboard);
 * teachers are named for the inspectorate only. Its equipment against its teachers trained on it
 * ({@code equipmentTraining}) is aggregated as on the dashboard. Its lines of the digital plan
 * ({@code plan}) come from the plan's boundary, without amounts for the inspectorate.
 */
@Schema(description = "A school's page, one section per component, each absent when the reader's role may not "
        + "see it: audits and costs for city staff and admins; requests for city staff, admins, the head teacher and "
        + "councillors; plan without amounts for the inspectorate.")
public record SchoolOverview(
        @Schema(required = true) Identity identity,
        Equipment equipment,
        List<Audit> audits,
        SchoolLoans loans,
        List<SchoolYearCost> costs,
        Licences licences,
        Requests requests,
        Training training,
        EquipmentTrainingFigures equipmentTraining,
        List<LineSummary> plan) {

    /** Who and where the school is. */
    @Schema(name = "SchoolIdentity", description = "Who and where the school is.")
    public record Identity(
            @Schema(required = true, example = "0341234X") String uai,
            @Schema(required = true) String name,
            @Schema(required = true) SchoolKind kind,
            @Schema(required = true, description = "Its priority-education label.") PriorityEducation priority,
            @Schema(required = true) SchoolState state,
            @Schema(description = "Absent when unknown.") String street,
            @Schema(description = "Absent when unknown.", example = "34000")
            String postcode,
            @Schema(description = "Absent when unknown.", example = "Montpellier")
            String communeName,
            @Schema(required = true) String circonscriptionCode,
            @Schema(required = true) String circonscriptionName,
            @Schema(description = "The active head teachers' names; absent when none.")
            String headTeacher,
            @Schema(description = "Absent when unknown.") String email,
            @Schema(description = "Absent when unknown.") String phone) {
    }

    /** Items of the school per type and status (retired ones counted apart). */
    @Schema(name = "SchoolEquipment", description = "The school's items per type and status (retired ones counted apart).")
    public record Equipment(
            @Schema(required = true) long inService,
            @Schema(required = true, description = "Broken or in repair.")
            long outOfService,
            @Schema(required = true) long retired,
            @Schema(required = true) List<TypeCount> types) {
    }

    /** One type of equipment. */
    @Schema(name = "SchoolEquipmentType", description = "The school's items of one equipment type.")
    public record TypeCount(
            @Schema(required = true) EquipmentType type,
            @Schema(required = true) long inService,
            @Schema(required = true) long broken,
            @Schema(required = true) long inRepair,
            @Schema(required = true) long retired) {
    }

    /** An open audit campaign expecting items of the school: seen out of expected in this school. */
    @Schema(name = "SchoolAudit", description = "An open audit campaign expecting items of the school.")
    public record Audit(
            @Schema(required = true) long campaignId,
            @Schema(required = true) String name,
            @Schema(required = true, description = "The day it is due (Paris time).", example = "2027-01-13")
            LocalDate dueDate,
            @Schema(required = true, description = "Items of the school expected.")
            long expected,
            @Schema(required = true, description = "Of them, seen.") long seen) {
    }

    /** Licences with seats assigned to the school and counting today. */
    @Schema(name = "SchoolLicences", description = "Licences with seats assigned to the school and counting today.")
    public record Licences(
            @Schema(required = true, description = "Seats assigned to the school in all.")
            long seats,
            @Schema(required = true) List<LicenceLine> lines) {
    }

    /** One licence at the school: its product, its seats there (site licence: unlimited), its end. */
    @Schema(name = "SchoolLicenceLine", description = "One licence at the school.")
    public record LicenceLine(
            @Schema(required = true) String product,
            @Schema(description = "Absent when unknown.") String publisher,
            @Schema(required = true, description = "Its seats at the school.")
            int seats,
            @Schema(required = true, description = "Whether it is a site licence (unlimited seats).")
            boolean siteLicence,
            @Schema(required = true, description = "Its last valid day.", example = "2027-08-31")
            LocalDate validUntil) {
    }

    /**
     * The school's requests: open now, resolved this school year and their mean time to resolve (hours,
     * rounded), and the latest ones (left out for the councillor, who reads counts only).
     */
    @Schema(name = "SchoolRequests", description = "The school's requests.")
    public record Requests(
            @Schema(required = true) long open,
            @Schema(required = true) long resolvedThisYear,
            @Schema(description = "Their mean time to resolve, in hours, rounded; absent when none was resolved.")
            Long meanHoursToResolve,
            @Schema(description = "The latest ones; absent for the councillor, who reads counts only.")
            List<RequestLine> latest) {
    }

    /** One request. */
    @Schema(name = "SchoolRequestLine", description = "One request of the school.")
    public record RequestLine(
            @Schema(required = true) long id,
            @Schema(required = true) String subject,
            @Schema(required = true) RequestCategory category,
            @Schema(required = true) RequestStatus status,
            @Schema(required = true, description = "When it was opened, an instant written in UTC.")
            Instant createdAt) {
    }

    /**
     * Teachers of the school trained this school year: head counts (exact), hours due and done (left out,
     * {@code null}, when fewer than {@code minGroup} teachers), per offer theme (themes of fewer than
     * {@code minGroup} teachers merged), and the teachers by name for the inspectorate only.
     */
    @Schema(name = "SchoolTraining", description = "The school's teachers trained this school year; durations in minutes.")
    public record Training(
            @Schema(required = true, example = "2026-2027") String schoolYear,
            @Schema(required = true, description = "The privacy minimum.", example = "5")
            int minGroup,
            @Schema(required = true) int teachers,
            @Schema(required = true, description = "Teachers present at a session this year.")
            int teachersTrained,
            @Schema(description = "Teachers who did all their hours; absent under the privacy minimum.")
            Integer teachersComplete,
            @Schema(description = "Absent under the privacy minimum.") Long minutesDue,
            @Schema(description = "Absent under the privacy minimum.") Long minutesDone,
            @Schema(required = true, description = "Per offer theme (small themes merged).")
            List<TrainingFigures.Row> themes,
            @Schema(description = "The teachers by name, for the inspectorate only; absent otherwise.")
            List<TeacherHours> named) {
    }

    /** One teacher's hours, for the inspectorate. */
    @Schema(name = "SchoolTeacherHours", description = "One teacher's hours, for the inspectorate.")
    public record TeacherHours(
            @Schema(required = true) String name,
            @Schema(required = true) int minutesDue,
            @Schema(required = true) int minutesDone) {
    }
}
