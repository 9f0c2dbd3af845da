package fr.tandem.support;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.School;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A teacher's request to the city's IT department. It moves new → assigned → in progress →
 * waiting for the teacher → resolved → closed only through the named methods below, each of which
 * refuses a step that does not start from an allowed status; a resolved or closed request may be
 * reopened within {@link #REOPEN_DELAY}. Every step is written in the thread both sides read.
 *
 * <p>When a hardware request names an item of equipment, the item's status follows: broken when
 * reported (or linked), in repair when work starts, in service again when resolved.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

    /** How long after its resolution a request may be reopened. */
    public static final Duration REOPEN_DELAY = Duration.ofDays(7);

    private static final Set<RequestStatus> WORKABLE = EnumSet.of(RequestStatus.NEW, RequestStatus.ASSIGNED,
            RequestStatus.IN_PROGRESS, RequestStatus.WAITING_FOR_TEACHER);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_request_seq")
    @SequenceGenerator(name = "support_request_seq", sequenceName = "support_request_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "equipment_id")
    private Equipment equipment;

    @Column(length = 100)
    private String room;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestCategory category;

    @Column(nullable = false, length = 150)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RequestStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "requester_id")
    private Account requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "first_answered_at")
    private Instant firstAnsweredAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "referred_at")
    private Instant referredToInspectorAt;

    @Column(nullable = false)
    private boolean demo;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<RequestMessage> messages = new ArrayList<>();

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<RequestAttachment> attachments = new ArrayList<>();

    @Version
    private long version;

    protected SupportRequest() {
        // for JPA
    }

    /**
     * A new request from a person of the school (a teacher or head teacher of it, or city staff on
     * their behalf). The equipment, when given, must be of that school and not retired.
     */
    public SupportRequest(Account requester, School school, Equipment equipment, String room,
                          RequestCategory category, String subject, String description, boolean demo, Instant now) {
        this.requester = Objects.requireNonNull(requester, "requester");
        this.school = Objects.requireNonNull(school, "school");
        if (category == null) {
            throw new RuleViolation("support.category.required");
        }
        this.category = category;
        this.subject = Texts.required(subject, "support.subject.required", 150);
        this.description = Texts.optionalBlock(description, 4000);
        if (this.description == null) {
            throw new RuleViolation("support.description.required");
        }
        this.room = Texts.optional(room, 100);
        this.status = RequestStatus.NEW;
        this.createdAt = now;
        this.demo = demo;
        messages.add(new RequestMessage(this, MessageEvent.CREATED, requester, false, now, null, null, RequestStatus.NEW));
        if (equipment != null) {
            attach(equipment, requester, now);
        }
    }

    /** Links the request to an item of the same school; a hardware request marks it broken. */
    public void linkEquipment(Equipment item, Account staff, Instant now) {
        requireStaff(staff);
        if (!status.open()) {
            throw refused("link");
        }
        attach(item, staff, now);
        messages.add(new RequestMessage(this, MessageEvent.EQUIPMENT, staff, true, now, item.serialNumber(), null, null));
        if (status == RequestStatus.IN_PROGRESS) {
            follow(EquipmentStatus.IN_REPAIR, staff, now);
        }
    }

    private void attach(Equipment item, Account by, Instant now) {
        if (!item.school().id().equals(school.id())) {
            throw new RuleViolation("support.equipment.otherSchool", item.serialNumber());
        }
        if (item.status() == EquipmentStatus.RETIRED) {
            throw new RuleViolation("equipment.retired", item.serialNumber());
        }
        equipment = item;
        if (room == null) {
            room = item.room();
        }
        follow(EquipmentStatus.BROKEN, by, now);
    }

    /** City staff give the request to one of them (or take it); a new request becomes assigned. */
    public void assign(Account staffMember, Account by, Instant now) {
        requireStaff(by);
        requireStaff(staffMember);
        if (!WORKABLE.contains(status)) {
            throw refused("assign");
        }
        assignee = staffMember;
        RequestStatus before = status;
        if (status == RequestStatus.NEW) {
            status = RequestStatus.ASSIGNED;
        }
        messages.add(new RequestMessage(this, MessageEvent.ASSIGNED, by, true, now, staffMember.displayName(), before,
                status));
    }

    /** Work starts (a new request is taken by whoever starts it); a reported item goes to repair. */
    public void start(Account staff, Instant now) {
        requireStaff(staff);
        if (status != RequestStatus.NEW && status != RequestStatus.ASSIGNED) {
            throw refused("start");
        }
        if (assignee == null) {
            assignee = staff;
        }
        move(RequestStatus.IN_PROGRESS, staff, true, null, now);
        answered(now);
        follow(EquipmentStatus.IN_REPAIR, staff, now);
    }

    /** City staff need something from the teacher: the question is required. */
    public void askTeacher(Account staff, String question, Instant now) {
        requireStaff(staff);
        String text = Texts.optionalBlock(question, 4000);
        if (text == null) {
            throw new RuleViolation("support.question.required");
        }
        if (status != RequestStatus.ASSIGNED && status != RequestStatus.IN_PROGRESS) {
            throw refused("askTeacher");
        }
        move(RequestStatus.WAITING_FOR_TEACHER, staff, true, text, now);
        answered(now);
    }

    /**
     * A comment in the thread, from either side; not on a closed request. City staff's first
     * comment is the first answer; the school's answer to a question puts the request back in progress.
     */
    public void comment(Account author, String text, Instant now) {
        String body = Texts.optionalBlock(text, 4000);
        if (body == null) {
            throw new RuleViolation("support.comment.required");
        }
        if (status == RequestStatus.CLOSED) {
            throw refused("comment");
        }
        boolean staff = isStaff(author);
        if (!staff && status == RequestStatus.WAITING_FOR_TEACHER) {
            move(RequestStatus.IN_PROGRESS, author, false, body, now);
            return;
        }
        messages.add(new RequestMessage(this, MessageEvent.COMMENT, author, staff, now, body, null, null));
        if (staff) {
            answered(now);
        }
    }

    /**
     * An internal note of the city staff on the request (not on a closed one): never shown nor
     * mailed to the school, and not an answer to it.
     */
    public void note(Account staff, String text, Instant now) {
        requireStaff(staff);
        String body = Texts.optionalBlock(text, 4000);
        if (body == null) {
            throw new RuleViolation("support.note.required");
        }
        if (status == RequestStatus.CLOSED) {
            throw refused("note");
        }
        messages.add(RequestMessage.note(this, staff, now, body));
    }

    /** City staff solved it, saying how; a reported item is back in service. */
    public void resolve(Account staff, String solution, Instant now) {
        resolve(staff, solution, true, now);
    }

    /**
     * City staff solved it, saying how; a reported item is back in service unless they keep it
     * out of service (it still needs a part, say).
     */
    public void resolve(Account staff, String solution, boolean itemBackInService, Instant now) {
        requireStaff(staff);
        String text = Texts.optionalBlock(solution, 4000);
        if (text == null) {
            throw new RuleViolation("support.solution.required");
        }
        if (!WORKABLE.contains(status)) {
            throw refused("resolve");
        }
        if (assignee == null) {
            assignee = staff;
        }
        move(RequestStatus.RESOLVED, staff, true, text, now);
        answered(now);
        resolvedAt = now;
        if (itemBackInService) {
            follow(EquipmentStatus.IN_SERVICE, staff, now);
        }
    }

    /** Closes a resolved request (city staff, or the school confirming it works). */
    public void close(Account by, Instant now) {
        if (status != RequestStatus.RESOLVED) {
            throw refused("close");
        }
        move(RequestStatus.CLOSED, by, isStaff(by), null, now);
        closedAt = now;
    }

    /**
     * Reopens a resolved or closed request within {@link #REOPEN_DELAY} of its resolution, saying
     * why; it goes back to whoever had it (or to the queue), and a reported item is broken again.
     */
    public void reopen(Account by, String reason, Instant now) {
        String text = Texts.optionalBlock(reason, 4000);
        if (text == null) {
            throw new RuleViolation("support.reopen.reasonRequired");
        }
        if (status != RequestStatus.RESOLVED && status != RequestStatus.CLOSED) {
            throw refused("reopen");
        }
        if (now.isAfter(resolvedAt.plus(REOPEN_DELAY))) {
            throw new RuleViolation("support.reopen.tooLate", REOPEN_DELAY.toDays());
        }
        move(assignee == null ? RequestStatus.NEW : RequestStatus.IN_PROGRESS, by, isStaff(by), text, now);
        resolvedAt = null;
        closedAt = null;
        follow(EquipmentStatus.BROKEN, by, now);
        if (status == RequestStatus.IN_PROGRESS) {
            follow(EquipmentStatus.IN_REPAIR, by, now);
        }
    }

    /** Passes a training need to the circonscription's inspector (once). */
    public void referToInspector(Account staff, Instant now) {
        requireStaff(staff);
        if (category != RequestCategory.TRAINING_NEED) {
            throw new RuleViolation("support.referral.notTraining");
        }
        if (referredToInspectorAt != null) {
            throw new RuleViolation("support.referral.done");
        }
        referredToInspectorAt = now;
        messages.add(new RequestMessage(this, MessageEvent.REFERRED, staff, true, now, null, null, null));
        answered(now);
    }

    /** Adds a photo or document, checked by {@link AttachmentPolicy}; not on a closed request. */
    public RequestAttachment addAttachment(String fileName, byte[] content, Account by, Instant now) {
        if (status == RequestStatus.CLOSED) {
            throw refused("attach");
        }
        if (attachments.size() >= AttachmentPolicy.MAX_FILES) {
            throw new RuleViolation("support.file.tooMany", AttachmentPolicy.MAX_FILES);
        }
        RequestAttachment attachment = new RequestAttachment(this, fileName, content, by.username(), now);
        attachments.add(attachment);
        return attachment;
    }

    /** Whether the person may read and comment on this request: city staff, the requester, the school's head teacher. */
    public boolean visibleTo(Account person) {
        return isStaff(person) || person.username().equals(requester.username())
                || person.hasRole(Role.HEAD_TEACHER) && person.school() != null
                && person.school().id().equals(school.id());
    }

    private void move(RequestStatus to, Account by, boolean staff, String body, Instant now) {
        RequestStatus from = status;
        status = to;
        messages.add(new RequestMessage(this, MessageEvent.STATUS, by, staff, now, body, from, to));
    }

    private void answered(Instant now) {
        if (firstAnsweredAt == null) {
            firstAnsweredAt = now;
        }
    }

    private void follow(EquipmentStatus itemStatus, Account by, Instant now) {
        if (equipment == null || category != RequestCategory.HARDWARE) {
            return;
        }
        EquipmentStatus current = equipment.status();
        boolean applies = switch (itemStatus) {
            case BROKEN -> current == EquipmentStatus.IN_SERVICE;
            case IN_REPAIR -> current == EquipmentStatus.BROKEN;
            case IN_SERVICE -> current == EquipmentStatus.BROKEN || current == EquipmentStatus.IN_REPAIR;
            case RETIRED -> false;
        };
        if (applies) {
            equipment.changeStatus(itemStatus, subject, by.username(), now);
        }
    }

    private RuleViolation refused(String action) {
        return new RuleViolation("support.transition.refused", new RuleViolation("support.action." + action),
                new RuleViolation("support.status." + status.name()));
    }

    private static void requireStaff(Account person) {
        if (!isStaff(person)) {
            throw new RuleViolation("support.staffOnly");
        }
    }

    private static boolean isStaff(Account person) {
        return person.hasRole(Role.CITY_STAFF) || person.hasRole(Role.ADMIN);
    }

    public Long id() {
        return id;
    }

    public School school() {
        return school;
    }

    public Equipment equipment() {
        return equipment;
    }

    public String room() {
        return room;
    }

    public RequestCategory category() {
        return category;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public RequestStatus status() {
        return status;
    }

    public Account requester() {
        return requester;
    }

    public Account assignee() {
        return assignee;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant firstAnsweredAt() {
        return firstAnsweredAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant referredToInspectorAt() {
        return referredToInspectorAt;
    }

    public boolean demo() {
        return demo;
    }

    public List<RequestMessage> messages() {
        return Collections.unmodifiableList(messages);
    }

    public List<RequestAttachment> attachments() {
        return Collections.unmodifiableList(attachments);
    }

    public long version() {
        return version;
    }
}
