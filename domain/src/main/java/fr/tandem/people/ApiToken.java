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
 * A personal API token: the secret is shown once at creation; only its SHA-256 digest is
 * stored. It expires after the days chosen at creation (a year unless said otherwise); an
 * expired or revoked token stays listed but no longer authenticates.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** How precisely the last use is kept (see {@link #markUsed}). */
    static final Duration USE_NOTED_EVERY = Duration.ofMinutes(1);
    /** The longest life of a token, and its life when none is chosen. */
    public static final int MAX_DAYS = 365;

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

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
        // for JPA
    }

    /** A token that expires {@code days} days from now ({@value #MAX_DAYS} when null), from 1 to {@value #MAX_DAYS}. */
    public ApiToken(Account account, String label, String secretDigest, String secretPrefix, Instant now,
                    Integer days) {
        if (label == null || label.isBlank()) {
            throw new RuleViolation("token.label.required");
        }
        if (label.strip().length() > 100) {
            throw new RuleViolation("text.tooLong", 100);
        }
        int lifetime = days == null ? MAX_DAYS : days;
        if (lifetime < 1 || lifetime > MAX_DAYS) {
            throw new RuleViolation("token.expiry.range", MAX_DAYS);
        }
        // to the microsecond, as precise as the databases store it: the creation answer shows what is kept
        this.expiresAt = now.plus(Duration.ofDays(lifetime)).truncatedTo(ChronoUnit.MICROS);
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

    /** Whether the token still authenticates: not revoked, not expired, its owner active. */
    public boolean usable(Instant now) {
        return revokedAt == null && !expired(now) && account.active();
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
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

    public Instant expiresAt() {
        return expiresAt;
    }
}
