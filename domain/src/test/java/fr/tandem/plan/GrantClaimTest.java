package fr.tandem.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.platform.EntityIds;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrantClaimTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);
    /** 31 December 2026 at 23:30 UTC: already 2027 in Paris. */
    private static final Instant NEW_YEAR_IN_PARIS = Instant.parse("2026-12-31T23:30:00Z");
    private final City beziers = EntityIds.withId(new City("Béziers", List.of("34032")), 1);
    private final DigitalPlan plan = new DigitalPlan(beziers, "Plan numérique", 2025, 2027);

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).key();
    }

    private PlanLine paidLine(Programme programme, String rate, LocalDate paidOn, String... amounts) {
        PlanLine line = new PlanLine(plan, null, 2025, new PlanLineDetails(PlanLineKind.EQUIPMENT,
                EquipmentType.INTERACTIVE_SCREEN, "ENI", 4, new BigDecimal("3000"), programme, new BigDecimal(rate)));
        line.moveTo(PlanLineState.DELIVERED, MAY, "BC-1", null);
        for (int i = 0; i < amounts.length; i++) {
            line.addInvoice("F-" + i, MAY, paidOn, new BigDecimal(amounts[i]));
        }
        return line;
    }

    private GrantClaim claim(Instant at) {
        return new GrantClaim(plan, Programme.TNE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 7, at, "dsi",
                " note ");
    }

    @Test
    void aLineIsEligibleWhenDeliveredUnclaimedOfTheProgrammeAndLastPaidWithinThePeriod() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 6, 30);
        PlanLine line = paidLine(Programme.TNE, "70", MAY, "1000");
        assertThat(ClaimRules.eligible(line, Programme.TNE, from, to), is(true));
        assertThat(ClaimRules.eligible(line, Programme.DEPARTEMENT, from, to), is(false));
        assertThat("last paid after the period", ClaimRules.eligible(line, Programme.TNE, from, MAY.minusDays(1)), is(false));
        assertThat("the period's days are included", ClaimRules.eligible(line, Programme.TNE, MAY, MAY), is(true));
        line.addInvoice("F-late", MAY, LocalDate.of(2026, 7, 2), BigDecimal.TEN);
        assertThat("its last payment is what counts", ClaimRules.eligible(line, Programme.TNE, from, to), is(false));
        PlanLine unpaid = paidLine(Programme.TNE, "70", null, "1000");
        assertThat(ClaimRules.eligible(unpaid, Programme.TNE, from, to), is(false));
        PlanLine ordered = new PlanLine(plan, null, 2025, new PlanLineDetails(PlanLineKind.LICENCE, null, "Licences", 1,
                BigDecimal.TEN, Programme.TNE, BigDecimal.TEN));
        ordered.moveTo(PlanLineState.ORDERED, MAY, "BC-2", null);
        ordered.addInvoice("F-9", MAY, MAY, BigDecimal.TEN);
        assertThat(ClaimRules.eligible(ordered, Programme.TNE, from, to), is(false));
    }

    @Test
    void theEnvelopeCapsTheLinesInOrder() {
        List<BigDecimal> shares = List.of(new BigDecimal("100.00"), new BigDecimal("50.00"), new BigDecimal("30.00"));
        assertThat(ClaimRules.capped(shares, null), is(shares));
        assertThat(ClaimRules.capped(shares, new BigDecimal("120.00")), contains(new BigDecimal("100.00"),
                new BigDecimal("20.00"), new BigDecimal("0.00")));
        assertThat(ClaimRules.capped(shares, BigDecimal.ZERO), contains(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void aClaimIsNumberedInTheParisYearAndFreezesItsLinesUntilCancelled() {
        GrantClaim cut = claim(NEW_YEAR_IN_PARIS);
        assertThat(cut.reference(), is("TNE-2027-007"));
        assertThat(cut.madeOn(), is(LocalDate.of(2027, 1, 1)));
        assertThat(cut.note(), is("note"));
        PlanLine line = paidLine(Programme.TNE, "70", MAY, "6000", "5000");
        cut.cover(line, line.share(line.paid()));
        assertThat(line.claimReference(), is("TNE-2027-007"));
        assertThat(cut.paidBase(), is(new BigDecimal("11000.00")));
        assertThat(cut.amountClaimed(), is(new BigDecimal("7700.00")));
        GrantClaimLine snapshot = cut.lines().get(0);
        assertThat(snapshot.invoices().size(), is(2));
        assertThat(snapshot.fullShare(), is(new BigDecimal("7700.00")));
        assertThat(refusal(() -> line.addInvoice("F-3", MAY, MAY, BigDecimal.TEN)), is("plan.line.claimed"));
        assertThat(refusal(() -> claim(NEW_YEAR_IN_PARIS).cover(line, BigDecimal.ONE)), is("plan.line.claimed"));
        PlanLine departement = paidLine(Programme.DEPARTEMENT, "20", MAY, "100");
        assertThat(refusal(() -> cut.cover(departement, BigDecimal.ONE)), is("plan.claim.line.outside"));

        cut.cancel(NEW_YEAR_IN_PARIS, "dsi");
        assertThat(cut.status(), is(GrantClaimStatus.CANCELLED));
        assertThat(line.claimed(), is(false));
        assertThat(snapshot.planLineId(), is(nullValue()));
        assertThat(snapshot.amountClaimed(), is(new BigDecimal("7700.00")));
        assertThat(refusal(() -> cut.cancel(NEW_YEAR_IN_PARIS, "dsi")), is("plan.claim.notSubmitted"));
        line.addInvoice("F-3", MAY, MAY, BigDecimal.TEN);
    }

    @Test
    void theFundersPaymentIsAtMostTheAmountClaimedOnADayFromTheClaimToToday() {
        GrantClaim cut = claim(Instant.parse("2026-06-01T08:00:00Z"));
        PlanLine line = paidLine(Programme.TNE, "50", MAY, "1000");
        cut.cover(line, new BigDecimal("500"));
        LocalDate today = LocalDate.of(2026, 6, 20);
        Instant now = Instant.parse("2026-06-20T08:00:00Z");
        assertThat(refusal(() -> cut.recordPayment(new BigDecimal("500.01"), today, today, now, "dsi")),
                is("plan.claim.payment.amount"));
        assertThat(refusal(() -> cut.recordPayment(BigDecimal.ZERO, today, today, now, "dsi")),
                is("plan.claim.payment.amount"));
        assertThat(refusal(() -> cut.recordPayment(BigDecimal.TEN, LocalDate.of(2026, 5, 31), today, now, "dsi")),
                is("plan.claim.payment.day"));
        assertThat(refusal(() -> cut.recordPayment(BigDecimal.TEN, today.plusDays(1), today, now, "dsi")),
                is("plan.claim.payment.day"));
        cut.recordPayment(new BigDecimal("480"), today, today, now, "dsi");
        assertThat(cut.status(), is(GrantClaimStatus.PAID));
        assertThat(cut.amountReceived(), is(new BigDecimal("480.00")));
        assertThat(refusal(() -> cut.cancel(now, "dsi")), is("plan.claim.notSubmitted"));
        assertThat("a paid claim keeps its lines frozen", line.claimed(), is(true));
    }

    @Test
    void aClaimIsOfAClaimableProgrammeOverAPeriod() {
        Instant now = Instant.now();
        assertThat(refusal(() -> new GrantClaim(plan, Programme.CITY, MAY, MAY, 1, now, "dsi", null)),
                is("plan.line.claim.programme"));
        assertThat(refusal(() -> new GrantClaim(plan, Programme.TNE, MAY, MAY.minusDays(1), 1, now, "dsi", null)),
                is("plan.claim.period"));
        assertThat(refusal(() -> new GrantClaim(plan, Programme.TNE, null, MAY, 1, now, "dsi", null)),
                is("plan.claim.period"));
        assertThat(refusal(() -> new GrantClaim(plan, null, MAY, MAY, 1, now, "dsi", null)),
                is("plan.programme.required"));
    }
}
