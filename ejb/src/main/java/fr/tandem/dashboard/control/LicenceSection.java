package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.LicenceFigures;
import fr.tandem.licence.Assignment;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.LicenceUsage;
import fr.tandem.school.School;
import fr.tandem.training.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Licences bought, assigned, used and paid for, added up per circonscription or school. */
@Dependent
public class LicenceSection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String NOBODY = "";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public LicenceFigures of(DashboardFilter filter, SchoolYear year) {
        Scope scope = new Scope(filter);
        LocalDate first = LocalDate.ofInstant(year.start(), PARIS);
        LocalDate last = LocalDate.ofInstant(year.end(), PARIS).minusDays(1);
        List<Licence> licences = em.createQuery("select l from Licence l join fetch l.product where l.status <> :cancelled "
                        + "and l.validFrom <= :last and l.validUntil >= :first", Licence.class)
                .setParameter("cancelled", LicenceStatus.CANCELLED).setParameter("first", first)
                .setParameter("last", last).getResultList();
        Map<String, Line> lines = new TreeMap<>();
        int counted = 0;
        for (Licence licence : licences) {
            boolean inView = false;
            for (Map.Entry<School, BigDecimal> share : licence.priceBySchool().entrySet()) {
                School school = share.getKey();
                if (school == null ? !scope.keepsUnplaced() : !scope.keeps(school)) {
                    continue;
                }
                inView = true;
                BigDecimal grant = share.getValue().multiply(BigDecimal.valueOf(licence.grantPercent()))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                line(lines, scope, school).add(0, 0, share.getValue(), grant);
            }
            for (Assignment assignment : licence.activeAssignments()) {
                if (scope.keeps(assignment.school())) {
                    inView = true;
                    line(lines, scope, assignment.school()).add(assignment.seats(), 0, BigDecimal.ZERO, BigDecimal.ZERO);
                }
            }
            counted += inView ? 1 : 0;
        }
        if (!licences.isEmpty()) {
            em.createQuery("select u from LicenceUsage u where u.licence in :licences", LicenceUsage.class)
                    .setParameter("licences", licences).getResultStream()
                    .filter(u -> scope.keeps(u.school()))
                    .forEach(u -> line(lines, scope, u.school()).add(0, u.users(), BigDecimal.ZERO, BigDecimal.ZERO));
        }
        List<LicenceFigures.Row> rows = new ArrayList<>();
        long assigned = 0;
        long used = 0;
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal grant = BigDecimal.ZERO;
        for (Line line : lines.values()) {
            rows.add(new LicenceFigures.Row(line.code, line.name, line.assigned, line.used, line.spent, line.grant));
            assigned += line.assigned;
            used += line.used;
            spent = spent.add(line.spent);
            grant = grant.add(line.grant);
        }
        return new LicenceFigures(counted, assigned, used, spent, grant, rows);
    }

    private static Line line(Map<String, Line> lines, Scope scope, School school) {
        String name = school == null ? NOBODY : scope.lineName(school);
        return lines.computeIfAbsent(name, n -> new Line(school == null ? NOBODY : scope.lineCode(school), n));
    }

    /** Sums of one line while they are added up. */
    private static final class Line {
        final String code;
        final String name;
        long assigned;
        long used;
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal grant = BigDecimal.ZERO;

        Line(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(long moreAssigned, long moreUsed, BigDecimal moreSpent, BigDecimal moreGrant) {
            assigned += moreAssigned;
            used += moreUsed;
            spent = spent.add(moreSpent);
            grant = grant.add(moreGrant);
        }
    }
}
