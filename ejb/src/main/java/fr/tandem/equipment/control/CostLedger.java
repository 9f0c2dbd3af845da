package fr.tandem.equipment.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.MaintenanceRecord;
import fr.tandem.equipment.model.CostEntry;
import fr.tandem.equipment.model.CostKind;
import fr.tandem.equipment.model.ItemCost;
import fr.tandem.equipment.model.SchoolCostLine;
import fr.tandem.equipment.model.SchoolYearCost;
import fr.tandem.licence.Assignment;
import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.Licence;
import fr.tandem.platform.time.Clocks;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The amounts items cost, each in its year: purchase, interventions, the share of the licences whose
 * seats they hold today (a licence's price times the device's seats over the licence's seats, over
 * the seats assigned for a site or unlimited licence), and the grants counted off (the TNE amount,
 * a licence's grant on that share). Totals of an item, and of a school by year and type, add them up.
 */
@Dependent
public class CostLedger {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Every amount of these items, by year, item and kind. */
    public List<CostEntry> entries(List<Equipment> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Equipment> byId = items.stream().collect(Collectors.toMap(Equipment::id, Function.identity()));
        List<CostEntry> entries = new ArrayList<>();
        for (Equipment item : items) {
            int year = purchaseYear(item);
            if (item.price() != null) {
                entries.add(entry(year, item, CostKind.PURCHASE, null, null, item.price()));
            }
            if (item.tneAmount() != null && item.tneAmount().signum() > 0) {
                entries.add(entry(year, item, CostKind.GRANT, "TNE", null, item.tneAmount().negate()));
            }
        }
        em.createQuery("select m from MaintenanceRecord m left join fetch m.supplier where m.equipment.id in :ids "
                        + "order by m.performedOn, m.id", MaintenanceRecord.class)
                .setParameter("ids", byId.keySet()).getResultStream()
                .forEach(m -> entries.add(entry(m.performedOn().getYear(), byId.get(m.equipment().id()),
                        CostKind.MAINTENANCE, m.supplier() == null ? m.staffName() : m.supplier().name(),
                        m.description(), m.cost())));
        em.createQuery("select a from Assignment a join fetch a.licence l join fetch l.product where a.target = :device "
                        + "and a.releasedAt is null and a.equipmentId in :ids order by l.validFrom, a.id", Assignment.class)
                .setParameter("device", AssignmentTarget.DEVICE).setParameter("ids", byId.keySet()).getResultStream()
                .forEach(a -> {
                    Licence licence = a.licence();
                    Equipment item = byId.get(a.equipmentId());
                    int year = licence.validFrom().getYear();
                    String product = licence.product().name();
                    entries.add(entry(year, item, CostKind.LICENCE, product, null, licence.priceShare(a)));
                    BigDecimal grant = licence.grantShare(a);
                    if (grant.signum() > 0) {
                        entries.add(entry(year, item, CostKind.GRANT, product, null, grant.negate()));
                    }
                });
        entries.sort(Comparator.comparingInt(CostEntry::year).thenComparing(CostEntry::type)
                .thenComparing(CostEntry::serialNumber).thenComparing(CostEntry::kind));
        return entries;
    }

    /** An item's total: its entries added up, whatever their year. */
    public ItemCost itemCost(Equipment item) {
        List<CostEntry> entries = entries(List.of(item));
        int interventions = (int) entries.stream().filter(e -> e.kind() == CostKind.MAINTENANCE).count();
        BigDecimal purchase = sum(entries, CostKind.PURCHASE);
        BigDecimal maintenance = sum(entries, CostKind.MAINTENANCE);
        BigDecimal licences = sum(entries, CostKind.LICENCE);
        BigDecimal grants = sum(entries, CostKind.GRANT).negate();
        return new ItemCost(item.id(), purchase, maintenance, interventions, licences, grants,
                purchase.add(maintenance).add(licences).subtract(grants));
    }

    /** Entries added up by year and type of equipment, oldest year first. */
    public static List<SchoolCostLine> byYearAndType(List<CostEntry> entries) {
        Map<Integer, Map<EquipmentType, List<CostEntry>>> grouped = entries.stream().collect(Collectors.groupingBy(
                CostEntry::year, TreeMap::new, Collectors.groupingBy(CostEntry::type, TreeMap::new, Collectors.toList())));
        List<SchoolCostLine> lines = new ArrayList<>();
        grouped.forEach((year, types) -> types.forEach((type, some) -> {
            BigDecimal purchase = sum(some, CostKind.PURCHASE);
            BigDecimal maintenance = sum(some, CostKind.MAINTENANCE);
            BigDecimal licences = sum(some, CostKind.LICENCE);
            BigDecimal grants = sum(some, CostKind.GRANT).negate();
            lines.add(new SchoolCostLine(year, type, purchase, maintenance, licences, grants,
                    purchase.add(maintenance).add(licences).subtract(grants)));
        }));
        return lines;
    }

    /** Lines added up by year, all types together. */
    public static List<SchoolYearCost> byYear(List<SchoolCostLine> lines) {
        Map<Integer, SchoolYearCost> years = new TreeMap<>();
        for (SchoolCostLine l : lines) {
            years.merge(l.year(), new SchoolYearCost(l.year(), l.purchase(), l.maintenance(), l.licences(), l.grants(),
                    l.total()), (a, b) -> new SchoolYearCost(a.year(), a.purchase().add(b.purchase()),
                    a.maintenance().add(b.maintenance()), a.licences().add(b.licences()), a.grants().add(b.grants()),
                    a.total().add(b.total())));
        }
        return List.copyOf(years.values());
    }

    private static BigDecimal sum(List<CostEntry> entries, CostKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).map(CostEntry::amount).reduce(ZERO, BigDecimal::add);
    }

    /** The year an item was bought: its purchase date's, else the year it was entered (Paris time). */
    private static int purchaseYear(Equipment item) {
        LocalDate bought = item.purchaseDate();
        return bought != null ? bought.getYear() : LocalDate.ofInstant(item.createdAt(), Clocks.PARIS).getYear();
    }

    private static CostEntry entry(int year, Equipment item, CostKind kind, String by, String detail, BigDecimal amount) {
        return new CostEntry(year, item.id(), item.serialNumber(), item.type(), kind, by, detail,
                amount.setScale(2, RoundingMode.HALF_UP));
    }
}
