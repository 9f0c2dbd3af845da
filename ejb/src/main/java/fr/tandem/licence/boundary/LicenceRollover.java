package fr.tandem.licence.boundary;

import fr.tandem.licence.Assignment;
import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.licence.control.LicenceViews;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.licence.model.RolloverReview;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.language.TextBundle;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The city's review of licences at the school year's end (31 August): seats given to classes, whose
 * names change every year, to release or to give the class's new name, and the licences ending by
 * then with their renewal mode; as lists and one CSV. Changes go through the licence's own methods,
 * its row locked, and land in the audit trail. A city employee reviews their own city's licences only.
 */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class LicenceRollover {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    LicenceLookup lookup;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    /** The last day of the school year in progress: 31 August. */
    public LocalDate yearEnd() {
        LocalDate today = LicenceLookup.today(clock);
        return LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear(), 8, 31);
    }

    public RolloverReview review() {
        return new RolloverReview(yearEnd(), classAssignments(), endingLicences());
    }

    /** Active seats given to classes, of licences still active, by school, class and product. */
    public List<AssignmentSummary> classAssignments() {
        Long city = lookup.confinedCityId();
        return LicenceLookup.confine(em.createQuery("select a from Assignment a join fetch a.licence l "
                        + "join fetch l.product join fetch a.school s where a.target = :class and a.releasedAt is null "
                        + "and l.status = :active" + LicenceLookup.cityCondition("and", "l.city", city)
                        + " order by s.name, a.className, l.product.name, a.id", Assignment.class), city)
                .setParameter("class", AssignmentTarget.CLASS).setParameter("active", LicenceStatus.ACTIVE)
                .getResultStream().map(LicenceViews::of).toList();
    }

    /** Active licences whose validity ends by the year's end (ended ones not renewed included), soonest first. */
    public List<LicenceSummary> endingLicences() {
        LocalDate today = LicenceLookup.today(clock);
        Long city = lookup.confinedCityId();
        return LicenceLookup.confine(em.createQuery("select l from Licence l join fetch l.product where l.status = :active "
                        + "and l.validUntil <= :end" + LicenceLookup.cityCondition("and", "l.city", city)
                        + " order by l.validUntil, l.id", Licence.class), city)
                .setParameter("active", LicenceStatus.ACTIVE).setParameter("end", yearEnd()).getResultStream()
                .map(l -> LicenceViews.of(l, today)).toList();
    }

    /** Gives back the seats of a class (transferable licences only, as any release). */
    public AssignmentSummary release(long assignmentId) {
        Assignment assignment = classAssignment(assignmentId);
        Licence licence = lookup.lockedLicence(assignment.licence().id());
        licence.release(assignment, clock.instant());
        em.flush();
        return LicenceViews.of(assignment);
    }

    /** Gives a class's seats the class's new name; the seats stay. */
    public AssignmentSummary renameClass(long assignmentId, String className) {
        Assignment assignment = classAssignment(assignmentId);
        Licence licence = lookup.lockedLicence(assignment.licence().id());
        licence.renameClass(assignment, className);
        em.flush();
        return LicenceViews.of(assignment);
    }

    /** Both lists as one CSV (UTF-8 with BOM, ';', every row), in the caller's language. */
    public byte[] csv() {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
        List<String> header = List.of("kind", "licence", "product", "uai", "school", "className", "seats", "validUntil",
                "renewal").stream().map(column -> texts.text("rollover.export." + column)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (AssignmentSummary a : classAssignments()) {
            rows.add(Arrays.asList(texts.text("rollover.export.kind.class"), String.valueOf(a.licenceId()),
                    a.productName(), a.uai(), a.schoolName(), a.className(), String.valueOf(a.seats()),
                    a.validUntil().toString(), ""));
        }
        for (LicenceSummary l : endingLicences()) {
            rows.add(Arrays.asList(texts.text("rollover.export.kind.ending"), String.valueOf(l.id()),
                    l.productName(), l.holderUai() == null ? "" : l.holderUai(),
                    l.holderName() == null ? "" : l.holderName(), "",
                    l.seats() == null ? "" : String.valueOf(l.seats()), l.validUntil().toString(),
                    texts.text("rollover.export.renewal." + l.renewal().name())));
        }
        return CsvExport.write(header, rows);
    }

    private Assignment classAssignment(long assignmentId) {
        Assignment assignment = lookup.assignment(assignmentId);
        if (assignment.target() != AssignmentTarget.CLASS) {
            throw new RuleViolation("licence.assignment.notClass");
        }
        return assignment;
    }
}
