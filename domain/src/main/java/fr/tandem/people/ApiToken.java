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
import java.util.Objects;

/**
 * A personal API token: the secret is shown once at creation; only its SHA-256 digest is
 * stored. A revoked token stays listed but no longer authenticates.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** How precisely the last use is kept (see {@link #markUsed}). */
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "secret_digest", nullable = false, unique = true, length = 64)
    private String secretDigest;

    @Column(name = "secret_prefix", nullable = false, length = 12)
    private String secretPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // for JPA
    }

    public ApiToken(Account account, String label, String secretDigest, String secretPrefix, Instant now) {
        if (label == null || label.isBlank()) {
            throw new RuleViolation("token.label.required");
        }
        if (label.strip().length() > 100) {
            throw new RuleViolation("text.tooLong", 100);
        }
        this.account = Objects.requireNonNull(account);
        this.label = label.strip();
        this.secretDigest = Objects.requireNonNull(secretDigest);
        this.secretPrefix = Objects.requireNonNull(secretPrefix);
        this.createdAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Notes that the token was used, to the minute: a later use within a minute of the last one
     * noted changes nothing, so that a client calling the API many times a second does not write
     * the token row (and its audit row) on every call.
     */
    public void markUsed(Instant now) {
        if (lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_NOTED_EVERY))) {
            lastUsedAt = now;
        }
    }

    public boolean usable() {
        return revokedAt == null && account.active();
    }

    public Long id() {
        return id;
    }

    public Account account() {
        return account;
    }

    public String label() {
        return label;
    }

    public String secretPrefix() {
        return secretPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
