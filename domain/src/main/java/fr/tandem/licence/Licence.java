package fr.tandem.licence;

import fr.tandem.people.Account;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.SeatCount;
import fr.tandem.platform.Texts;
import fr.tandem.school.City;
import fr.tandem.school.School;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A licence a city bought for a product: its seats (or a site or unlimited licence), validity,
 * price and funding, and the assignments of its seats. Assigning, releasing and renewing go
 * through this aggregate, which keeps the rules: a product and schools of its own city only,
 * never beyond its seats, a site licence for its one school, nothing new on an expired licence,
 * release only when transferable. Callers lock the licence row while they assign or release.
 */
@Entity
@Table(name = "licence")
public class Licence {

    /** The most seats one licence may have. */
    public static final int MAX_SEATS = 100_000;
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "licence_seq")
    @SequenceGenerator(name = "licence_seq", sequenceName = "licence_seq", allocationSize = 50)
    private Long id;

    /** The city that bought the licence and pays for it, set once at creation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "city_id")
    private City city;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LicenceKind kind;

    /** For per-seat licences only. */
    private Integer seats;

    /** The school a site licence belongs to, or the only school a per-seat licence may go to. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "holder_school_id")
    private School holder;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until", nullable = false)
    private LocalDate validUntil;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "grant_source", nullable = false, length = 12)
    private GrantSource grantSource;

    @Column(name = "grant_percent", nullable = false)
    private int grantPercent;

    @Column(name = "order_number", length = 60)
    private String orderNumber;

    @Column(name = "contract_reference", length = 100)
    private String contractReference;

    @Column(nullable = false)
    private boolean transferable;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RenewalMode renewal;

    @Column(name = "renewal_months", nullable = false)
    private int renewalMonths;

    @Column(name = "low_seat_threshold")
    private Integer lowSeatThreshold;

    @Column(length = 4000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LicenceStatus status;

    /** The GAR's idAbonnement when the licence came from a GAR subscription file. */
    @Column(name = "gar_subscription_id", unique = true, length = 200)
    private String garSubscriptionId;

    @Column(name = "renewed_from_id")
    private Long renewedFromId;

    @OneToMany(mappedBy = "licence", cascade = CascadeType.PERSIST)
    @OrderBy("assignedAt, id")
    private List<Assignment> assignments = new ArrayList<>();

    @Version
    private long version;

    protected Licence() {
        // for JPA
    }

    /** @throws RuleViolation {@code licence.city.required} without a city, and the rules of {@link #revise} */
    public Licence(City city, Product product, LicenceTerms terms, School holder) {
        if (city == null) {
            throw new RuleViolation("licence.city.required");
        }
        this.city = city;
        this.status = LicenceStatus.ACTIVE;
        revise(product, terms, holder);
    }

    /**
     * Sets the terms; a product or school of another city, seats below those already assigned, or a
     * site moved away from its assignments, are refused.
     */
    public final void revise(Product newProduct, LicenceTerms terms, School newHolder) {
        Objects.requireNonNull(newProduct);
        if (!sameCity(city, newProduct.city())) {
            throw new RuleViolation("licence.product.otherCity", newProduct.name());
        }
        if (newHolder != null && !sameCity(city, newHolder.city())) {
            throw new RuleViolation("licence.school.otherCity", newHolder.name());
        }
        LicenceKind newKind = terms.kind();
        if (newKind == null) {
            throw new RuleViolation("licence.kind.required");
        }
        Integer newSeats = null;
        if (newKind == LicenceKind.PER_SEAT) {
            newSeats = SeatCount.of(terms.seats(), MAX_SEATS, "licence.seats.range")
                    .notBelow(assignedSeats(), "licence.seats.belowAssigned").value();
        }
        if (newKind == LicenceKind.SITE && newHolder == null) {
            throw new RuleViolation("licence.site.school.required");
        }
        if (newKind == LicenceKind.UNLIMITED) {
            newHolder = null;
        }
        if (newHolder != null) {
            Long holderId = newHolder.id();
            if (activeAssignments().stream().anyMatch(a -> !Objects.equals(a.school().id(), holderId))) {
                throw new RuleViolation("licence.holder.otherAssignments", newHolder.name());
            }
        }
        if (terms.validFrom() == null || terms.validUntil() == null) {
            throw new RuleViolation("licence.validity.required");
        }
        if (terms.validUntil().isBefore(terms.validFrom())) {
            throw new RuleViolation("licence.validity.order");
        }
        if (terms.price() == null || terms.price().signum() < 0 || terms.price().precision() - terms.price().scale() > 10) {
            throw new RuleViolation("licence.price.invalid");
        }
        String newCurrency = terms.currency() == null || terms.currency().isBlank() ? "EUR"
                : terms.currency().strip().toUpperCase(java.util.Locale.ROOT);
        if (!CURRENCY.matcher(newCurrency).matches()) {
            throw new RuleViolation("licence.currency.invalid", newCurrency);
        }
        GrantSource source = terms.grantSource() == null ? GrantSource.NONE : terms.grantSource();
        int percent = terms.grantPercent() == null ? 0 : terms.grantPercent();
        if (percent < 0 || percent > 100 || source == GrantSource.NONE && percent != 0
                || source != GrantSource.NONE && percent == 0) {
            throw new RuleViolation("licence.grant.invalid");
        }
        int months = terms.renewalMonths() == null ? 12 : terms.renewalMonths();
        if (months < 1 || months > 60) {
            throw new RuleViolation("licence.renewal.months", months);
        }
        Integer threshold = terms.lowSeatThreshold();
        if (threshold != null && (threshold < 0 || newSeats != null && threshold > newSeats)) {
            throw new RuleViolation("licence.lowSeats.invalid", threshold);
        }
        product = newProduct;
        kind = newKind;
        seats = newSeats;
        holder = newHolder;
        validFrom = terms.validFrom();
        validUntil = terms.validUntil();
        price = terms.price().setScale(2, RoundingMode.HALF_UP);
        currency = newCurrency;
        grantSource = source;
        grantPercent = percent;
        orderNumber = Texts.optional(terms.orderNumber(), 60);
        contractReference = Texts.optional(terms.contractReference(), 100);
        transferable = terms.transferable();
        renewal = terms.renewal() == null ? RenewalMode.MANUAL : terms.renewal();
        renewalMonths = months;
        lowSeatThreshold = newKind == LicenceKind.PER_SEAT ? threshold : null;
        notes = Texts.optionalBlock(terms.notes(), 4000);
    }

    /**
     * Assigns seats to a school, or within it to a class or a teacher of that school. Refused on
     * an expired, renewed or cancelled licence, beyond the free seats, outside the licence's
     * own school, and for a school of another city.
     */
    public Assignment assign(School school, AssignmentTarget target, String className, Account teacher, Integer count,
                             LocalDate today, Instant now) {
        return assign(school, target, className, teacher, null, count, today, now);
    }

    /**
     * Assigns seats to a device (an equipment item, by its id) standing in that school, with the
     * rules of any assignment; the caller has checked that the device exists, may be read and is in
     * service or repair (not retired).
     */
    public Assignment assignToDevice(School school, long equipmentId, Integer count, LocalDate today, Instant now) {
        return assign(school, AssignmentTarget.DEVICE, null, null, equipmentId, count, today, now);
    }

    private Assignment assign(School school, AssignmentTarget target, String className, Account teacher,
                              Long equipmentId, Integer count, LocalDate today, Instant now) {
        Objects.requireNonNull(school);
        if (!sameCity(city, school.city())) {
            throw new RuleViolation("licence.school.otherCity", school.name());
        }
        if (status != LicenceStatus.ACTIVE) {
            throw new RuleViolation("licence.notActive");
        }
        if (expiredOn(today)) {
            throw new RuleViolation("licence.expired", validUntil.format(DAY));
        }
        if (holder != null && !holder.id().equals(school.id())) {
            throw new RuleViolation("licence.holder.only", holder.name());
        }
        int wanted = count == null ? 1 : count;
        if (wanted < 1) {
            throw new RuleViolation("licence.assign.seats.positive");
        }
        AssignmentTarget where = target == null ? AssignmentTarget.SCHOOL : target;
        String cleanedClass = null;
        Account who = null;
        switch (where) {
            case CLASS -> cleanedClass = Texts.required(className, "licence.assign.class.required", 100);
            case TEACHER -> {
                if (teacher == null) {
                    throw new RuleViolation("licence.assign.teacher.required");
                }
                if (teacher.school() == null || !teacher.school().id().equals(school.id())) {
                    throw new RuleViolation("licence.assign.teacher.otherSchool", teacher.displayName(), school.name());
                }
                who = teacher;
            }
            case DEVICE -> {
                if (equipmentId == null) {
                    throw new RuleViolation("licence.assign.device.required");
                }
            }
            default -> {
                // the whole school
            }
        }
        if (kind == LicenceKind.PER_SEAT && wanted > freeSeats(today)) {
            throw new Conflict("licence.seats.exceeded", product.name(), wanted, freeSeats(today), seats);
        }
        Assignment assignment = new Assignment(this, school, where, cleanedClass, who,
                where == AssignmentTarget.DEVICE ? equipmentId : null, wanted, now);
        assignments.add(assignment);
        return assignment;
    }

    /** Gives back an assignment's seats; only transferable seats can be taken back. */
    public void release(Assignment assignment, Instant now) {
        if (!transferable) {
            throw new RuleViolation("licence.notTransferable");
        }
        if (!assignments.contains(assignment) || !assignment.active()) {
            throw new RuleViolation("licence.assignment.notActive");
        }
        assignment.release(now);
    }

    /**
     * Gives back every seat a device holds, transferable or not: a retired device uses nothing any
     * more. The assignments keep their record, released.
     *
     * @return the seats given back
     */
    public int releaseDevice(long equipmentId, Instant now) {
        int freed = 0;
        for (Assignment assignment : activeAssignments()) {
            if (assignment.target() == AssignmentTarget.DEVICE && assignment.equipmentId() == equipmentId) {
                assignment.release(now);
                freed += assignment.seats();
            }
        }
        return freed;
    }

    /**
     * Gives a class-level assignment the class's new name (class names change with the school
     * year); the seats stay where they are, so any licence may do it while it is active.
     */
    public void renameClass(Assignment assignment, String newClassName) {
        if (status != LicenceStatus.ACTIVE) {
            throw new RuleViolation("licence.notActive");
        }
        if (!assignments.contains(assignment) || !assignment.active()) {
            throw new RuleViolation("licence.assignment.notActive");
        }
        if (assignment.target() != AssignmentTarget.CLASS) {
            throw new RuleViolation("licence.assignment.notClass");
        }
        assignment.renameClass(Texts.required(newClassName, "licence.assign.class.required", 100));
    }

    /** Moves an assignment's seats elsewhere in one step (transferable licences only). */
    public Assignment reassign(Assignment assignment, School school, AssignmentTarget target, String className,
                               Account teacher, LocalDate today, Instant now) {
        release(assignment, now);
        return assign(school, target, className, teacher, assignment.seats(), today, now);
    }

    /**
     * The next period's licence: same product, seats, price and funding, starting the day after
     * this one ends, for the renewal period; the active assignments follow. This one is then
     * {@link LicenceStatus#RENEWED} (no more reminders).
     */
    public Licence renew(Instant now) {
        if (status != LicenceStatus.ACTIVE) {
            throw new RuleViolation("licence.notActive");
        }
        LocalDate start = validUntil.plusDays(1);
        LicenceTerms next = new LicenceTerms(product.id(), kind, seats, null, start,
                start.plusMonths(renewalMonths).minusDays(1), price, currency, grantSource, grantPercent, null,
                contractReference, transferable, renewal, renewalMonths, lowSeatThreshold, notes, null);
        Licence renewed = new Licence(city, product, next, holder);
        renewed.renewedFromId = id;
        for (Assignment assignment : activeAssignments()) {
            renewed.assignments.add(new Assignment(renewed, assignment.school(), assignment.target(),
                    assignment.className(), assignment.teacher(), assignment.equipmentId(), assignment.seats(), now));
        }
        status = LicenceStatus.RENEWED;
        return renewed;
    }

    public void cancel() {
        if (status != LicenceStatus.ACTIVE) {
            throw new RuleViolation("licence.notActive");
        }
        status = LicenceStatus.CANCELLED;
    }

    /** Marks the licence as the GAR subscription of that id (imports find it again by this id). */
    public void fromGarSubscription(String subscriptionId) {
        garSubscriptionId = Texts.required(subscriptionId, "licence.gar.id.required", 200);
    }

    /** Past its last day of validity. */
    public boolean expiredOn(LocalDate today) {
        return today.isAfter(validUntil);
    }

    /** Whether two cities are the same one (by id once stored; a city without an id only equals itself). */
    static boolean sameCity(City one, City other) {
        if (one == null || other == null) {
            return one == other;
        }
        return one == other || one.id() != null && one.id().equals(other.id());
    }

    /** Whether the licence counts seats today: active and not expired. */
    public boolean countsOn(LocalDate today) {
        return status == LicenceStatus.ACTIVE && !expiredOn(today);
    }

    /** Seats still free today; 0 once expired, renewed or cancelled; {@code null} when unlimited. */
    public Integer freeSeats(LocalDate today) {
        if (kind != LicenceKind.PER_SEAT) {
            return null;
        }
        return countsOn(today) ? Math.max(0, seats - assignedSeats()) : 0;
    }

    /** Whether free seats have fallen below the licence's alert threshold today. */
    public boolean lowOnSeats(LocalDate today) {
        return lowSeatThreshold != null && countsOn(today) && freeSeats(today) < lowSeatThreshold;
    }

    /** Seats held by active assignments. */
    public int assignedSeats() {
        return activeAssignments().stream().mapToInt(Assignment::seats).sum();
    }

    public List<Assignment> activeAssignments() {
        return assignments.stream().filter(Assignment::active).toList();
    }

    /**
     * The part of the price an active assignment's seats stand for: the price times its seats over
     * the licence's seats (over the seats assigned, for site and unlimited licences); zero for a
     * released assignment.
     */
    public BigDecimal priceShare(Assignment assignment) {
        if (!assignments.contains(assignment) || !assignment.active()) {
            return BigDecimal.ZERO.setScale(2);
        }
        int base = kind == LicenceKind.PER_SEAT ? seats : assignedSeats();
        return price.multiply(BigDecimal.valueOf(assignment.seats())).divide(BigDecimal.valueOf(base), 2,
                RoundingMode.HALF_UP);
    }

    /** The part of {@link #priceShare} the licence's grant pays. */
    public BigDecimal grantShare(Assignment assignment) {
        return priceShare(assignment).multiply(BigDecimal.valueOf(grantPercent)).divide(BigDecimal.valueOf(100), 2,
                RoundingMode.HALF_UP);
    }

    /**
     * The licence's price split between schools in proportion to the seats assigned to them (a
     * site licence's whole price to its school); the part no school holds is under the null key.
     */
    public Map<School, BigDecimal> priceBySchool() {
        Map<School, BigDecimal> shares = new LinkedHashMap<>();
        if (holder != null && kind == LicenceKind.SITE) {
            shares.put(holder, price);
            return shares;
        }
        List<Assignment> active = activeAssignments();
        int base = kind == LicenceKind.PER_SEAT ? seats : active.stream().mapToInt(Assignment::seats).sum();
        BigDecimal given = BigDecimal.ZERO;
        if (base > 0) {
            for (Assignment a : active) {
                BigDecimal part = price.multiply(BigDecimal.valueOf(a.seats()))
                        .divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
                shares.merge(a.school(), part, BigDecimal::add);
                given = given.add(part);
            }
        }
        BigDecimal rest = price.subtract(given);
        if (rest.signum() > 0) {
            shares.merge(null, rest, BigDecimal::add);
        }
        return shares;
    }

    public BigDecimal grantAmount() {
        return price.multiply(BigDecimal.valueOf(grantPercent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal cityAmount() {
        return price.subtract(grantAmount());
    }

    public Long id() {
        return id;
    }

    public City city() {
        return city;
    }

    public Product product() {
        return product;
    }

    public LicenceKind kind() {
        return kind;
    }

    public Integer seats() {
        return seats;
    }

    public School holder() {
        return holder;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public BigDecimal price() {
        return price;
    }

    public String currency() {
        return currency;
    }

    public GrantSource grantSource() {
        return grantSource;
    }

    public int grantPercent() {
        return grantPercent;
    }

    public String orderNumber() {
        return orderNumber;
    }

    public String contractReference() {
        return contractReference;
    }

    public boolean transferable() {
        return transferable;
    }

    public RenewalMode renewal() {
        return renewal;
    }

    public int renewalMonths() {
        return renewalMonths;
    }

    public Integer lowSeatThreshold() {
        return lowSeatThreshold;
    }

    public String notes() {
        return notes;
    }

    public LicenceStatus status() {
        return status;
    }

    public String garSubscriptionId() {
        return garSubscriptionId;
    }

    public Long renewedFromId() {
        return renewedFromId;
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }
}
