package fr.tandem.people;

import fr.tandem.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An invitation to choose one's first password, sent by mail with a secret link: only the SHA-256
 * digest of the secret is stored, once the mail is sent (the secret is issued then). It works once,
 * for {@link #VALIDITY} from its creation; a newer invitation of the same account replaces it.
 */
@Entity
@Table(name = "invitation")
public class Invitation {

    /** How long an invitation can be used. */
    public static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_seq")
    @SequenceGenerator(name = "invitation_seq", sequenceName = "invitation_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    /** Null until the mail is sent; a new one at each attempt to send it. */
    @Column(name = "secret_digest", unique = true, length = 64)
    private String secretDigest;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Invitation() {
        // for JPA
    }

    /** An invitation for an active account, valid {@link #VALIDITY} from now; its secret is issued when it is sent. */
    public Invitation(Account account, Instant now) {
        if (!account.active()) {
            throw new RuleViolation("invitation.account.inactive", account.username());
        }
        this.account = account;
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.expiresAt = createdAt.plus(VALIDITY);
    }

    /** Whether the secret may still be issued (the mail sent): not used yet. */
    public boolean awaitsSecret() {
        return usedAt == null;
    }

    /** Keeps the digest of the secret the mail carries, in place of any earlier one (a failed attempt to send). */
    public void issueSecret(String digest) {
        if (!awaitsSecret()) {
            throw new IllegalStateException("a used invitation gets no new secret");
        }
        secretDigest = Objects.requireNonNull(digest);
    }

    /**
     * Marks the invitation used, or refuses it: already used, expired, or its account deactivated
     * since it was sent.
     */
    public void use(Instant now) {
        if (usedAt != null) {
            throw new RuleViolation("invitation.used");
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("invitation.expired");
        }
        if (!account.active()) {
            throw new RuleViolation("invitation.account.inactive", account.username());
        }
        usedAt = now;
    }

    /** Whether the link can still be used at that instant (not used, not expired, account active). */
    public boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt) && account.active();
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }
}
