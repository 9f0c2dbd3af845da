package fr.tandem.equipment.boundary;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.control.EquipmentLabels;
import fr.tandem.equipment.control.InventoryCsv;
import fr.tandem.equipment.model.EquipmentCount;
import fr.tandem.equipment.model.EquipmentEventSummary;
import fr.tandem.equipment.model.EquipmentForm;
import fr.tandem.equipment.model.EquipmentPage;
import fr.tandem.equipment.model.EquipmentQuery;
import fr.tandem.equipment.model.EquipmentSpending;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.equipment.model.InventoryOutcome;
import fr.tandem.equipment.model.InventoryReport;
import fr.tandem.licence.control.DeviceSeats;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.Paging;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.mail.PublicUrl;
import fr.tandem.platform.persistence.BoundedCount;
import fr.tandem.platform.persistence.QueryFilter;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The equipment inventory. City staff (and admins) create, edit, move, change the status of,
 * import and export items of their city's schools; councillors read their city's; inspectors read
 * every school's; head teachers and teachers read their own school's, without prices. Another city's
 * item is not found. Retiring an item gives back the licence seats it held, in the same transaction.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR"})
public class EquipmentInventory {

    /** The largest inventory file accepted, in megabytes: the import page and the API read no further. */
    public static final int MAX_IMPORT_MEGABYTES = 20;

    private static final Map<String, String> SORTS = Map.of("serialNumber", "e.serialNumber", "type", "e.type",
            "brand", "e.brand", "room", "e.room", "schoolName", "s.name", "purchaseDate", "e.purchaseDate",
            "warrantyEnd", "e.warrantyEnd", "status", "e.status");
    /** The page a label's QR code opens, waiting for the item's id. */
    private static final String REPORT_PAGE = "support/new.xhtml?equipment=";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    EquipmentLabels labels;

    @Inject
    PublicUrl publicUrl;

    @Inject
    DeviceSeats deviceSeats;

    public EquipmentPage search(EquipmentQuery query) {
        QueryFilter filter = filter(query);
        long total = count(filter);
        return new EquipmentPage(total, total == 0 ? List.of() : items(filter, query, pageSize(query)));
    }

    /** The number of items that match, counted up to {@link BoundedCount#BOUND} and one (for a table that pages). */
    public long count(EquipmentQuery query) {
        return count(filter(query));
    }

    /** The items of the query's page, in its order (for a table that pages). */
    public List<EquipmentSummary> items(EquipmentQuery query) {
        return items(filter(query), query, pageSize(query));
    }

    public EquipmentSummary find(long id) {
        return summary(readable(id));
    }

    /** An item's history; the councillor, who reads the city's equipment without personal data, without who did it. */
    public List<EquipmentEventSummary> history(long id) {
        boolean seesWho = !caller.is(Role.COUNCILLOR) || caller.is(Role.ADMIN) || caller.is(Role.CITY_STAFF);
        return readable(id).history().stream()
                .map(e -> new EquipmentEventSummary(e.at(), e.kind(), e.from(), e.to(), e.note(), seesWho ? e.by() : null))
                .toList();
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public EquipmentSummary create(EquipmentForm form) {
        String serial = Equipment.normalizeSerial(form.serialNumber());
        School school = school(form.schoolUai());
        EquipmentDetails details = details(form);
        if (bySerial(serial) != null) {
            throw new Conflict("equipment.exists", serial);
        }
        Equipment item = new Equipment(serial, school, details, false, caller.username(), clock.instant());
        em.persist(item);
        em.flush();
        return summary(item);
    }

    /** Changes an item's description or place (a move is kept in its history); the serial number stays. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public EquipmentSummary update(long id, EquipmentForm form) {
        Equipment item = entity(id);
        if (form.version() != null && form.version() != item.version()) {
            throw new Conflict("concurrent.change");
        }
        item.update(details(form), school(form.schoolUai()), caller.username(), clock.instant());
        em.flush();
        return summary(item);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public EquipmentSummary changeStatus(long id, EquipmentStatus status, String note) {
        Equipment item = entity(id);
        if (status == null) {
            throw new RuleViolation("equipment.status.required");
        }
        em.lock(item, LockModeType.PESSIMISTIC_WRITE);
        if (item.changeStatus(status, note, caller.username(), clock.instant()) && status == EquipmentStatus.RETIRED) {
            deviceSeats.releaseAll(item.id(), clock.instant());
        }
        em.flush();
        return summary(item);
    }

    /**
     * Imports an inventory CSV: an item is found by its serial number, created when new, updated
     * when it differs; each line is reported. A file of the wrong structure imports nothing.
     */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public InventoryReport importCsv(byte[] content) {
        List<InventoryCsv.Row> rows = InventoryCsv.read(content);
        List<InventoryReport.Line> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, School> schools = new HashMap<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
        String by = caller.username();
        for (InventoryCsv.Row row : rows) {
            String serial = row.serialNumber();
            try {
                serial = Equipment.normalizeSerial(row.serialNumber());
                Integer earlier = seen.putIfAbsent(serial, row.line());
                if (earlier != null) {
                    throw new RuleViolation("equipment.csv.duplicate", serial, earlier);
                }
                InventoryCsv.Values values = row.values();
                School school = schools.computeIfAbsent(Uai.of(values.schoolUai()).value(), this::school);
                Equipment item = bySerial(serial);
                if (item != null && !inCallersCity(item.school())) {
                    throw new Conflict("equipment.exists", serial);
                }
                InventoryOutcome outcome;
                if (item == null) {
                    item = new Equipment(serial, school, values.details(), false, by, clock.instant());
                    if (values.status() != null) {
                        item.changeStatus(values.status(), null, by, clock.instant());
                    }
                    em.persist(item);
                    outcome = InventoryOutcome.CREATED;
                } else {
                    boolean changed = item.update(values.details(), school, by, clock.instant());
                    boolean statusChanged = values.status() != null
                            && item.changeStatus(values.status(), null, by, clock.instant());
                    if (statusChanged && values.status() == EquipmentStatus.RETIRED) {
                        deviceSeats.releaseAll(item.id(), clock.instant());
                    }
                    changed |= statusChanged;
                    outcome = changed ? InventoryOutcome.UPDATED : InventoryOutcome.UNCHANGED;
                }
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    default -> unchanged++;
                }
                lines.add(new InventoryReport.Line(row.line(), serial, outcome, null));
            } catch (RuleViolation invalid) {
                skipped++;
                lines.add(new InventoryReport.Line(row.line(), serial, InventoryOutcome.SKIPPED, invalid));
            }
        }
        em.flush();
        return new InventoryReport(created, updated, unchanged, skipped, lines);
    }

