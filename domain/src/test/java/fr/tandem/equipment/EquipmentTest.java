package fr.tandem.equipment;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.EntityIds;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An item's rules: serial numbers, prices and TNE share, moves and status changes in its history. */
class EquipmentTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private final Circonscription circonscription = new Circonscription(Uai.of("0940927X"), "Fresnes");

    private School school(String uai, long id) {
        return EntityIds.withId(new School(Uai.of(uai), new SchoolDetails("Ecole " + id, SchoolKind.ELEMENTAIRE, null,
                null, null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                circonscription, false, NOW), id);
    }

    private static EquipmentDetails details(String room) {
        return new EquipmentDetails(EquipmentType.INTERACTIVE_SCREEN, "Speechi", "S-75", room,
                LocalDate.of(2025, 9, 1), new BigDecimal("3000"), new BigDecimal("2100"), LocalDate.of(2030, 8, 31));
    }

    @Test
    void serialNumbersAreStoredInUpperCaseAndChecked() {
        assertThat(Equipment.normalizeSerial("  eni-2025/001 "), is("ENI-2025/001"));
        assertThat(assertThrows(RuleViolation.class, () -> Equipment.normalizeSerial("a b")).key(), is("equipment.serial.shape"));
        assertThat(assertThrows(RuleViolation.class, () -> Equipment.normalizeSerial(" ")).key(), is("equipment.serial.required"));
    }

    @Test
    void theTneShareCannotExceedThePrice() {
        assertThat(details("CP").cityAmount(), is(new BigDecimal("900.00")));
        assertThat(assertThrows(RuleViolation.class, () -> new EquipmentDetails(EquipmentType.TABLET, "Apple", null, null,
                null, new BigDecimal("300"), new BigDecimal("301"), null)).key(), is("equipment.tne.range"));
        assertThat(assertThrows(RuleViolation.class, () -> new EquipmentDetails(EquipmentType.TABLET, "Apple", null, null,
                null, new BigDecimal("-1"), null, null)).key(), is("equipment.price.range"));
        assertThat(assertThrows(RuleViolation.class, () -> new EquipmentDetails(EquipmentType.TABLET, "Apple", null, null,
                LocalDate.of(2025, 1, 1), null, null, LocalDate.of(2024, 1, 1))).key(),
                is("equipment.warranty.beforePurchase"));
    }

    @Test
    void movesAndStatusChangesAreKeptInTheHistory() {
        School first = school("0940176F", 1);
        Equipment cut = new Equipment("ENI-1", first, details("CP"), false, "dsi", NOW);
        assertThat(cut.update(details("CP"), first, "dsi", NOW), is(false));
        assertThat(cut.update(details("CE1"), school("0940177G", 2), "dsi", NOW), is(true));
        assertThat(cut.changeStatus(EquipmentStatus.BROKEN, "écran noir", "dsi", NOW), is(true));
        assertThat(cut.changeStatus(EquipmentStatus.BROKEN, null, "dsi", NOW), is(false));
        assertThat(cut.history().size(), is(3));
        assertThat(cut.history().get(1).kind(), is(EquipmentEventKind.MOVED));
        assertThat(cut.history().get(1).from(), is("0940176F / CP"));
        assertThat(cut.history().get(1).to(), is("0940177G / CE1"));
        assertThat(cut.history().get(2).to(), is("BROKEN"));
    }

    @Test
    void aRetiredItemStaysRetired() {
        Equipment cut = new Equipment("ENI-1", school("0940176F", 1), details("CP"), false, "dsi", NOW);
        cut.changeStatus(EquipmentStatus.RETIRED, null, "dsi", NOW);
        assertThat(assertThrows(RuleViolation.class, () -> cut.changeStatus(EquipmentStatus.IN_SERVICE, null, "dsi", NOW))
                .key(), is("equipment.retired"));
    }
}
