package fr.tandem.plan;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A city's multi-year digital plan for its schools (for instance 2025–2028): the school years it
 * covers, the envelope each funding programme granted, and (in {@link PlanLine}s) what is planned for
 * each school and year. Years are school years, named by the calendar year they start in.
 */
@Entity
@Table(name = "digital_plan")
public class DigitalPlan {

    /** The longest title kept. */
    public static final int TITLE_LENGTH = 200;
    /** The most school years one plan covers. */
    public static final int MAX_YEARS = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "digital_plan_seq")
    @SequenceGenerator(name = "digital_plan_seq", sequenceName = "digital_plan_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id", nullable = false)
    private City city;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    /** The calendar year the plan's first school year starts in (2025 for 2025–2026). */
    @Column(name = "first_year", nullable = false)
    private int firstYear;

    /** The calendar year the plan's last school year starts in. */
    @Column(name = "last_year", nullable = false)
    private int lastYear;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("programme ASC")
    private List<PlanEnvelope> envelopes = new ArrayList<>();

    @Version
    private long version;

    protected DigitalPlan() {
        // for JPA
    }

    /** @throws RuleViolation the rules of {@link #revise} */
    public DigitalPlan(City city, String title, Integer firstYear, Integer lastYear) {
        if (city == null) {
            throw new RuleViolation("plan.city.required");
        }
        this.city = city;
        revise(title, firstYear, lastYear);
    }

    /**
     * Renames the plan and sets the school years it covers: a title, a first year from 2000 and a
     * last year from the first, {@value #MAX_YEARS} school years at most. Whether lines fall outside
     * the new years is the caller's check ({@link #covers}).
     */
    public final void revise(String newTitle, Integer newFirstYear, Integer newLastYear) {
        String checkedTitle = Texts.required(newTitle, "plan.title.required", TITLE_LENGTH);
        if (newFirstYear == null || newLastYear == null) {
            throw new RuleViolation("plan.years.required");
        }
        if (newFirstYear < 2000 || newLastYear > 2100 || newLastYear < newFirstYear
                || newLastYear - newFirstYear >= MAX_YEARS) {
            throw new RuleViolation("plan.years.range", MAX_YEARS);
        }
        this.title = checkedTitle;
        this.firstYear = newFirstYear;
        this.lastYear = newLastYear;
    }

    /**
     * Sets what a programme grants the plan: a rate in percent (0 to 100) given by default to the
     * lines it funds, and an envelope (the most it pays over the whole plan; 0 or more, empty for no
     * ceiling). The city's own budget is a programme too.
     */
    public PlanEnvelope setEnvelope(Programme programme, BigDecimal rate, BigDecimal amount) {
        if (programme == null) {
            throw new RuleViolation("plan.programme.required");
        }
        Optional<PlanEnvelope> existing = envelope(programme);
        if (existing.isPresent()) {
            existing.get().change(rate, amount);
            return existing.get();
        }
        PlanEnvelope created = new PlanEnvelope(this, programme, rate, amount);
        envelopes.add(created);
        return created;
    }

    /** Removes a programme's envelope (its lines keep their own rate). */
    public void removeEnvelope(Programme programme) {
        envelopes.removeIf(envelope -> envelope.programme() == programme);
    }

    /** The envelope a programme granted, if any. */
    public Optional<PlanEnvelope> envelope(Programme programme) {
        return envelopes.stream().filter(envelope -> envelope.programme() == programme).findFirst();
    }

    /** Whether the school year starting in this calendar year is one of the plan's. */
    public boolean covers(int schoolYear) {
        return schoolYear >= firstYear && schoolYear <= lastYear;
    }

    /** "2025–2028": from the first year's start to the last year's end. */
    public String yearsLabel() {
        return firstYear + "–" + (lastYear + 1);
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public String title() {
        return title;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public List<PlanEnvelope> envelopes() {
        return List.copyOf(envelopes);
    }

    public long version() {
        return version;
    }
}
