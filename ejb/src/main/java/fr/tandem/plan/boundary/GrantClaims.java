package fr.tandem.plan.boundary;

import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.plan.ClaimRules;
import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.GrantClaim;
import fr.tandem.plan.GrantClaimLine;
import fr.tandem.plan.PlanLine;
import fr.tandem.plan.Programme;
import fr.tandem.plan.control.ClaimFiles;
import fr.tandem.plan.control.ClaimViews;
import fr.tandem.plan.control.ClaimableLines;
import fr.tandem.plan.model.ClaimDetail;
import fr.tandem.plan.model.ClaimPayment;
import fr.tandem.plan.model.ClaimPreview;
import fr.tandem.plan.model.ClaimPreviewLine;
import fr.tandem.plan.model.ClaimRequest;
import fr.tandem.plan.model.ClaimSummary;
import fr.tandem.plan.model.ClaimablePlan;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.Language;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.persistence.QueryFilter;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.City;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Grant claims of the digital plan: city staff and administrators preview and make their city's
 * claims, cancel them while submitted and record the funder's payment; councillors read them; another
 * city's plans and claims are not found. Which lines a claim covers and how much it claims is
 * {@link ClaimRules}' rule (last payment within the period; the envelope caps). Making a claim locks the
 * city's row (claims are numbered per city), then each line's row in id order, checks each line again
 * and freezes it, and writes the claim with its snapshot in the same transaction: a refused line
 * refuses the whole claim. The unique link of a snapshot line to its plan line stands behind the locks;
 * its violation is answered as {@code plan.line.claimed}. The claim's files (PDF summary, Excel
 * detail) are made from its snapshot, dated with its own instant: two downloads are the same.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class GrantClaims {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    ClaimableLines claimable;

    @Inject
    Clock clock;

    /** The plans of the caller's city (all plans for an administrator), latest first. */
    public List<ClaimablePlan> plans() {
        QueryFilter filter = new QueryFilter();
        Long city = caller.confinedToCityId();
        if (city != null) {
            filter.and("p.city.id = :city", "city", city);
        }
        return filter.bind(em.createQuery("select p from DigitalPlan p" + filter.where()
                        + " order by p.firstYear desc, p.title, p.id", DigitalPlan.class))
                .getResultStream().map(p -> new ClaimablePlan(p.id(), p.title(), p.yearsLabel())).toList();
    }

    /** The claims of the caller's city, of one plan when given, latest first. */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR"})
    public List<ClaimSummary> list(Long planId) {
        QueryFilter filter = new QueryFilter();
        Long city = caller.confinedToCityId();
        if (city != null) {
            filter.and("c.city.id = :city", "city", city);
        }
        if (planId != null) {
            filter.and("c.plan.id = :plan", "plan", planId);
        }
        return filter.bind(em.createQuery("select c from GrantClaim c join fetch c.plan" + filter.where()
                        + " order by c.madeAt desc, c.id desc", GrantClaim.class))
                .getResultStream().map(ClaimViews::summary).toList();
    }

    @RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR"})
    public ClaimDetail find(long id) {
        return detail(claim(id, LockModeType.NONE));
    }

    /** The lines a claim would cover now, with their amounts and the envelope (nothing is written). */
    public ClaimPreview preview(ClaimRequest request) {
        ClaimRules.checkRequest(request.programme(), request.from(), request.to());
        DigitalPlan plan = plan(request.planId());
        List<PlanLine> lines = em.createQuery("select l from PlanLine l where l.plan = :plan "
                        + "and l.programme = :programme and l.claimReference is null", PlanLine.class)
                .setParameter("plan", plan).setParameter("programme", request.programme()).getResultList();
        return claimable.preview(plan, request.programme(), request.from(), request.to(), lines);
    }

    /**
     * Makes the claim over the lines of the preview the person confirmed ({@code lineIds}): each must
     * still be eligible and claim the amount the preview showed, or nothing is written.
     */
    public ClaimDetail create(ClaimRequest request) {
        ClaimRules.checkRequest(request.programme(), request.from(), request.to());
        if (request.lineIds() == null || request.lineIds().isEmpty()) {
            throw new RuleViolation("plan.claim.lines.required");
        }
        DigitalPlan plan = plan(request.planId());
        em.find(City.class, plan.city().id(), LockModeType.PESSIMISTIC_WRITE);
        List<PlanLine> lines = new ArrayList<>();
        for (Long id : request.lineIds().stream().distinct().sorted().toList()) {
            PlanLine line = em.find(PlanLine.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (line == null || !line.plan().id().equals(plan.id())) {
                throw new NotFound("plan.line.notFound");
            }
            if (line.claimed()) {
                throw new Conflict("plan.line.claimed", line.claimReference());
            }
            if (!ClaimRules.eligible(line, request.programme(), request.from(), request.to())) {
                throw new Conflict("plan.claim.line.notEligible", line.label());
            }
            lines.add(line);
        }
        ClaimPreview preview = claimable.preview(plan, request.programme(), request.from(), request.to(), lines);
        if (preview.remaining() != null && preview.remaining().signum() == 0) {
            throw new Conflict("plan.claim.envelope.exhausted");
        }
        if (preview.claimedLineIds().size() != lines.size()) {
            throw new Conflict("plan.claim.changed");
        }
        Instant now = clock.instant();
        GrantClaim claim = new GrantClaim(plan, request.programme(), request.from(), request.to(),
                nextNumber(plan.city(), request.programme(), now), now, caller.username(), request.note());
        Map<Long, PlanLine> byId = lines.stream().collect(Collectors.toMap(PlanLine::id, Function.identity()));
        for (ClaimPreviewLine line : preview.lines()) {
            claim.cover(byId.get(line.lineId()), line.amount());
        }
        em.persist(claim);
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (integrityViolation(refused)) {
                throw new Conflict("plan.line.claimed", new RuleViolation("plan.claim.another"));
            }
            throw refused;
        }
        return detail(claim);
    }

    /** Cancels a submitted claim: its lines are let go (they can change and be claimed again). */
    public ClaimDetail cancel(long id, Long version) {
        GrantClaim claim = claim(id, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(claim, version);
        for (Long lineId : claim.lines().stream().map(GrantClaimLine::planLineId).filter(Objects::nonNull).sorted().toList()) {
            em.find(PlanLine.class, lineId, LockModeType.PESSIMISTIC_WRITE);
        }
        claim.cancel(clock.instant(), caller.username());
        em.flush();
        return detail(claim);
    }

    /** Records the funder's payment of a submitted claim. */
    public ClaimDetail recordPayment(long id, ClaimPayment payment) {
        GrantClaim claim = claim(id, LockModeType.PESSIMISTIC_WRITE);
        checkVersion(claim, payment.version());
        claim.recordPayment(payment.amount(), payment.receivedOn(), LocalDate.ofInstant(clock.instant(), Clocks.PARIS),
                clock.instant(), caller.username());
        em.flush();
        return detail(claim);
    }

    /** The claim's PDF summary, in the language asked for. */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR"})
    public byte[] pdf(long id, Language language) {
        return ClaimFiles.pdf(find(id), language);
    }

    /** The claim's Excel detail (one row per invoice of each line, and totals), in the language asked for. */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "COUNCILLOR"})
    public byte[] excel(long id, Language language) {
        return ClaimFiles.excel(find(id), language);
    }

    private ClaimDetail detail(GrantClaim claim) {
        return ClaimViews.detail(claim, caller.is(Role.ADMIN) || caller.is(Role.CITY_STAFF));
    }

    /** The next number of the city's claims of the programme made in the year (Paris) of {@code now}; cancelled ones count. */
    private int nextNumber(City city, Programme programme, Instant now) {
        Integer last = em.createQuery("select max(c.number) from GrantClaim c where c.city = :city "
                        + "and c.programme = :programme and c.year = :year", Integer.class)
                .setParameter("city", city).setParameter("programme", programme)
                .setParameter("year", now.atZone(Clocks.PARIS).getYear()).getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private static void checkVersion(GrantClaim claim, Long version) {
        if (version != null && version != claim.version()) {
            throw new Conflict("concurrent.change");
        }
    }

    private DigitalPlan plan(Long id) {
        DigitalPlan plan = id == null ? null : em.find(DigitalPlan.class, id);
        Long city = caller.confinedToCityId();
        if (plan == null || city != null && !city.equals(plan.city().id())) {
            throw new NotFound("plan.notFound");
        }
        return plan;
    }

    private GrantClaim claim(long id, LockModeType lock) {
        GrantClaim claim = em.find(GrantClaim.class, id, lock);
        Long city = caller.confinedToCityId();
        if (claim == null || city != null && !city.equals(claim.city().id())) {
            throw new NotFound("plan.claim.notFound");
        }
        return claim;
    }

    /** Whether the database refused a write for an integrity constraint (SQL state 23…), such as a unique one. */
    private static boolean integrityViolation(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && next.getSQLState().startsWith("23")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
