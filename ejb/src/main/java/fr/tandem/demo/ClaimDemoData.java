package fr.tandem.demo;

import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.GrantClaim;
import fr.tandem.plan.PlanLine;
import fr.tandem.plan.Programme;
import fr.tandem.plan.control.ClaimableLines;
import fr.tandem.plan.model.ClaimPreview;
import fr.tandem.plan.model.ClaimPreviewLine;
import fr.tandem.platform.time.Clocks;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads, once, two grant claims on Béziers' demo plan, made as the city would have: the TNE claim
 * of the screens paid in the autumn of 2025, which the State has paid, and the département's claim
 * of the webradio kit and the screens' software, still waiting. The tablet sets and the second wave
 * of screens stay to claim, so that the plan's "remaining to claim" and the claims' chart show both.
 */
@Singleton
@Startup
@DependsOn("PlanDemoData")
public class ClaimDemoData extends DemoPart {

    @Inject
    ClaimableLines claimable;

    public ClaimDemoData() {
        super("demo.claims.loaded");
    }

    @Override
    String load(Instant now) {
        DigitalPlan plan = em.createQuery("select p from DigitalPlan p where p.title = :title", DigitalPlan.class)
                .setParameter("title", PlanDemoData.TITLE).getSingleResult();
        GrantClaim tne = claim(plan, Programme.TNE, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 15), "Première demande de versement : écrans de la première vague.");
        tne.recordPayment(tne.amountClaimed(), LocalDate.of(2026, 3, 10), LocalDate.ofInstant(now, Clocks.PARIS),
                now, "dsi");
        GrantClaim departement = claim(plan, Programme.DEPARTEMENT, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 2), null);
        em.flush();
        return "Demo grant claims loaded: " + tne.reference() + " (paid), " + departement.reference() + " (submitted)";
    }

    /** A claim of every eligible line of the programme over the period, made at 10:00 Paris time on that day. */
    private GrantClaim claim(DigitalPlan plan, Programme programme, LocalDate from, LocalDate to, LocalDate madeOn,
                             String note) {
        List<PlanLine> lines = em.createQuery("select l from PlanLine l where l.plan = :plan "
                + "and l.programme = :programme order by l.id", PlanLine.class).setParameter("plan", plan)
                .setParameter("programme", programme).getResultList();
        ClaimPreview preview = claimable.preview(plan, programme, from, to, lines);
        GrantClaim claim = new GrantClaim(plan, programme, from, to, 1,
                madeOn.atTime(10, 0).atZone(Clocks.PARIS).toInstant(), "dsi", note);
        for (ClaimPreviewLine previewed : preview.lines()) {
            if (previewed.amount().signum() > 0) {
                claim.cover(em.find(PlanLine.class, previewed.lineId()), previewed.amount());
            }
        }
        em.persist(claim);
        return claim;
    }
}
