package fr.tandem.equipment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.licence.Supplier;
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

class ContractTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private final City fresnes = EntityIds.withId(new City("Fresnes", List.of("94034")), 1);
    private final City rungis = EntityIds.withId(new City("Rungis", List.of("94065")), 2);
    private final Supplier supplier = new Supplier(fresnes, "Maintenance 94", null);

    private static ContractTerms terms(LocalDate start, LocalDate end, String cost, Integer notice) {
        return new ContractTerms(" M-2026  14 ", ContractKind.MAINTENANCE, start, end,
                cost == null ? null : new BigDecimal(cost), notice, null, true);
    }

    private static String refusal(Runnable action) {
        return assertThrows(RuleViolation.class, action::run).key();
    }

    private Equipment item(City city, String uai, String commune) {
        School school = new School(Uai.of(uai), new SchoolDetails("École", SchoolKind.ELEMENTAIRE, null, null, null,
                "94260", commune, city.name(), PriorityEducation.NONE, SchoolState.OPEN, null, null),
                new Circonscription(Uai.of("0940927X"), "Fresnes"), false, Instant.now());
        school.belongTo(city);
        return new Equipment("ENI-" + uai, school, new EquipmentDetails(EquipmentType.INTERACTIVE_SCREEN, "Speechi",
                null, null, null, null, BigDecimal.ZERO, null), false, "dsi", Instant.now());
    }

    @Test
    void theNoticeDeadlineIsTheEndMinusTheNoticeAndNoneWithoutNotice() {
        Contract cut = new Contract(supplier, terms(START, END, "1200", 90));
        assertThat(cut.noticeDeadline(), is(LocalDate.of(2026, 10, 2)));
        assertThat(cut.reference(), is("M-2026 14"));
        assertThat(cut.city(), is(fresnes));
        assertThat(cut.yearlyCost(), is(new BigDecimal("1200.00")));
        cut.revise(supplier, terms(START, END, "0", null));
        assertThat(cut.noticeDeadline(), is(nullValue()));
        assertThat(cut.noticeDays(), is(0));
    }

    @Test
    void wrongTermsAreRefusedWithTheirRule() {
        assertThat(refusal(() -> new Contract(null, terms(START, END, "1", 0))), is("contract.supplier.required"));
        assertThat(refusal(() -> new Contract(supplier, terms(START, START.minusDays(1), "1", 0))),
                is("contract.dates.order"));
        assertThat(refusal(() -> new Contract(supplier, terms(null, END, "1", 0))), is("contract.dates.required"));
        assertThat(refusal(() -> new Contract(supplier, terms(START, END, "1", -1))), is("contract.notice.range"));
        assertThat(refusal(() -> new Contract(supplier, terms(START, END, "1", 365))), is("contract.notice.range"));
        new Contract(supplier, terms(START, END, "1", 364));
        new Contract(supplier, terms(START, START, "1", 0));
        assertThat(refusal(() -> new Contract(supplier, terms(START, END, "-0.01", 0))), is("contract.cost.range"));
        assertThat(refusal(() -> new Contract(supplier, terms(START, END, null, 0))), is("contract.cost.range"));
        assertThat(refusal(() -> new Contract(supplier, new ContractTerms(" ", ContractKind.RENTAL, START, END,
                BigDecimal.ONE, 0, null, false))), is("contract.reference.required"));
        assertThat(refusal(() -> new Contract(supplier, new ContractTerms("R", null, START, END, BigDecimal.ONE, 0,
                null, false))), is("contract.kind.required"));
    }

    @Test
    void itCoversItemsAndASupplierOfItsOwnCityOnly() {
        Contract cut = new Contract(supplier, terms(START, END, "1", 0));
        Equipment mine = item(fresnes, "0940176F", "94034");
        cut.cover(List.of(mine, mine));
        assertThat(cut.items(), is(List.of(mine)));
        assertThat(refusal(() -> cut.cover(List.of(mine, item(rungis, "0940177G", "94065")))), is("contract.item.otherCity"));
        assertThat(cut.items(), is(List.of(mine)));
        assertThat(refusal(() -> cut.revise(new Supplier(rungis, "Autre", null), terms(START, END, "1", 0))),
                is("contract.supplier.otherCity"));
    }
}
