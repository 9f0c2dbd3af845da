package fr.tandem.plan.control;

import fr.tandem.plan.ClaimRules;
import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.GrantClaimStatus;
import fr.tandem.plan.PlanEnvelope;
import fr.tandem.plan.PlanInvoice;
import fr.tandem.plan.PlanLine;
import fr.tandem.plan.Programme;
import fr.tandem.plan.model.ClaimPreview;
import fr.tandem.plan.model.ClaimPreviewLine;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines a claim of a programme over a period may cover (see {@link ClaimRules}), in the order the
 * envelope is spent (school year, then the line's creation), with their amounts under what remains of
 * the programme's envelope once its live claims on the plan are counted.
 */
@Dependent
public class ClaimableLines {

    /** The order lines are claimed in, and so take the envelope in. */
    public static final Comparator<PlanLine> ORDER = Comparator.comparingInt(PlanLine::schoolYear)
            .thenComparing(PlanLine::id);

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The ids of the plan's unclaimed lines of the programme, in id order (the order they are locked in). */
    public List<Long> candidateIds(DigitalPlan plan, Programme programme) {
        return em.createQuery("select l.id from PlanLine l where l.plan = :plan and l.programme = :programme "
                        + "and l.claimReference is null order by l.id", Long.class)
                .setParameter("plan", plan).setParameter("programme", programme).getResultList();
    }

    /** What the programme's live claims on the plan already took. */
    public BigDecimal alreadyClaimed(DigitalPlan plan, Programme programme) {
        BigDecimal sum = em.createQuery("select sum(c.amountClaimed) from GrantClaim c where c.plan = :plan "
                        + "and c.programme = :programme and c.status <> :cancelled", BigDecimal.class)
                .setParameter("plan", plan).setParameter("programme", programme)
                .setParameter("cancelled", GrantClaimStatus.CANCELLED).getSingleResult();
        return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
    }

    /** The preview of a claim over these lines (any order; the eligible ones are kept, sorted by {@link #ORDER}). */
    public ClaimPreview preview(DigitalPlan plan, Programme programme, LocalDate from, LocalDate to,
                                List<PlanLine> lines) {
        List<PlanLine> eligible = lines.stream().filter(l -> ClaimRules.eligible(l, programme, from, to))
                .sorted(ORDER).toList();
        BigDecimal envelope = plan.envelope(programme).map(PlanEnvelope::amount).orElse(null);
        BigDecimal taken = alreadyClaimed(plan, programme);
        BigDecimal remaining = envelope == null ? null : envelope.subtract(taken).max(BigDecimal.ZERO);
        List<BigDecimal> shares = eligible.stream().map(l -> l.share(l.paid())).toList();
        List<BigDecimal> amounts = ClaimRules.capped(shares, remaining);
        List<ClaimPreviewLine> previewed = new ArrayList<>();
        BigDecimal base = BigDecimal.ZERO.setScale(2);
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < eligible.size(); i++) {
            PlanLine line = eligible.get(i);
            previewed.add(new ClaimPreviewLine(line.id(), line.school() == null ? null : line.school().uai().value(),
                    line.school() == null ? null : line.school().name(), line.schoolYear(), line.label(),
                    line.grantRate(), line.paid(), shares.get(i), amounts.get(i), line.lastPaidOn(),
                    line.invoices().stream().filter(PlanInvoice::paid).map(PlanInvoice::reference).toList()));
            if (amounts.get(i).signum() > 0) {
                base = base.add(line.paid());
                total = total.add(amounts.get(i));
            }
        }
        boolean capped = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)) != 0;
        return new ClaimPreview(plan.id(), plan.title(), programme, from, to, previewed, envelope, taken, remaining,
                base, total, capped);
    }
}
