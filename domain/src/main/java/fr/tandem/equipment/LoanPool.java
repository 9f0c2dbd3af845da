package fr.tandem.equipment;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
import fr.tandem.school.School;
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
import java.util.Objects;

/**
 * A pool of kits lent to schools, owned by a city or by one of its schools, with its rule: approval
 * by its managers or automatic, the longest loan in days, and whether late returns are reminded.
 */
@Entity
@Table(name = "loan_pool")
public class LoanPool {

    /** The longest loan any pool may allow, in days (a school year). */
    public static final int MAX_DAYS_LIMIT = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loan_pool_seq")
    @SequenceGenerator(name = "loan_pool_seq", sequenceName = "loan_pool_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 150)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoanApproval approval;

    @Column(name = "max_days", nullable = false)
    private int maxDays;

    @Column(name = "remind_late", nullable = false)
    private boolean remindLate;

    @Version
    private long version;

    protected LoanPool() {
        // for JPA
    }

    /** A pool of the city, or of one of its schools when {@code school} is given. */
    public LoanPool(String name, City city, School school, LoanApproval approval, int maxDays, boolean remindLate) {
        this.city = Objects.requireNonNull(city, "city");
        if (school != null && (school.city() == null || !city.id().equals(school.city().id()))) {
            throw new RuleViolation("loans.pool.schoolOutsideCity");
        }
        this.school = school;
        change(name, approval, maxDays, remindLate);
    }

    /** Changes the pool's name and rule; its owner stays. */
    public void change(String newName, LoanApproval newApproval, int newMaxDays, boolean newRemindLate) {
        if (newApproval == null) {
            throw new RuleViolation("loans.pool.approval.required");
        }
        if (newMaxDays < 1 || newMaxDays > MAX_DAYS_LIMIT) {
            throw new RuleViolation("loans.pool.maxDays", MAX_DAYS_LIMIT);
        }
        this.name = Texts.required(newName, "loans.pool.name.required", 150);
        this.approval = newApproval;
        this.maxDays = newMaxDays;
        this.remindLate = newRemindLate;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public City city() {
        return city;
    }

    /** The owning school, or null for a pool of the city. */
    public School school() {
        return school;
    }

    public LoanApproval approval() {
        return approval;
    }

    public int maxDays() {
        return maxDays;
    }

    public boolean remindLate() {
        return remindLate;
    }
}
