package fr.tandem.plan.boundary;

import fr.tandem.equipment.Equipment;
import fr.tandem.licence.Licence;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.PlanInvoice;
import fr.tandem.plan.PlanLine;
import fr.tandem.plan.PlanLineDetails;
import fr.tandem.plan.Programme;
import fr.tandem.plan.control.PlanAccess;
import fr.tandem.plan.control.PlanExports;
import fr.tandem.plan.control.PlanTally;
import fr.tandem.plan.control.PlanViews;
import fr.tandem.plan.model.EnvelopeForm;
import fr.tandem.plan.model.InvoiceForm;
import fr.tandem.plan.model.InvoiceSummary;
import fr.tandem.plan.model.LineForm;
import fr.tandem.plan.model.LineQuery;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.plan.model.LinkedItem;
import fr.tandem.plan.model.LinkedLicence;
import fr.tandem.plan.model.PlanFigures;
import fr.tandem.plan.model.PlanForm;
import fr.tandem.plan.model.PlanSummary;
import fr.tandem.plan.model.StateMove;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.persistence.QueryFilter;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The multi-year digital plans of a city: city staff (their city's) and administrators (every
 * city's) create and revise plans, their programmes' envelopes and lines, move lines through their
 * states, record invoices and link the items and licences the lines brought. Councillors read their
 * city's plans; inspectors read the lines of their circonscription's schools, without amounts
 * ({@link PlanAccess}). A stale version is a conflict; an item or licence belongs to one line at most
 * (its row locked while linking, a unique constraint behind).
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR", "INSPECTOR"})
public class DigitalPlans {

    /** The most candidates the link picker offers. */
    public static final int MAX_CANDIDATES = 500;

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    PlanAccess access;

    @Inject
    CurrentCaller caller;

    /** The plans the caller sees, latest first. */
    public List<PlanSummary> list() {
        QueryFilter filter = access.plans(new QueryFilter());
        return filter.bind(em.createQuery("select p from DigitalPlan p join fetch p.city" + filter.where()
                        + " order by p.firstYear desc, p.title, p.id", DigitalPlan.class))
                .getResultStream().map(this::summary).toList();
    }

    public PlanSummary find(long planId) {
        return summary(access.plan(planId, LockModeType.NONE));
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public PlanSummary create(PlanForm form) {
        DigitalPlan plan = new DigitalPlan(access.owningCity(form.cityId()), form.title(), form.firstYear(),
                form.lastYear());
        if (form.envelopes() != null) {
            for (EnvelopeForm envelope : form.envelopes()) {
                plan.setEnvelope(envelope.programme(), envelope.rate(), envelope.amount());
            }
        }
        em.persist(plan);
        em.flush();
        return summary(plan);
    }

    /** Renames a plan or changes its years (every line must stay within them). */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public PlanSummary update(long planId, PlanForm form) {
        DigitalPlan plan = access.plan(planId, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(form.version(), plan.version());
        plan.revise(form.title(), form.firstYear(), form.lastYear());
        long outside = em.createQuery("select count(l) from PlanLine l where l.plan = :plan "
                        + "and (l.schoolYear < :first or l.schoolYear > :last)", Long.class)
                .setParameter("plan", plan).setParameter("first", plan.firstYear())
                .setParameter("last", plan.lastYear()).getSingleResult();
        if (outside > 0) {
            throw new RuleViolation("plan.years.lines", outside);
        }
        em.flush();
        return summary(plan);
    }

    /** Sets what a programme grants the plan (its default rate and envelope). */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public PlanSummary setEnvelope(long planId, EnvelopeForm envelope) {
        DigitalPlan plan = access.plan(planId, LockModeType.PESSIMISTIC_WRITE);
        plan.setEnvelope(envelope.programme(), envelope.rate(), envelope.amount());
        em.flush();
        return summary(plan);
    }

    /** Removes a programme's envelope; its lines keep their rate. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public PlanSummary removeEnvelope(long planId, Programme programme) {
        DigitalPlan plan = access.plan(planId, LockModeType.PESSIMISTIC_WRITE);
        plan.removeEnvelope(programme);
        em.flush();
        return summary(plan);
    }

    /** The lines the filter keeps, by year, school and label. */
    public List<LineSummary> lines(long planId, LineQuery query) {
        DigitalPlan plan = access.plan(planId, LockModeType.NONE);
        boolean amounts = access.amountsShown();
        return lineEntities(plan, query).stream().map(l -> PlanViews.line(l, amounts)).toList();
    }

    /** The lines of a school in the plans the caller sees, by year (a school's page). */
    public List<LineSummary> schoolLines(String uai) {
        QueryFilter filter = access.lines(access.plans(new QueryFilter()))
                .and("l.school.uai.value = :uai", "uai", Uai.of(uai).value());
        boolean amounts = access.amountsShown();
        return filter.bind(em.createQuery("select l from PlanLine l join l.plan p" + filter.where()
                        + " order by l.schoolYear, l.label, l.id", PlanLine.class))
                .getResultStream().map(l -> PlanViews.line(l, amounts)).toList();
    }

    public LineSummary line(long planId, long lineId) {
        return PlanViews.line(access.line(planId, lineId, LockModeType.NONE), access.amountsShown());
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary addLine(long planId, LineForm form) {
        DigitalPlan plan = access.plan(planId, LockModeType.NONE);
        PlanLine line = new PlanLine(plan, school(form.schoolUai()), form.schoolYear(), details(form));
        em.persist(line);
        em.flush();
        return PlanViews.line(line, true);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary updateLine(long planId, long lineId, LineForm form) {
        PlanLine line = lockedLine(planId, lineId, form.version());
        line.revise(school(form.schoolUai()), form.schoolYear(), details(form));
        em.flush();
        return PlanViews.line(line, true);
    }

    /** Deletes a line still planned, unclaimed and without invoices (its links go with it). */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public void deleteLine(long planId, long lineId) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        if (!line.removable()) {
            throw new RuleViolation("plan.line.delete.started");
        }
        line.items().forEach(line::unlink);
        line.licences().forEach(line::unlink);
        em.remove(line);
        em.flush();
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary move(long planId, long lineId, StateMove move) {
        PlanLine line = lockedLine(planId, lineId, move.version());
        line.moveTo(move.state(), move.on(), move.reference(), move.amount());
        em.flush();
        return PlanViews.line(line, true);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public InvoiceSummary addInvoice(long planId, long lineId, InvoiceForm form) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        PlanInvoice invoice = line.addInvoice(form.reference(), form.issuedOn(), form.paidOn(), form.amount());
        em.flush();
        return PlanViews.invoice(invoice);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary markPaid(long planId, long lineId, long invoiceId, LocalDate paidOn) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        line.markPaid(invoiceId, paidOn);
        em.flush();
        return PlanViews.line(line, true);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary removeInvoice(long planId, long lineId, long invoiceId) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        line.removeInvoice(invoiceId);
        em.flush();
        return PlanViews.line(line, true);
    }

    /**
     * Links an item of the line's school and type that no other line brought. The item's row is
     * locked first, so that two lines linking it at once are told one after the other.
     */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary linkItem(long planId, long lineId, long itemId) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        Equipment item = em.find(Equipment.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null || item.school().city() == null
                || !Objects.equals(item.school().city().id(), line.plan().city().id())) {
            throw new NotFound("plan.line.item.notFound");
        }
        List<Long> others = em.createQuery("select l.id from PlanLine l join l.items i where i = :item and l <> :line",
                Long.class).setParameter("item", item).setParameter("line", line).getResultList();
        if (!others.isEmpty()) {
            throw new Conflict("plan.line.link.taken");
        }
        line.link(item);
        return flushLink(line);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary unlinkItem(long planId, long lineId, long itemId) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        line.items().stream().filter(i -> i.id() == itemId).findFirst().ifPresent(line::unlink);
        em.flush();
        return PlanViews.line(line, true);
    }

    /** Links a licence of the plan's city that no other line brought (its row locked first). */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary linkLicence(long planId, long lineId, long licenceId) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        Licence licence = em.find(Licence.class, licenceId, LockModeType.PESSIMISTIC_WRITE);
        if (licence == null || licence.city() == null
                || !Objects.equals(licence.city().id(), line.plan().city().id())) {
            throw new NotFound("plan.line.licence.notFound");
        }
        List<Long> others = em.createQuery("select l.id from PlanLine l join l.licences x where x = :licence "
                + "and l <> :line", Long.class).setParameter("licence", licence).setParameter("line", line)
                .getResultList();
        if (!others.isEmpty()) {
            throw new Conflict("plan.line.link.taken");
        }
        line.link(licence);
        return flushLink(line);
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public LineSummary unlinkLicence(long planId, long lineId, long licenceId) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        line.licences().stream().filter(l -> l.id() == licenceId).findFirst().ifPresent(line::unlink);
        em.flush();
        return PlanViews.line(line, true);
    }

    /** The items a line may link: of its school (its city's, for a city-wide line) and type, linked to no line. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public List<LinkedItem> itemCandidates(long planId, long lineId) {
        PlanLine line = access.line(planId, lineId, LockModeType.NONE);
        if (line.equipmentType() == null) {
            return List.of();
        }
        String place = line.school() == null ? "e.school.city = :place" : "e.school = :place";
        return em.createQuery("select e from Equipment e where " + place + " and e.type = :type and not exists "
                        + "(select l from PlanLine l join l.items i where i = e) order by e.serialNumber", Equipment.class)
                .setParameter("place", line.school() == null ? line.plan().city() : line.school())
                .setParameter("type", line.equipmentType()).setMaxResults(MAX_CANDIDATES).getResultStream()
                .map(PlanViews::item).toList();
    }

    /** The licences a line may link: of the plan's city, linked to no line. */
    @RolesAllowed({"ADMIN", "CITY_STAFF"})
    public List<LinkedLicence> licenceCandidates(long planId, long lineId) {
        PlanLine line = access.line(planId, lineId, LockModeType.NONE);
        return em.createQuery("select x from Licence x join fetch x.product where x.city = :city and not exists "
                        + "(select l from PlanLine l join l.licences y where y = x) order by x.validUntil desc, x.id",
                        Licence.class)
                .setParameter("city", line.plan().city()).setMaxResults(MAX_CANDIDATES).getResultStream()
                .map(PlanViews::licence).toList();
    }

    /** The plan's figures for the lines the filter keeps. */
    public PlanFigures figures(long planId, LineQuery query) {
        DigitalPlan plan = access.plan(planId, LockModeType.NONE);
        return PlanTally.of(plan, lineEntities(plan, query), query.programme(), access.amountsShown());
    }

    /** Every line the filter keeps as CSV, in the caller's language. */
    public byte[] csv(long planId, LineQuery query) {
        return PlanExports.csv(lines(planId, query), access.amountsShown(), documents());
    }

    /** Every line the filter keeps as an Excel workbook, in the caller's language. */
    public byte[] excel(long planId, LineQuery query) {
        return PlanExports.excel(lines(planId, query), access.amountsShown(), documents());
    }

    private TextBundle documents() {
        return TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
    }

    private List<PlanLine> lineEntities(DigitalPlan plan, LineQuery query) {
        QueryFilter filter = access.lines(new QueryFilter()).and("l.plan = :plan", "plan", plan);
        if (query.schoolUai() != null && !query.schoolUai().isBlank()) {
            filter.and("l.school.uai.value = :uai", "uai", Uai.of(query.schoolUai()).value());
        }
        if (query.schoolYear() != null) {
            filter.and("l.schoolYear = :year", "year", query.schoolYear());
        }
        if (query.programme() != null) {
            filter.and("l.programme = :programme", "programme", query.programme());
        }
        if (query.kind() != null) {
            filter.and("l.kind = :kind", "kind", query.kind());
        }
        if (query.state() != null) {
            filter.and("l.state = :state", "state", query.state());
        }
        return filter.bind(em.createQuery("select l from PlanLine l left join fetch l.school s" + filter.where()
                + " order by l.schoolYear, s.name, l.label, l.id", PlanLine.class)).getResultList();
    }

    private PlanLine lockedLine(long planId, long lineId, Long version) {
        PlanLine line = access.line(planId, lineId, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(version, line.version());
        return line;
    }

    private LineSummary flushLink(PlanLine line) {
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new Conflict("plan.line.link.taken");
        }
        return PlanViews.line(line, true);
    }

    private static void checkVersion(Long read, long present) {
        if (read != null && read != present) {
            throw new Conflict("concurrent.change");
        }
    }

    private School school(String uai) {
        if (uai == null || uai.isBlank()) {
            return null;
        }
        Uai parsed = Uai.of(uai);
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", parsed.value()).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("school.notFound", parsed));
    }

    private static PlanLineDetails details(LineForm form) {
        return new PlanLineDetails(form.kind(), form.equipmentType(), form.label(), form.quantity(), form.unitCost(),
                form.programme(), form.grantRate());
    }

    private PlanSummary summary(DigitalPlan plan) {
        return PlanViews.summary(plan, access.mayChange(), access.amountsShown());
    }
}
