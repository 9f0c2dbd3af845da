package fr.tandem.training;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.SearchText;
import fr.tandem.platform.Texts;
import fr.tandem.school.Circonscription;
import fr.tandem.school.School;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A training module of a circonscription's offer (an animation pédagogique or a formation):
 * what it is about, for whom, how long it counts, and when teachers may enrol.
 */
@Entity
@Table(name = "training_offer")
public class TrainingOffer {

    /** The reminder offset of an offer that names none. */
    public static final int DEFAULT_REMINDER_DAYS = 2;

    /** The longest reminder offset, in days. */
    public static final int MAX_REMINDER_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_offer_seq")
    @SequenceGenerator(name = "training_offer_seq", sequenceName = "training_offer_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(length = 100)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OfferCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OfferNature nature;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Modality modality;

    @Column(name = "needs_validation", nullable = false)
    private boolean needsValidation;

    /** Whether the sessions are a parcours, booked as one set (see {@link SessionSet}). */
    @Column(name = "taken_together", nullable = false)
    private boolean takenTogether;

    @Convert(converter = CyclesConverter.class)
    @Column(name = "target_cycles", length = 20)
    private Set<Cycle> targetCycles = EnumSet.noneOf(Cycle.class);

    /** The same column as written by {@link CyclesConverter}, read by catalogue queries ("C2,C3"). */
    @Column(name = "target_cycles", insertable = false, updatable = false)
    private String targetCyclesCode;

    /** Title and topic folded for searching (see {@link SearchText}). */
    @Column(name = "search_text", length = 310)
    private String searchText;

    @ManyToMany
    @JoinTable(name = "training_offer_school", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "school_id"))
    private Set<School> targetSchools = new HashSet<>();

    /** The equipment types the offer teaches to use (ENI, tablets, webradio…), issue 19. */
    @ElementCollection
    @CollectionTable(name = "training_offer_equipment_type", joinColumns = @JoinColumn(name = "offer_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "equipment_type", nullable = false, length = 30)
    private Set<EquipmentType> equipmentTypes = EnumSet.noneOf(EquipmentType.class);

    @Column(name = "minutes_credited", nullable = false)
    private int minutesCredited;

    @Column(name = "enrolment_opens", nullable = false)
    private Instant enrolmentOpens;

    @Column(name = "enrolment_closes", nullable = false)
    private Instant enrolmentCloses;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "circonscription_id", nullable = false)
    private Circonscription circonscription;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false)
    private Account createdBy;

    @OneToMany(mappedBy = "offer")
    @OrderBy("startsAt, id")
    private List<TrainingSession> sessions = new ArrayList<>();
    /** How many days before each session its reminder goes out; 0: none (issue 17). */
    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = DEFAULT_REMINDER_DAYS;

    /** Whether the sessions are held on class time: each seated teacher needs a replacement (issue 17). */
    @Column(name = "class_time", nullable = false)
    private boolean classTime;

    @Version
    private long version;

    protected TrainingOffer() {
        // for JPA
    }

    /**
     * A draft offer of the circonscription. The target schools are those the details name, found
     * by the caller; they must belong to the circonscription.
     */
    public TrainingOffer(OfferDetails details, Collection<School> targetSchools, Circonscription circonscription,
                         Account createdBy) {
        this.circonscription = Objects.requireNonNull(circonscription);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.status = OfferStatus.DRAFT;
        update(details, targetSchools, false);
    }

    /**
     * Changes what the offer says; the enrolment window must open before it closes, and whether
     * the sessions are taken together may not change once someone is enrolled.
     */
    public void update(OfferDetails details, Collection<School> schools, boolean someoneEnrolled) {
        String newTitle = Texts.required(details.title(), "offer.title.required", 200);
        if (details.category() == null) {
            throw new RuleViolation("offer.category.required");
        }
        if (details.nature() == null) {
            throw new RuleViolation("offer.nature.required");
        }
        if (details.modality() == null) {
            throw new RuleViolation("offer.modality.required");
        }
        CreditedHours credited = CreditedHours.ofMinutes(details.minutesCredited());
        if (details.enrolmentOpens() == null || details.enrolmentCloses() == null) {
            throw new RuleViolation("offer.window.required");
        }
        if (!details.enrolmentOpens().isBefore(details.enrolmentCloses())) {
            throw new RuleViolation("offer.window.order");
        }
        boolean together = Boolean.TRUE.equals(details.takenTogether());
        if (someoneEnrolled && together != takenTogether) {
            throw new RuleViolation("offer.set.enrolled");
        }
        int reminder = details.reminderDaysBefore() == null ? DEFAULT_REMINDER_DAYS : details.reminderDaysBefore();
        if (reminder < 0 || reminder > MAX_REMINDER_DAYS) {
            throw new RuleViolation("offer.reminder.range", MAX_REMINDER_DAYS);
        }
        if (details.equipmentTypes() != null && details.equipmentTypes().stream().anyMatch(Objects::isNull)) {
            throw new RuleViolation("offer.equipmentType.unknown");
        }
        for (School school : schools) {
            if (!school.circonscription().id().equals(circonscription.id())) {
                throw new RuleViolation("offer.target.otherCirconscription", school.name());
            }
        }
        title = newTitle;
        description = Texts.optionalBlock(details.description(), 4000);
        topic = Texts.optional(details.topic(), 100);
        searchText = SearchText.of(title, topic);
        category = details.category();
        nature = details.nature();
        modality = details.modality();
        needsValidation = Boolean.TRUE.equals(details.needsValidation());
        takenTogether = together;
        targetCycles = details.targetCycles() == null || details.targetCycles().isEmpty() ? EnumSet.noneOf(Cycle.class)
                : EnumSet.copyOf(details.targetCycles());
        targetSchools = new HashSet<>(schools);
        minutesCredited = credited.minutes();
        enrolmentOpens = details.enrolmentOpens();
        enrolmentCloses = details.enrolmentCloses();
        reminderDays = reminder;
        classTime = Boolean.TRUE.equals(details.onClassTime());
        equipmentTypes = details.equipmentTypes() == null || details.equipmentTypes().isEmpty()
                ? EnumSet.noneOf(EquipmentType.class) : EnumSet.copyOf(details.equipmentTypes());
    }

