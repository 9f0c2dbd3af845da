package fr.tandem.support;

import fr.tandem.people.Account;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The teacher's word on how a request was solved: satisfied or not, and a comment. Only the
 * person who made the request gives it, once the request is resolved (or closed); one per request,
 * which they may change within {@link #CHANGE_DELAY} of giving it, and no more after.
 */
@Entity
@Table(name = "request_satisfaction")
public class RequestSatisfaction {

    /** How long the teacher may change their rating after giving it. */
    public static final Duration CHANGE_DELAY = Duration.ofDays(7);

    public static final int COMMENT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "request_satisfaction_seq")
    @SequenceGenerator(name = "request_satisfaction_seq", sequenceName = "request_satisfaction_seq", allocationSize = 50)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id")
    private SupportRequest request;

    @Column(nullable = false)
    private boolean satisfied;

    @Column(name = "rating_comment", length = COMMENT_MAX)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(nullable = false)
    private boolean demo;

    protected RequestSatisfaction() {
        // for JPA
    }

    /**
     * @throws RuleViolation {@code support.satisfaction.requesterOnly} or
     *         {@code support.satisfaction.notResolved}
     */
    public RequestSatisfaction(SupportRequest request, Account by, boolean satisfied, String comment, boolean demo,
                               Instant now) {
        requireRater(request, by);
        this.request = request;
        this.satisfied = satisfied;
        this.comment = Texts.optionalBlock(comment, COMMENT_MAX);
        this.ratedAt = now;
        this.demo = demo;
    }

    /**
     * The teacher changes their rating, within {@link #CHANGE_DELAY} of giving it.
     *
     * @throws RuleViolation {@code support.satisfaction.final} after the delay, and the rules of the constructor
     */
    public void change(Account by, boolean nowSatisfied, String newComment, Instant now) {
        requireRater(request, by);
        if (now.isAfter(ratedAt.plus(CHANGE_DELAY))) {
            throw new RuleViolation("support.satisfaction.final", CHANGE_DELAY.toDays());
        }
        satisfied = nowSatisfied;
        comment = Texts.optionalBlock(newComment, COMMENT_MAX);
        changedAt = now;
    }

    /** Whether the rating may still be changed. */
    public boolean changeable(Instant now) {
        return !now.isAfter(ratedAt.plus(CHANGE_DELAY));
    }

    private static void requireRater(SupportRequest request, Account by) {
        if (!by.username().equals(request.requester().username())) {
            throw new RuleViolation("support.satisfaction.requesterOnly");
        }
        if (request.status() != RequestStatus.RESOLVED && request.status() != RequestStatus.CLOSED) {
            throw new RuleViolation("support.satisfaction.notResolved");
        }
    }

    public Long id() {
        return id;
    }

    public SupportRequest request() {
        return request;
    }

    public boolean satisfied() {
        return satisfied;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
