package fr.tandem.equipment.boundary;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.Kit;
import fr.tandem.equipment.LoanPool;
import fr.tandem.equipment.Reservation;
import fr.tandem.equipment.ReservationStatus;
import fr.tandem.equipment.control.LoanAccess;
import fr.tandem.equipment.control.LoanMails;
import fr.tandem.equipment.control.LoanViews;
import fr.tandem.equipment.model.CheckInForm;
import fr.tandem.equipment.model.KitCalendar;
import fr.tandem.equipment.model.KitForm;
import fr.tandem.equipment.model.KitSummary;
import fr.tandem.equipment.model.LoanDamaged;
import fr.tandem.equipment.model.LoanDesk;
import fr.tandem.equipment.model.PoolForm;
import fr.tandem.equipment.model.PoolSummary;
import fr.tandem.equipment.model.ReservationForm;
import fr.tandem.equipment.model.ReservationSummary;
import fr.tandem.equipment.model.SchoolLoans;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.FileTypes;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.SchoolHoliday;
import fr.tandem.school.Uai;
import fr.tandem.school.calendar.PublicHoliday;
import fr.tandem.school.calendar.PublicHolidays;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Loans of shared kits: pools and kits (managed by the city's staff, a school's pool also by its head
 * teacher), reservations by teachers and head teachers for their school, approval, check-out and
 * check-in, the kit's calendar, the managers' desk and a school's loans. A reservation locks its kit's
 * row before it looks for an overlapping live one, so two of them never hold the kit on the same day,
 * whatever the concurrency. Another city's pools, kits and reservations are not found.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER", "TEACHER"})
public class Loans {

    /** The longest period a kit's calendar answers, in days. */
    public static final int MAX_CALENDAR_DAYS = 400;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    LoanAccess access;

    @Inject
    LoanViews views;

    @Inject
    LoanMails mails;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Event<LoanDamaged> damaged;

    @EJB
    LateLoanRun lateRun;

    /** The pools the caller sees, by name. */
    public List<PoolSummary> pools() {
        return visiblePools().stream().map(views::pool).toList();
    }

    /** A pool of the city, or of one of its schools (a head teacher: of their own school only). */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public PoolSummary createPool(PoolForm form) {
        School school = poolSchool(form.schoolUai());
        City city = school != null ? school.city() : caller.account().city();
        if (city == null) {
            throw new RuleViolation("loans.pool.school.required");
        }
        LoanPool pool = new LoanPool(form.name(), city, school, form.approval(), days(form.maxDays()),
                Boolean.TRUE.equals(form.remindLate()));
        if (!access.manages(pool)) {
            throw new NotFound("school.notFound", form.schoolUai());
        }
        em.persist(pool);
        em.flush();
        return views.pool(pool);
    }

    /** Changes a pool's name and rule (its owner stays). */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public PoolSummary updatePool(long id, PoolForm form) {
        LoanPool pool = access.managedPool(id);
        em.lock(pool, LockModeType.PESSIMISTIC_WRITE);
        pool.change(form.name(), form.approval(), days(form.maxDays()), Boolean.TRUE.equals(form.remindLate()));
        em.flush();
        return views.pool(pool);
    }

    /** The kits the caller sees, by pool and name. */
    public List<KitSummary> kits() {
        List<LoanPool> pools = visiblePools();
        if (pools.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select k from Kit k join fetch k.pool p where p in :pools order by p.name, k.name, k.id",
                Kit.class).setParameter("pools", pools).getResultStream().map(views::kit).toList();
    }