    /** Every item matching the query (not one page) as CSV, in the import's own format. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public byte[] exportCsv(EquipmentQuery query) {
        EquipmentQuery everything = new EquipmentQuery(query.text(), query.schoolUai(), query.type(), query.status(),
                query.sort(), query.ascending(), 0, Integer.MAX_VALUE);
        return InventoryCsv.write(items(filter(everything), everything, Integer.MAX_VALUE));
    }

    /**
     * A printable label with a QR code opening "report a problem" for the item, at the public address
     * of Tandem ({@code tandem.publicUrl}), whatever address the request reached.
     */
    public byte[] label(long id) {
        return labelsOf(List.of(summary(readable(id))));
    }

    /** Sheets of labels for every item of a school not retired. */
    public byte[] labelSheet(String schoolUai) {
        EquipmentQuery school = EquipmentQuery.all(Uai.of(schoolUai).value());
        return labelsOf(items(filter(school), school, Integer.MAX_VALUE).stream()
                .filter(i -> i.status() != EquipmentStatus.RETIRED).toList());
    }

    /** Sheets of labels for every item a list shows (its filter, all its pages), retired ones left out. */
    public byte[] labelSheet(EquipmentQuery query) {
        EquipmentQuery everything = new EquipmentQuery(query.text(), query.schoolUai(), query.type(), query.status(),
                query.sort(), query.ascending(), 0, Integer.MAX_VALUE);
        return labelsOf(items(filter(everything), everything, Integer.MAX_VALUE).stream()
                .filter(i -> i.status() != EquipmentStatus.RETIRED).toList());
    }

    /** Sheets of labels for the items chosen in a list, in their order; items one may not read are refused. */
    public byte[] labelSheet(List<Long> ids) {
        return labelsOf(ids.stream().distinct().map(id -> summary(readable(id))).toList());
    }

    private byte[] labelsOf(List<EquipmentSummary> items) {
        if (items.isEmpty()) {
            throw new NotFound("equipment.notFound");
        }
        return labels.pdf(items, publicUrl.of(REPORT_PAGE), LocalDate.now(clock), caller.account().language());
    }

