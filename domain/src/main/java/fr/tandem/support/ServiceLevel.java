package fr.tandem.support;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
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
import java.time.Duration;

/**
 * A city's promise for a category of requests: a first answer and a resolution within so many
 * working hours (counted by {@link ServiceClock}). The levels of no city are the defaults, which hold
 * for a city that has not set its own.
 */
@Entity
@Table(name = "support_service_level")
public class ServiceLevel {

    private static final int MAX_HOURS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_service_level_seq")
    @SequenceGenerator(name = "support_service_level_seq", sequenceName = "support_service_level_seq",
            allocationSize = 50)
    private Long id;

    /** The city whose promise this is; {@code null} for the defaults. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    private RequestCategory category;

    @Column(name = "first_answer_hours", nullable = false)
    private int firstAnswerHours;

    @Column(name = "resolution_hours", nullable = false)
    private int resolutionHours;

    protected ServiceLevel() {
        // for JPA
    }

    /** A city's own level ({@code city} null: a default). */
    public ServiceLevel(City city, RequestCategory category, int firstAnswerHours, int resolutionHours) {
        this.city = city;
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

    /** The city whose promise this is; {@code null} for a default. */
    public City city() {
        return city;
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
