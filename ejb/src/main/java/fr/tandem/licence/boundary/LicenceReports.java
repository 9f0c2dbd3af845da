package fr.tandem.licence.boundary;

import fr.tandem.licence.Assignment;
import fr.tandem.licence.GrantSource;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.LicenceUsage;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.licence.model.CostLine;
import fr.tandem.licence.model.CostReport;
import fr.tandem.licence.model.ReconciliationLine;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.school.School;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a city bought, assigned and uses, and what it spends: reconciliation and costs. City staff
 * read their own city's; administrators every city's together.
 */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class LicenceReports {

    /** The key of money or seats not assigned to any school (pages translate it). */
    public static final String UNASSIGNED = "UNASSIGNED";
    /** The funding key of the city's share (pages translate it, as the grant sources' names). */
    public static final String CITY = "CITY";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    LicenceLookup lookup;

    /**
     * Per product and school, for the licences that count today (active, not expired): seats
     * bought, assigned, used (from the GAR counts) and the money of unused seats.
     */
    public List<ReconciliationLine> reconciliation() {
        LocalDate today = LicenceLookup.today(clock);
        Long city = lookup.confinedCityId();
        List<Licence> licences = LicenceLookup.confine(em.createQuery("select l from Licence l join fetch l.product "
                        + "where l.status = :active and l.validUntil >= :today"
                        + LicenceLookup.cityCondition("and", "l.city", city), Licence.class), city)
                .setParameter("active", LicenceStatus.ACTIVE).setParameter("today", today).getResultList();
        Map<String, Acc> rows = new TreeMap<>();
        for (Licence licence : licences) {
            Map<Long, Integer> usage = new HashMap<>();
            Map<Long, School> schools = new LinkedHashMap<>();
            for (LicenceUsage u : em.createQuery("select u from LicenceUsage u where u.licence = :l", LicenceUsage.class)
                    .setParameter("l", licence).getResultList()) {
                usage.put(u.school().id(), u.users());
                schools.put(u.school().id(), u.school());
            }
            Map<Long, Integer> assigned = new HashMap<>();
            for (Assignment a : licence.activeAssignments()) {
                assigned.merge(a.school().id(), a.seats(), Integer::sum);
                schools.putIfAbsent(a.school().id(), a.school());
            }
            if (licence.holder() != null) {
                schools.putIfAbsent(licence.holder().id(), licence.holder());
            }
            BigDecimal perSeat = licence.kind() == LicenceKind.PER_SEAT
                    ? licence.price().divide(BigDecimal.valueOf(licence.seats()), 4, RoundingMode.HALF_UP) : null;
            for (School school : schools.values()) {
                int given = assigned.getOrDefault(school.id(), 0);
                Integer used = usage.get(school.id());
                Integer bought;
                if (licence.kind() != LicenceKind.PER_SEAT) {
                    bought = null;
                } else if (licence.holder() != null) {
                    bought = licence.seats();
                } else {
                    bought = given;
                }
                Acc acc = rows.computeIfAbsent(licence.product().name() + "\u0000" + school.uai().value(),
                        k -> new Acc(licence, school));
                acc.add(bought, given, used, unusedCost(licence, perSeat, bought, used), licence.currency());
            }
            if (licence.kind() == LicenceKind.PER_SEAT && licence.holder() == null && licence.freeSeats(today) > 0) {
                int free = licence.freeSeats(today);
                Acc acc = rows.computeIfAbsent(licence.product().name() + "\u0000~", k -> new Acc(licence, null));
                acc.add(free, 0, 0, perSeat.multiply(BigDecimal.valueOf(free)), licence.currency());
            }
        }
        return rows.values().stream().map(Acc::line).toList();
    }

    private static BigDecimal unusedCost(Licence licence, BigDecimal perSeat, Integer bought, Integer used) {
        if (used == null) {
            return null;
        }
        if (licence.kind() == LicenceKind.PER_SEAT) {
            return perSeat.multiply(BigDecimal.valueOf(Math.max(0, bought - used)));
        }
        return licence.kind() == LicenceKind.SITE && used == 0 ? licence.price() : BigDecimal.ZERO;
    }

    /** Adds up a product's licences in a school. */
    private static final class Acc {
        private final String product;
        private final String ark;
        private final String uai;
        private final String school;
        private Integer bought = 0;
        private int assigned;
        private Integer used = 0;
        private BigDecimal unusedCost = BigDecimal.ZERO;
        private String currency;

        Acc(Licence licence, School where) {
            product = licence.product().name();
            ark = licence.product().arkId();
            uai = where == null ? null : where.uai().value();
            school = where == null ? "(non affectés)" : where.name();
        }

        void add(Integer moreBought, int moreAssigned, Integer moreUsed, BigDecimal moreCost, String licenceCurrency) {
            bought = bought == null || moreBought == null ? null : bought + moreBought;
            assigned += moreAssigned;
            used = used == null || moreUsed == null ? null : used + moreUsed;
            unusedCost = unusedCost == null || moreCost == null ? null : unusedCost.add(moreCost);
            currency = currency == null || currency.equals(licenceCurrency) ? licenceCurrency : "—";
        }

        ReconciliationLine line() {
            Integer unused = bought == null || used == null ? null : Math.max(0, bought - used);
            return new ReconciliationLine(product, ark, uai, school, bought, assigned, used, unused,
                    unusedCost == null ? null : unusedCost.setScale(2, RoundingMode.HALF_UP), currency);
        }
    }

    private static final List<String> RECONCILIATION_HEADER = List.of("product", "gar", "uai", "school", "bought",
            "assigned", "used", "unused", "unusedCost", "currency");

    private List<List<Object>> reconciliationRows(TextBundle texts) {
        return reconciliation().stream().map(l -> Arrays.<Object>asList(l.productName(), l.arkId(), l.uai(),
                l.schoolName(), l.bought() == null ? texts.text("reconciliation.export.unlimited") : l.bought(),
                l.assigned(), l.used(), l.unusedSeats(), l.unusedCost(), l.currency())).toList();
    }

    public byte[] reconciliationCsv() {
        Language language = caller.account().language();
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        return CsvExport.write(Licences.header(texts, "reconciliation.export.", RECONCILIATION_HEADER),
                Licences.text(reconciliationRows(texts), language));
    }

    public byte[] reconciliationExcel() {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
        return ExcelExport.write(texts.text("reconciliation.export.sheet"),
                Licences.header(texts, "reconciliation.export.", RECONCILIATION_HEADER), reconciliationRows(texts));
    }

    /** Spending of every licence that is not cancelled, split by school, product, funding and school year. */
    public CostReport costs() {
        Long confined = lookup.confinedCityId();
        List<Licence> licences = LicenceLookup.confine(em.createQuery("select l from Licence l join fetch l.product "
                        + "where l.status <> :cancelled" + LicenceLookup.cityCondition("and", "l.city", confined),
                Licence.class), confined).setParameter("cancelled", LicenceStatus.CANCELLED).getResultList();
        Map<String, BigDecimal[]> bySchool = new TreeMap<>();
        Map<String, BigDecimal[]> byProduct = new TreeMap<>();
        Map<String, BigDecimal[]> byFunding = new TreeMap<>();
        Map<String, BigDecimal[]> byYear = new TreeMap<>();
        for (Licence licence : licences) {
            BigDecimal grant = licence.grantAmount();
            BigDecimal city = licence.cityAmount();
            add(byProduct, licence.product().name(), licence.price(), grant, city);
            add(byYear, schoolYear(licence.validFrom()), licence.price(), grant, city);
            add(byFunding, CITY, licence.cityAmount(), BigDecimal.ZERO, city);
            if (licence.grantSource() != GrantSource.NONE) {
                add(byFunding, licence.grantSource().name(), grant, grant, BigDecimal.ZERO);
            }
            for (Map.Entry<String, BigDecimal> share : schoolShares(licence).entrySet()) {
                BigDecimal part = share.getValue();
                BigDecimal partGrant = part.multiply(BigDecimal.valueOf(licence.grantPercent()))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                add(bySchool, share.getKey(), part, partGrant, part.subtract(partGrant));
            }
        }
        return new CostReport(lines(bySchool), lines(byProduct), lines(byFunding), lines(byYear));
    }

    /** The licence's price per school label; the part no school holds is unassigned. */
    private static Map<String, BigDecimal> schoolShares(Licence licence) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        licence.priceBySchool().forEach((school, part) -> shares.merge(school == null ? UNASSIGNED : label(school),
                part, BigDecimal::add));
        return shares;
    }

    private static String label(School school) {
        return school.uai().value() + " " + school.name();
    }

    /** "2026-2027" for a licence starting between 1 September 2026 and 31 August 2027. */
    static String schoolYear(LocalDate day) {
        int start = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private static void add(Map<String, BigDecimal[]> sums, String key, BigDecimal total, BigDecimal grant,
                            BigDecimal city) {
        BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO});
        sum[0] = sum[0].add(total);
        sum[1] = sum[1].add(grant);
        sum[2] = sum[2].add(city);
    }

    private static List<CostLine> lines(Map<String, BigDecimal[]> sums) {
        return sums.entrySet().stream().map(e -> new CostLine(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2])).sorted(Comparator.comparing(CostLine::key)).toList();
    }
}
