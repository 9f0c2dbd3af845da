package fr.tandem.support;

import fr.tandem.platform.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;

/**
 * The city's promise for a category of requests: a first answer and a resolution within so many
 * working hours (counted by {@link ServiceClock}).
 */
@Entity
@Table(name = "support_service_level")
public class ServiceLevel {

    private static final int MAX_HOURS = 2000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private RequestCategory category;

    @Column(name = "first_answer_hours", nullable = false)
    private int firstAnswerHours;

    @Column(name = "resolution_hours", nullable = false)
    private int resolutionHours;

    protected ServiceLevel() {
        // for JPA
    }

    public ServiceLevel(RequestCategory category, int firstAnswerHours, int resolutionHours) {
        this.category = category;
        change(firstAnswerHours, resolutionHours);
    }

    /** New targets; the first answer cannot be due after the resolution. */
    public void change(int newFirstAnswerHours, int newResolutionHours) {
        if (newFirstAnswerHours < 1 || newResolutionHours < 1 || newFirstAnswerHours > MAX_HOURS
                || newResolutionHours > MAX_HOURS) {
            throw new RuleViolation("support.level.range", MAX_HOURS);
        }
        if (newFirstAnswerHours > newResolutionHours) {
            throw new RuleViolation("support.level.order");
        }
        firstAnswerHours = newFirstAnswerHours;
        resolutionHours = newResolutionHours;
    }

    public RequestCategory category() {
        return category;
    }

    public int firstAnswerHours() {
        return firstAnswerHours;
    }

    public int resolutionHours() {
        return resolutionHours;
    }

    public Duration firstAnswer() {
        return Duration.ofHours(firstAnswerHours);
    }

    public Duration resolution() {
        return Duration.ofHours(resolutionHours);
    }
}
