package fr.tandem.equipment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
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

/** An intervention's rules: a day not in the future, a cost of zero or more, a text, one doer of the item's city. */
class MaintenanceRecordTest {

    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private final City fresnes = EntityIds.withId(new City("Fresnes", List.of("94034")), 1L);
    private final City rungis = EntityIds.withId(new City("Rungis", List.of("94065")), 2L);
    private final Equipment item = item();

    private Equipment item() {
        School school = EntityIds.withId(new School(Uai.of("0940176F"), new SchoolDetails("Ecole", SchoolKind.ELEMENTAIRE,
                null, null, null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                new Circonscription(Uai.of("0940927X"), "Fresnes"), false, NOW), 1L);
        school.belongTo(fresnes);
        return new Equipment("ENI-1", school, new EquipmentDetails(EquipmentType.INTERACTIVE_SCREEN, "Speechi", null,
                null, null, null, null, null), false, "dsi", NOW);
    }

    private static MaintenanceDetails details(LocalDate day, String cost, String staff, String text) {
        return new MaintenanceDetails(day, cost == null ? null : new BigDecimal(cost), staff, text, null);
    }

    private String refusal(MaintenanceDetails details, Supplier supplier) {
        return assertThrows(RuleViolation.class, () -> new MaintenanceRecord(item, details, supplier, TODAY, "dsi", NOW))
                .key();
    }

    @Test
    void keepsWhatWasDoneByWhomAndForHowMuch() {
        Supplier supplier = new Supplier(fresnes, "Réparations", null);
        MaintenanceRecord cut = new MaintenanceRecord(item, details(TODAY, "12.5", null, "  Câble changé \n et testé "),
                supplier, TODAY, "dsi", NOW);
        assertThat(cut.cost(), is(new BigDecimal("12.50")));
        assertThat(cut.description(), is("Câble changé \n et testé"));
        assertThat(cut.supplier(), is(supplier));
        cut.revise(details(TODAY.minusDays(1), "0", "  Agent   DSI ", "Réglage"), null, TODAY);
        assertThat(cut.staffName(), is("Agent DSI"));
        assertThat(cut.supplier(), is((Supplier) null));
    }

    @Test
    void refusesWhatCannotBeTrue() {
        assertThat(refusal(details(null, "1", "A", "x"), null), is("maintenance.date.required"));
        assertThat(refusal(details(TODAY.plusDays(1), "1", "A", "x"), null), is("maintenance.date.future"));
        assertThat(refusal(details(TODAY, null, "A", "x"), null), is("maintenance.cost.required"));
        assertThat(refusal(details(TODAY, "-0.01", "A", "x"), null), is("maintenance.cost.invalid"));
        assertThat(refusal(details(TODAY, "1", " ", "x"), null), is("maintenance.doer.one"));
        assertThat(refusal(details(TODAY, "1", "A", "x"), new Supplier(fresnes, "S", null)), is("maintenance.doer.one"));
        assertThat(refusal(details(TODAY, "1", null, "x"), new Supplier(rungis, "S", null)),
                is("maintenance.supplier.otherCity"));
        assertThat(refusal(details(TODAY, "1", "A", " "), null), is("maintenance.text.required"));
        assertThat(refusal(details(TODAY, "1", "A", "x".repeat(2001)), null), is("text.tooLong"));
        assertThat(refusal(new MaintenanceDetails(TODAY, BigDecimal.ONE, "A", "x", 0L), null),
                is("maintenance.request.invalid"));
    }
}