    /** Keeps the offer's sessions in step with a session just created for it. */
    void added(TrainingSession session) {
        sessions.add(session);
    }

    /** The offer's sessions, soonest first (cancelled ones too). */
    public List<TrainingSession> sessions() {
        return List.copyOf(sessions);
    }

    public void publish() {
        if (status == OfferStatus.CANCELLED) {
            throw new RuleViolation("offer.cancelled");
        }
        status = OfferStatus.PUBLISHED;
    }

    /** Withdraws the offer; the caller cancels its sessions to come, with notice. */
    public void cancel() {
        status = OfferStatus.CANCELLED;
    }

    /** Whether a teacher may enrol at this instant (published, window open). */
    public boolean enrolmentOpenAt(Instant now) {
        return status == OfferStatus.PUBLISHED && !now.isBefore(enrolmentOpens) && now.isBefore(enrolmentCloses);
    }

    /**
     * Whether the teacher belongs to the offer's target public: a teacher of a school of the
     * circonscription, of one of the target schools if any are named, whose school teaches one of
     * the target cycles if any are named. Départementales are for every teacher.
     */
    public boolean isFor(Account teacher) {
        School school = teacher.school();
        if (category == OfferCategory.DEPARTEMENTALE) {
            return school != null;
        }
        if (school == null || !school.circonscription().id().equals(circonscription.id())) {
            return false;
        }
        if (!targetSchools.isEmpty() && targetSchools.stream().noneMatch(s -> s.id().equals(school.id()))) {
            return false;
        }
        return targetCycles.isEmpty() || Cycle.of(school.kind()).stream().anyMatch(targetCycles::contains);
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String topic() {
        return topic;
    }

    public OfferCategory category() {
        return category;
    }

    public Modality modality() {
        return modality;
    }

    public OfferNature nature() {
        return nature;
    }

    public boolean needsValidation() {
        return needsValidation;
    }

    /** Whether the sessions are a parcours, booked, cancelled and promoted as one set. */
    public boolean takenTogether() {
        return takenTogether;
    }

    public Set<Cycle> targetCycles() {
        return targetCycles.isEmpty() ? EnumSet.noneOf(Cycle.class) : EnumSet.copyOf(targetCycles);
    }

    /** The equipment types the offer teaches to use. */
    public Set<EquipmentType> equipmentTypes() {
        return equipmentTypes.isEmpty() ? EnumSet.noneOf(EquipmentType.class) : EnumSet.copyOf(equipmentTypes);
    }

    public Set<School> targetSchools() {
        return Set.copyOf(targetSchools);
    }

    public int minutesCredited() {
        return minutesCredited;
    }

    public Instant enrolmentOpens() {
        return enrolmentOpens;
    }

    public Instant enrolmentCloses() {
        return enrolmentCloses;
    }

    public OfferStatus status() {
        return status;
    }

    /** Whether the sessions are held on class time (each seated teacher needs a replacement). */
    public boolean onClassTime() {
        return classTime;
    }

    /** How many days before each session its reminder goes out; 0: none. */
    public int reminderDays() {
        return reminderDays;
    }

    public Circonscription circonscription() {
        return circonscription;
    }

    public OfferDetails details() {
        return new OfferDetails(title, description, topic, category, nature, modality, minutesCredited, enrolmentOpens,
                enrolmentCloses, needsValidation, targetCycles(),
                targetSchools.stream().map(s -> s.uai().value()).sorted().toList(), takenTogether, reminderDays,
                classTime, equipmentTypes());
    }
}