    public KitSummary kit(long id) {
        return views.kit(access.kit(id));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public KitSummary createKit(KitForm form) {
        if (form.poolId() == null) {
            throw new RuleViolation("loans.kit.pool.required");
        }
        LoanPool pool = access.managedPool(form.poolId());
        Kit kit = new Kit(form.name(), form.type(), pool, items(form.serialNumbers()), form.checklist());
        em.persist(kit);
        em.flush();
        return views.kit(kit);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public KitSummary updateKit(long id, KitForm form) {
        Kit kit = access.kit(id, LockModeType.PESSIMISTIC_WRITE);
        if (!access.manages(kit.pool())) {
            throw new NotFound("loans.kit.notFound");
        }
        kit.change(form.name(), form.type(), items(form.serialNumbers()), form.checklist());
        em.flush();
        return views.kit(kit);
    }

    /** A kit's reservations from {@code today} on (the caller's and the managed ones with their requester), by date. */
    public List<ReservationSummary> reservations(long kitId) {
        Kit kit = access.kit(kitId);
        LocalDate today = today();
        return em.createQuery("select r from Reservation r where r.kit = :kit and (r.endsOn >= :today "
                        + "or r.status = :out) order by r.startsOn, r.id", Reservation.class)
                .setParameter("kit", kit).setParameter("today", today).setParameter("out", ReservationStatus.CHECKED_OUT)
                .getResultStream().map(r -> views.reservation(r, today)).toList();
    }

    /** The kit's availability between two days: live reservations, school and public holidays. */
    public KitCalendar calendar(long kitId, LocalDate from, LocalDate to) {
        Kit kit = access.kit(kitId);
        LocalDate start = from == null ? today().withDayOfMonth(1) : from;
        LocalDate end = to == null ? start.plusMonths(3).minusDays(1) : to;
        if (end.isBefore(start)) {
            throw new RuleViolation("loans.dates.order");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_CALENDAR_DAYS) {
            throw new RuleViolation("loans.calendar.tooLong", MAX_CALENDAR_DAYS);
        }
        List<KitCalendar.Busy> busy = em.createQuery("select r from Reservation r where r.kit = :kit "
                        + "and r.status in :live and r.startsOn <= :end and r.endsOn >= :start order by r.startsOn",
                        Reservation.class).setParameter("kit", kit).setParameter("live", live())
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .map(r -> new KitCalendar.Busy(r.startsOn(), r.endsOn(), r.status())).toList();
        List<SchoolHolidayPeriod> holidays = em.createQuery("select h from SchoolHoliday h", SchoolHoliday.class)
                .getResultStream().map(SchoolHoliday::period)
                .filter(p -> !p.firstDayOff().isAfter(end) && !p.classesResume().isBefore(start))
                .sorted((a, b) -> a.firstDayOff().compareTo(b.firstDayOff())).toList();
        List<PublicHoliday> publicHolidays = IntStream.rangeClosed(start.getYear(), end.getYear()).boxed()
                .flatMap(y -> PublicHolidays.of(y).stream())
                .filter(h -> !h.date().isBefore(start) && !h.date().isAfter(end)).toList();
        return new KitCalendar(kit.id(), start, end, busy, holidays, publicHolidays);
    }

    /**
     * Reserves a kit for the caller's school. The kit's row is locked first, then no live reservation
     * may overlap the days asked for. A pool that approves by itself approves at once; else its
     * managers hear of the request.
     */
    @RolesAllowed({"HEAD_TEACHER", "TEACHER"})
    public ReservationSummary reserve(ReservationForm form) {
        if (form.kitId() == null) {
            throw new RuleViolation("loans.kit.required");
        }
        Account me = caller.account();
        if (me.school() == null) {
            throw new RuleViolation("loans.school.required");
        }
        Kit kit = access.kit(form.kitId(), LockModeType.PESSIMISTIC_WRITE);
        LocalDate today = today();
        Reservation reservation = new Reservation(kit, me, me.school(), form.from(), form.to(), form.note(), false,
                today, clock.instant());
        List<Reservation> overlapping = em.createQuery("select r from Reservation r where r.kit = :kit "
                        + "and r.status in :live and r.startsOn <= :to and r.endsOn >= :from", Reservation.class)
                .setParameter("kit", kit).setParameter("live", live()).setParameter("from", form.from())
                .setParameter("to", form.to()).setMaxResults(1).getResultList();
        if (!overlapping.isEmpty()) {
            Reservation other = overlapping.get(0);
            throw new Conflict("loans.overlap", other.startsOn().format(DAY), other.endsOn().format(DAY));
        }
        em.persist(reservation);
        em.flush();
        if (reservation.status() == ReservationStatus.APPROVED) {
            mails.approved(reservation);
        } else {
            mails.requested(reservation);
        }
        return views.reservation(reservation, today);
    }

    /** The caller's reservations, newest first. */
    public List<ReservationSummary> mine() {
        LocalDate today = today();
        return em.createQuery("select r from Reservation r join fetch r.kit where r.requester.username = :me "
                        + "order by r.startsOn desc, r.id desc", Reservation.class)
                .setParameter("me", caller.username()).getResultStream().map(r -> views.reservation(r, today)).toList();
    }

    public ReservationSummary reservation(long id) {
        return views.reservation(access.reservation(id), today());
    }

    /** The requester withdraws a reservation not handed over yet. */
    @RolesAllowed({"HEAD_TEACHER", "TEACHER"})
    public ReservationSummary cancel(long id) {
        Reservation reservation = em.find(Reservation.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null || !access.mine(reservation)) {
            throw new NotFound("loans.reservation.notFound");
        }
        reservation.cancel(clock.instant());
        em.flush();
        return views.reservation(reservation, today());
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public ReservationSummary approve(long id) {
        Reservation reservation = access.managedReservation(id);
        reservation.approve(caller.username(), clock.instant());
        em.flush();
        mails.approved(reservation);
        return views.reservation(reservation, today());
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public ReservationSummary refuse(long id, String reason) {
        Reservation reservation = access.managedReservation(id);
        reservation.refuse(reason, caller.username(), clock.instant());
        em.flush();
        mails.refused(reservation);
        return views.reservation(reservation, today());
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public ReservationSummary checkOut(long id) {
        Reservation reservation = access.managedReservation(id);
        reservation.checkOut(caller.username(), clock.instant());
        em.flush();
        return views.reservation(reservation, today());
    }

    /**
     * The kit comes back: condition, missing parts, note and an optional photo (JPEG or PNG by its
     * content, 5 MB at most). Damage or missing parts open, when asked, the borrower's request to the
     * city on the kit's first item, in this transaction.
     */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public ReservationSummary checkIn(long id, CheckInForm form, byte[] photo) {
        Reservation reservation = access.managedReservation(id);
        reservation.checkIn(form.condition(), form.missingParts() == null ? List.of() : form.missingParts(),
                form.note(), caller.username(), clock.instant());
        if (photo != null && photo.length > 0) {
            reservation.attachPhoto(photo, FileTypes.sniff(photo));
        }
        em.flush();
        if (Boolean.TRUE.equals(form.openRequest()) && reservation.needsRepair()) {
            List<Equipment> items = reservation.kit().items();
            if (items.isEmpty()) {
                throw new RuleViolation("loans.kit.noItem");
            }
            damaged.fire(new LoanDamaged(reservation.id(), reservation.requester().id(), reservation.school().id(),
                    items.get(0).id(), reservation.kit().name(), describe(reservation)));
        }
        return views.reservation(reservation, today());
    }

    /** Adds (or replaces) the photo of a returned kit: JPEG or PNG by its content, 5 MB at most. */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public ReservationSummary attachPhoto(long id, byte[] photo) {
        Reservation reservation = access.managedReservation(id);
        reservation.attachPhoto(photo, photo == null ? null : FileTypes.sniff(photo));
        em.flush();
        return views.reservation(reservation, today());
    }

    /** The photo taken at check-in, for the requester and the pool's managers. */
    public byte[] photo(long id) {
        Reservation reservation = access.reservation(id);
        if (!reservation.hasPhoto()) {
            throw new NotFound("loans.photo.notFound");
        }
        return reservation.photo();
    }

    /** The photo's content type. */
    public String photoType(long id) {
        return access.reservation(id).photoType();
    }

    /** The managers' desk: requests to approve, kits to hand over, to take back, and late. */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public LoanDesk desk() {
        List<LoanPool> pools = visiblePools().stream().filter(access::manages).toList();
        if (pools.isEmpty()) {
            return new LoanDesk(List.of(), List.of(), List.of(), List.of());
        }
        LocalDate today = today();
        List<ReservationSummary> open = em.createQuery("select r from Reservation r join fetch r.kit k "
                        + "where k.pool in :pools and r.status in :open order by r.startsOn, r.id", Reservation.class)
                .setParameter("pools", pools).setParameter("open", live()).getResultStream()
                .map(r -> views.reservation(r, today)).toList();
        return new LoanDesk(
                open.stream().filter(r -> r.status() == ReservationStatus.REQUESTED).toList(),
                open.stream().filter(r -> r.status() == ReservationStatus.APPROVED).toList(),
                open.stream().filter(r -> r.status() == ReservationStatus.CHECKED_OUT && !r.late()).toList(),
                open.stream().filter(ReservationSummary::late).toList());
    }

    /**
     * Every reservation of the pools the caller manages (not one page), newest first, as a CSV for a
     * spreadsheet: UTF-8 with a BOM, cells a spreadsheet would take for a formula neutralised.
     */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER"})
    public byte[] exportCsv() {
        List<LoanPool> pools = visiblePools().stream().filter(access::manages).toList();
        List<Reservation> all = pools.isEmpty() ? List.of() : em.createQuery("select r from Reservation r join fetch r.kit k "
                        + "where k.pool in :pools order by r.startsOn desc, r.id desc", Reservation.class)
                .setParameter("pools", pools).getResultList();
        LocalDate today = today();
        return CsvExport.write(List.of("mallette", "parc", "uai", "ecole", "demandeur", "du", "au", "etat", "en_retard",
                        "etat_retour", "manquants", "remarque"),
                all.stream().map(r -> List.of(r.kit().name(), r.kit().pool().name(), r.school().uai().value(),
                        r.school().name(), r.requester().displayName(), r.startsOn().toString(), r.endsOn().toString(),
                        r.status().name(), r.late(today) ? "oui" : "non",
                        r.condition() == null ? "" : r.condition().name(), String.join(", ", r.missingParts()),
                        r.returnNote() == null ? "" : r.returnNote())).toList());
    }

    /** Runs the late-return reminders now (the daily timer runs them too); answers how many borrowers were reminded. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public int remindLate() {
        return lateRun.runDue();
    }

    /**
     * A school's loans, for the school's page: the kits it holds or should hold today, and its live
     * reservations to come. City staff of its city, its head teacher, inspectors and administrators.
     */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER", "INSPECTOR"})
    public SchoolLoans ofSchool(long schoolId) {
        return loansOf(em.find(School.class, schoolId));
    }

    /** The same, for the school of this UAI (the REST API names schools by UAI). */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "HEAD_TEACHER", "INSPECTOR"})
    public SchoolLoans ofSchool(String uai) {
        Uai parsed = Uai.of(uai);
        return loansOf(em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", parsed.value()).getResultStream().findFirst().orElse(null));
    }

    private SchoolLoans loansOf(School school) {
        if (school == null || !readableSchool(school)) {
            throw new NotFound("loans.school.notFound");
        }
        LocalDate today = today();
        List<ReservationSummary> live = em.createQuery("select r from Reservation r join fetch r.kit "
                        + "where r.school = :school and r.status in :live order by r.startsOn, r.id", Reservation.class)
                .setParameter("school", school).setParameter("live", live()).getResultStream()
                .map(r -> views.unnamed(r, today)).toList();
        List<ReservationSummary> current = new ArrayList<>();
        List<ReservationSummary> next = new ArrayList<>();
        for (ReservationSummary r : live) {
            (r.status() == ReservationStatus.CHECKED_OUT || !r.from().isAfter(today) ? current : next).add(r);
        }
        return new SchoolLoans(school.id(), school.uai().value(), current, next);
    }

    private boolean readableSchool(School school) {
        if (caller.is(Role.ADMIN) || caller.is(Role.INSPECTOR)) {
            return true;
        }
        if (caller.is(Role.CITY_STAFF)) {
            Long city = caller.confinedToCityId();
            return school.city() != null && school.city().id().equals(city);
        }
        return caller.is(Role.HEAD_TEACHER) && caller.account().school() != null
                && caller.account().school().id().equals(school.id());
    }

    private static String describe(Reservation r) {
        StringBuilder text = new StringBuilder().append(r.kit().name()).append(" — ").append(r.condition());
        if (!r.missingParts().isEmpty()) {
            text.append("\n- ").append(String.join("\n- ", r.missingParts()));
        }
        if (r.returnNote() != null) {
            text.append("\n").append(r.returnNote());
        }
        return text.toString();
    }

    private List<LoanPool> visiblePools() {
        Long city = access.cityId();
        var query = em.createQuery("select p from LoanPool p left join fetch p.school"
                + (city == null ? "" : " where p.city.id = :city") + " order by p.name, p.id", LoanPool.class);
        return (city == null ? query : query.setParameter("city", city)).getResultStream().filter(access::sees).toList();
    }

    private School poolSchool(String uai) {
        if (caller.is(Role.HEAD_TEACHER) && !caller.is(Role.CITY_STAFF) && !caller.is(Role.ADMIN)) {
            School own = caller.account().school();
            if (own == null || uai != null && !uai.isBlank() && !Uai.of(uai).equals(own.uai())) {
                throw new NotFound("school.notFound", uai);
            }
            return own;
        }
        if (uai == null || uai.isBlank()) {
            return null;
        }
        Uai parsed = Uai.of(uai);
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", parsed.value()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("school.notFound", parsed));
    }

    private List<Equipment> items(List<String> serials) {
        List<Equipment> items = new ArrayList<>();
        Long city = access.cityId();
        for (String raw : serials == null ? List.<String>of() : serials) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String serial = Equipment.normalizeSerial(raw);
            Equipment item = em.createQuery("select e from Equipment e where e.serialNumber = :serial", Equipment.class)
                    .setParameter("serial", serial).getResultStream().findFirst()
                    .filter(e -> city == null || e.school().city() != null && city.equals(e.school().city().id()))
                    .orElseThrow(() -> new NotFound("loans.kit.itemNotFound", serial));
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        return items;
    }

    private static int days(Integer maxDays) {
        if (maxDays == null) {
            throw new RuleViolation("loans.pool.maxDays", LoanPool.MAX_DAYS_LIMIT);
        }
        return maxDays;
    }

    private static List<ReservationStatus> live() {
        return List.of(ReservationStatus.REQUESTED, ReservationStatus.APPROVED, ReservationStatus.CHECKED_OUT);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SchoolHolidayPeriod.PARIS));
    }
}