    /** For the partnership dashboard: items per school and type, retired ones left out. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public List<EquipmentCount> countsBySchoolAndType() {
        Long city = caller.confinedToCityId();
        var counts = em.createQuery("select new fr.tandem.equipment.model.EquipmentCount(s.uai.value, s.name, e.type, "
                        + "count(e)) from Equipment e join e.school s where e.status <> :retired"
                        + (city == null ? "" : " and s.city.id = :city")
                        + " group by s.uai.value, s.name, e.type order by s.name, e.type", EquipmentCount.class)
                .setParameter("retired", EquipmentStatus.RETIRED);
        return (city == null ? counts : counts.setParameter("city", city)).getResultList();
    }

    /** For the partnership dashboard: money spent per type of equipment, with the TNE share and the city's. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public List<EquipmentSpending> spending() {
        Long city = caller.confinedToCityId();
        var sums = em.createQuery("select e.type, count(e), sum(e.price), sum(e.tneAmount) from Equipment e "
                        + "where e.price is not null" + (city == null ? "" : " and e.school.city.id = :city")
                        + " group by e.type order by e.type", Object[].class);
        return (city == null ? sums : sums.setParameter("city", city)).getResultStream().map(r -> {
                    BigDecimal total = (BigDecimal) r[2];
                    BigDecimal tne = (BigDecimal) r[3];
                    return new EquipmentSpending((fr.tandem.equipment.EquipmentType) r[0], ((Number) r[1]).longValue(),
                            total, tne, total.subtract(tne));
                }).toList();
    }

    private long count(QueryFilter filter) {
        return BoundedCount.of(filter.bind(em.createQuery("select e.id from Equipment e join e.school s" + filter.where(),
                Long.class)));
    }

    private static int pageSize(EquipmentQuery query) {
        return Math.min(Math.max(query.size(), 1), Paging.MAX_SIZE);
    }

    private List<EquipmentSummary> items(QueryFilter filter, EquipmentQuery query, int size) {
        String order = SORTS.getOrDefault(query.sort() == null ? "" : query.sort(), "e.serialNumber");
        return filter.bind(em.createQuery("select e from Equipment e join fetch e.school s" + filter.where()
                        + " order by " + order + (query.ascending() ? " asc" : " desc") + ", e.serialNumber asc",
                        Equipment.class))
                .setFirstResult(Math.max(query.first(), 0)).setMaxResults(size)
                .getResultStream().map(this::summary).toList();
    }

    private QueryFilter filter(EquipmentQuery query) {
        QueryFilter filter = new QueryFilter();
        Long only = caller.confinedToSchoolId();
        if (only != null) {
            filter.and("s.id = :only", "only", only);
        }
        Long city = caller.confinedToCityId();
        if (city != null) {
            filter.and("s.city.id = :city", "city", city);
        }
        if (query.text() != null) {
            int index = 0;
            for (String word : query.text().strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String name = "w" + index++;
                filter.and("(upper(e.serialNumber) like :" + name + " escape '\\'"
                        + " or upper(e.brand) like :" + name + " escape '\\'"
                        + " or upper(e.model) like :" + name + " escape '\\'"
                        + " or upper(e.room) like :" + name + " escape '\\')",
                        name, "%" + word.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
            }
        }
        if (query.schoolUai() != null && !query.schoolUai().isBlank()) {
            filter.and("s.uai.value = :uai", "uai", query.schoolUai().strip().toUpperCase(Locale.ROOT));
        }
        if (query.type() != null) {
            filter.and("e.type = :type", "type", query.type());
        }
        if (query.status() != null) {
            filter.and("e.status = :status", "status", query.status());
        }
        return filter;
    }

    private EquipmentSummary summary(Equipment e) {
        boolean seesPrices = caller.is(Role.CITY_STAFF) || caller.is(Role.ADMIN);
        School s = e.school();
        return new EquipmentSummary(e.id(), e.serialNumber(), s.uai().value(), s.name(), e.type(), e.brand(), e.model(),
                e.room(), e.purchaseDate(), seesPrices ? e.price() : null, seesPrices ? e.tneAmount() : null,
                e.warrantyEnd(), e.underWarranty(LocalDate.now(clock)), e.status(), e.version());
    }

    private static EquipmentDetails details(EquipmentForm form) {
        return new EquipmentDetails(form.type(), form.brand(), form.model(), form.room(), form.purchaseDate(),
                form.price(), form.tneAmount(), form.warrantyEnd());
    }

    /** An item the caller may read (teachers: of their own school), or not found. */
    Equipment readable(long id) {
        Equipment item = entity(id);
        Long only = caller.confinedToSchoolId();
        if (only != null && !only.equals(item.school().id())) {
            throw new NotFound("equipment.notFound");
        }
        return item;
    }

    /** An item of the caller's city (any, for the roles not confined to a city), or not found. */
    private Equipment entity(long id) {
        Equipment item = em.find(Equipment.class, id);
        if (item == null || !inCallersCity(item.school())) {
            throw new NotFound("equipment.notFound");
        }
        return item;
    }

    private boolean inCallersCity(School school) {
        Long city = caller.confinedToCityId();
        return city == null || school.city() != null && city.equals(school.city().id());
    }

    private Equipment bySerial(String serial) {
        return em.createQuery("select e from Equipment e where e.serialNumber = :serial", Equipment.class)
                .setParameter("serial", serial).getResultStream().findFirst().orElse(null);
    }

    private School school(String uai) {
        if (uai == null || uai.isBlank()) {
            throw new RuleViolation("equipment.school.required");
        }
        Uai parsed = Uai.of(uai);
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", parsed.value()).getResultStream().findFirst()
                .filter(this::inCallersCity)
                .orElseThrow(() -> new NotFound("school.notFound", parsed));
    }
}
