package fr.tandem.training;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.Circonscription;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A training module of a circonscription's offer (an animation pédagogique or a formation):
 * what it is about, for whom, how long it counts, and when teachers may enrol.
 */
@Entity
@Table(name = "training_offer")
public class TrainingOffer {

    /** The longest credit one offer may give: the whole yearly obligation. */
    public static final int MAX_MINUTES = 18 * 60;

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
    @Column(nullable = false, length = 20)
    private Modality modality;

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

    @Version
    private long version;

    protected TrainingOffer() {
        // for JPA
    }

    public TrainingOffer(OfferDetails details, Circonscription circonscription, Account createdBy) {
        this.circonscription = Objects.requireNonNull(circonscription);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.status = OfferStatus.DRAFT;
        update(details);
    }

    /** Changes what the offer says; the enrolment window must open before it closes. */
    public void update(OfferDetails details) {
        String newTitle = Texts.required(details.title(), "offer.title.required", 200);
        if (details.category() == null) {
            throw new RuleViolation("offer.category.required");
        }
        if (details.modality() == null) {
            throw new RuleViolation("offer.modality.required");
        }
        Integer minutes = details.minutesCredited();
        if (minutes == null || minutes < 15 || minutes > MAX_MINUTES) {
            throw new RuleViolation("offer.minutes.range", minutes == null ? "—" : minutes);
        }
        if (details.enrolmentOpens() == null || details.enrolmentCloses() == null) {
            throw new RuleViolation("offer.window.required");
        }
        if (!details.enrolmentOpens().isBefore(details.enrolmentCloses())) {
            throw new RuleViolation("offer.window.order");
        }
        title = newTitle;
        description = Texts.optionalBlock(details.description(), 4000);
        topic = Texts.optional(details.topic(), 100);
        category = details.category();
        modality = details.modality();
        minutesCredited = minutes;
        enrolmentOpens = details.enrolmentOpens();
        enrolmentCloses = details.enrolmentCloses();
    }

    public void publish() {
        if (status == OfferStatus.CANCELLED) {
            throw new RuleViolation("offer.cancelled");
        }
        status = OfferStatus.PUBLISHED;
    }

    /** Whether a teacher may enrol at this instant (published, window open). */
    public boolean enrolmentOpenAt(Instant now) {
        return status == OfferStatus.PUBLISHED && !now.isBefore(enrolmentOpens) && now.isBefore(enrolmentCloses);
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

    public Circonscription circonscription() {
        return circonscription;
    }

    public OfferDetails details() {
        return new OfferDetails(title, description, topic, category, modality, minutesCredited, enrolmentOpens,
                enrolmentCloses);
    }
}
