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

/**
 * A school's page: what to know before visiting it, one section per component, each {@code null} when
 * the reader's role may not see it: the kits it borrows ({@code loans}) and its equipment cost per year
 * ({@code costs}, the city's money) come from the equipment component's boundaries. Training is aggregated (small groups merged as on the dashboard);
 * teachers are named for the inspectorate only. Its equipment against its teachers trained on it
 * ({@code equipmentTraining}) is aggregated as on the dashboard. Its lines of the digital plan
 * ({@code plan}) come from the plan's boundary, without amounts for the inspectorate.
 */
public record SchoolOverview(Identity identity, Equipment equipment, List<Audit> audits, SchoolLoans loans,
                             List<SchoolYearCost> costs, Licences licences, Requests requests, Training training,
                             EquipmentTrainingFigures equipmentTraining, List<LineSummary> plan) {

    /** Who and where the school is. */
    public record Identity(String uai, String name, SchoolKind kind, PriorityEducation priority, SchoolState state,
                           String street, String postcode, String communeName, String circonscriptionCode,
                           String circonscriptionName, String headTeacher, String email, String phone) {
    }

    /** Items of the school per type and status (retired ones counted apart). */
    public record Equipment(long inService, long outOfService, long retired, List<TypeCount> types) {
    }

    /** One type of equipment. */
    public record TypeCount(EquipmentType type, long inService, long broken, long inRepair, long retired) {
    }

    /** An open audit campaign expecting items of the school: seen out of expected in this school. */
    public record Audit(long campaignId, String name, LocalDate dueDate, long expected, long seen) {
    }

    /** Licences with seats assigned to the school and counting today. */
    public record Licences(long seats, List<LicenceLine> lines) {
    }

    /** One licence at the school: its product, its seats there (site licence: unlimited), its end. */
    public record LicenceLine(String product, String publisher, int seats, boolean siteLicence, LocalDate validUntil) {
    }

    /**
     * The school's requests: open now, resolved this school year and their mean time to resolve (hours,
     * rounded), and the latest ones (left out for the councillor, who reads counts only).
     */
    public record Requests(long open, long resolvedThisYear, Long meanHoursToResolve, List<RequestLine> latest) {
    }

    /** One request. */
    public record RequestLine(long id, String subject, RequestCategory category, RequestStatus status,
                              Instant createdAt) {
    }

    /**
     * Teachers of the school trained this school year: head counts (exact), hours due and done (left out,
     * {@code null}, when fewer than {@code minGroup} teachers), per offer theme (themes of fewer than
     * {@code minGroup} teachers merged), and the teachers by name for the inspectorate only.
     */
    public record Training(String schoolYear, int minGroup, int teachers, int teachersTrained,
                           Integer teachersComplete, Long minutesDue, Long minutesDone, List<TrainingFigures.Row> themes,
                           List<TeacherHours> named) {
    }

    /** One teacher's hours, for the inspectorate. */
    public record TeacherHours(String name, int minutesDue, int minutesDone) {
    }
}
