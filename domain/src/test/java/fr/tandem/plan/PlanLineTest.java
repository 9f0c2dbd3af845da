package fr.tandem.plan;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.platform.EntityIds;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanLineTest {

    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);
    private final City beziers = EntityIds.withId(new City("Béziers", List.of("34032")), 1);
    private final City agde = EntityIds.withId(new City("Agde", List.of("34003")), 2);
    private final DigitalPlan plan = new DigitalPlan(beziers, " Plan numérique ", 2025, 2027);

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).key();
    }

    private static School school(City city, String uai, long id) {
        School school = new School(Uai.of(uai), new SchoolDetails("École", SchoolKind.ELEMENTAIRE, null, null, null,
                "34500", city.id() == 2 ? "34003" : "34032", city.name(), PriorityEducation.NONE, SchoolState.OPEN, null, null),
                new Circonscription(Uai.of("0341234G"), "Béziers"), false, Instant.now());
        school.belongTo(city);
        return EntityIds.withId(school, id);
    }

    private static PlanLineDetails screens(String rate) {
        return new PlanLineDetails(PlanLineKind.EQUIPMENT, EquipmentType.INTERACTIVE_SCREEN, "ENI", 4,
                new BigDecimal("3000"), Programme.TNE, rate == null ? null : new BigDecimal(rate));
    }

    @Test
    void aPlanCoversOneToSixSchoolYears() {
        assertThat(plan.yearsLabel(), is("2025–2028"));
        assertThat(plan.title(), is("Plan numérique"));
        assertThat(plan.covers(2027), is(true));
        assertThat(plan.covers(2028), is(false));
        assertThat(refusal(() -> plan.revise("P", 2025, 2031)), is("plan.years.range"));
        assertThat(refusal(() -> plan.revise("P", 2026, 2025)), is("plan.years.range"));
        assertThat(refusal(() -> plan.setEnvelope(Programme.TNE, new BigDecimal("100.5"), null)), is("plan.rate.range"));
    }

    @Test
    void aLineTakesItsProgrammesRateUnlessItGivesOneAndStaysInThePlansCityAndYears() {
        School here = school(beziers, "0340001S", 10);
        assertThat(refusal(() -> new PlanLine(plan, here, 2025, screens(null))), is("plan.line.rate.required"));
        plan.setEnvelope(Programme.TNE, new BigDecimal("70"), new BigDecimal("50000"));
        PlanLine cut = new PlanLine(plan, here, 2025, screens(null));
        assertThat(cut.grantRate(), is(new BigDecimal("70.00")));
        assertThat(cut.estimatedCost(), is(new BigDecimal("12000.00")));
        assertThat(cut.estimatedGrant(), is(new BigDecimal("8400.00")));
        assertThat(new PlanLine(plan, null, 2027, screens("50")).grantRate(), is(new BigDecimal("50.00")));
        assertThat(refusal(() -> new PlanLine(plan, school(agde, "0340002T", 11), 2025, screens("50"))),
                is("plan.line.school.otherCity"));
        assertThat(refusal(() -> new PlanLine(plan, here, 2028, screens("50"))), is("plan.line.year.outside"));
        assertThat(refusal(() -> new PlanLine(plan, here, 2025, new PlanLineDetails(PlanLineKind.EQUIPMENT, null,
                "ENI", 1, BigDecimal.ONE, Programme.TNE, null))), is("plan.line.type.required"));
    }

    @Test
    void orderingRecordsTheOrderAndMovingBackForgetsIt() {
        PlanLine cut = new PlanLine(plan, null, 2025, screens("70"));
        assertThat(refusal(() -> cut.moveTo(PlanLineState.ORDERED, MAY, " ", null)), is("plan.line.order.required"));
        cut.moveTo(PlanLineState.ORDERED, MAY, "BC-12", null);
        assertThat(cut.orderedAmount(), is(new BigDecimal("12000.00")));
        assertThat(refusal(() -> cut.moveTo(PlanLineState.DELIVERED, MAY.minusDays(1), null, null)),
                is("plan.line.date.beforeOrder"));
        cut.moveTo(PlanLineState.IN_SERVICE, MAY.plusDays(20), null, null);
        assertThat(cut.deliveredOn(), is(MAY.plusDays(20)));
        cut.moveTo(PlanLineState.PLANNED, null, null, null);
        assertThat(cut.orderReference(), is(nullValue()));
        assertThat(cut.deliveredOn(), is(nullValue()));
    }

    @Test
    void aClaimedLineIsFrozenAndCannotBeClaimedTwice() {
        PlanLine cut = new PlanLine(plan, null, 2025, screens("70"));
        assertThat(refusal(() -> cut.freezeFor("TNE-1")), is("plan.line.claim.notPaid"));
        cut.moveTo(PlanLineState.DELIVERED, MAY, "BC-12", new BigDecimal("11000"));
        cut.addInvoice("F-1", MAY, MAY.plusDays(30), new BigDecimal("6000"));
        cut.addInvoice("F-2", MAY, null, new BigDecimal("5000"));
        assertThat(refusal(() -> cut.addInvoice("f-1", MAY, null, BigDecimal.TEN)), is("plan.invoice.reference.taken"));
        assertThat(cut.paid(), is(new BigDecimal("6000.00")));
        assertThat(cut.invoiced(), is(new BigDecimal("11000.00")));
        assertThat(cut.share(cut.paid()), is(new BigDecimal("4200.00")));
        cut.freezeFor("TNE-1");
        assertThat(cut.claimed(), is(true));
        assertThat(refusal(() -> cut.freezeFor("TNE-2")), is("plan.line.claimed"));
        assertThat(refusal(() -> cut.addInvoice("F-3", MAY, null, BigDecimal.TEN)), is("plan.line.claimed"));
        assertThat(refusal(() -> cut.revise(null, 2025, screens("80"))), is("plan.line.claimed"));
        assertThat(refusal(() -> cut.moveTo(PlanLineState.PLANNED, null, null, null)), is("plan.line.claimed"));
    }

    @Test
    void theCitysOwnBudgetIsNotClaimedAndItemsLinkOnlyToTheirSchoolsLineOfTheirType() {
        School here = school(beziers, "0340001S", 10);
        PlanLine own = new PlanLine(plan, here, 2025, new PlanLineDetails(PlanLineKind.EQUIPMENT, EquipmentType.TABLET,
                "Tablettes", 10, new BigDecimal("400"), Programme.CITY, new BigDecimal("100")));
        own.moveTo(PlanLineState.DELIVERED, MAY, "BC-3", null);
        own.addInvoice("F-9", MAY, MAY, new BigDecimal("4000"));
        assertThat(refusal(() -> own.freezeFor("C-1")), is("plan.line.claim.programme"));
        Equipment tablet = new Equipment("TAB-1", here, new EquipmentDetails(EquipmentType.TABLET, "Apple", null, null,
                null, null, BigDecimal.ZERO, null), false, "dsi", Instant.now());
        own.link(tablet);
        own.link(tablet);
        assertThat(own.items().size(), is(1));
        Equipment elsewhere = new Equipment("TAB-2", school(beziers, "0340003U", 12), new EquipmentDetails(
                EquipmentType.TABLET, "Apple", null, null, null, null, BigDecimal.ZERO, null), false, "dsi",
                Instant.now());
        assertThat(refusal(() -> own.link(elsewhere)), is("plan.line.link.school"));
        Equipment screen = new Equipment("ENI-1", here, new EquipmentDetails(EquipmentType.INTERACTIVE_SCREEN, "Speechi",
                null, null, null, null, BigDecimal.ZERO, null), false, "dsi", Instant.now());
        assertThat(refusal(() -> own.link(screen)), is("plan.line.link.type"));
    }
}
