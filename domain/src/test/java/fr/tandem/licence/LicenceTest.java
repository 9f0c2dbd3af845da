package fr.tandem.licence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.platform.Conflict;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LicenceTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private final Circonscription circonscription = new Circonscription(Uai.of("0940927X"), "Fresnes");
    private final City fresnes = city("Fresnes", "94034", 1);
    private final City rungis = city("Rungis", "94065", 2);
    private final School first = school("0940176F", 1);
    private final School second = school("0940177G", 2);
    private final Product product = new Product(fresnes, new ProductDetails("Logiciel ENI", ProductKind.SOFTWARE,
            "Éditeur", null, null, null, null), null);

    private static City city(String name, String commune, long id) {
        City city = new City(name, List.of(commune));
        EntityIds.withId(city, id);
        return city;
    }

    private School school(String uai, long id) {
        School school = new School(Uai.of(uai), new SchoolDetails("École " + id, SchoolKind.ELEMENTAIRE, null, null,
                null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                circonscription, false, NOW);
        EntityIds.withId(school, id);
        school.belongTo(fresnes);
        return school;
    }

    private static LicenceTerms terms(LicenceKind kind, Integer seats, boolean transferable, LocalDate until) {
        return new LicenceTerms(1L, kind, seats, null, LocalDate.of(2026, 9, 1), until, new BigDecimal("1000"),
                "eur", GrantSource.TNE, 60, "BC-1", "MARCHE-1", transferable, RenewalMode.MANUAL, 12, 2, null, null);
    }

    private Licence perSeat(int seats) {
        return new Licence(fresnes, product, terms(LicenceKind.PER_SEAT, seats, true, LocalDate.of(2027, 8, 15)), null);
    }

    @Test
    void assignsUpToItsSeatsAndRefusesBeyondWithTheFreeCount() {
        Licence cut = perSeat(10);
        cut.assign(first, AssignmentTarget.SCHOOL, null, null, 6, TODAY, NOW);
        cut.assign(second, AssignmentTarget.SCHOOL, null, null, 4, TODAY, NOW);
        assertThat(cut.freeSeats(TODAY), is(0));
        Conflict refused = assertThrows(Conflict.class,
                () -> cut.assign(second, AssignmentTarget.SCHOOL, null, null, 1, TODAY, NOW));
        assertThat(refused.messageIn(Locale.FRENCH), containsString("il en reste 0 de libre(s) sur 10"));
        assertThat(cut.assignedSeats(), is(10));
    }

    @Test
    void releasingATransferableAssignmentFreesItsSeatsForAnotherSchool() {
        Licence cut = perSeat(5);
        Assignment given = cut.assign(first, AssignmentTarget.SCHOOL, null, null, 5, TODAY, NOW);
        Assignment moved = cut.reassign(given, second, AssignmentTarget.CLASS, "CM1 B", null, TODAY, NOW);
        assertThat(given.active(), is(false));
        assertThat(moved.school(), is(second));
        assertThat(moved.className(), is("CM1 B"));
        assertThat(cut.freeSeats(TODAY), is(0));
    }

    @Test
    void aNonTransferableLicenceKeepsItsSeatsWhereTheyAre() {
        Licence cut = new Licence(fresnes, product, terms(LicenceKind.PER_SEAT, 5, false, LocalDate.of(2027, 8, 15)), null);
        Assignment given = cut.assign(first, AssignmentTarget.SCHOOL, null, null, 2, TODAY, NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> cut.release(given, NOW));
        assertThat(refused.key(), is("licence.notTransferable"));
        assertThat(cut.assignedSeats(), is(2));
    }

    @Test
    void aSiteLicenceBelongsToOneSchoolAndHasNoSeatLimit() {
        assertThrows(RuleViolation.class, () -> new Licence(fresnes, product,
                terms(LicenceKind.SITE, null, true, LocalDate.of(2027, 8, 15)), null));
        Licence cut = new Licence(fresnes, product, terms(LicenceKind.SITE, null, true, LocalDate.of(2027, 8, 15)), first);
        cut.assign(first, AssignmentTarget.CLASS, "CP", null, 400, TODAY, NOW);
        assertThat(cut.freeSeats(TODAY), is(nullValue()));
        RuleViolation other = assertThrows(RuleViolation.class,
                () -> cut.assign(second, AssignmentTarget.SCHOOL, null, null, 1, TODAY, NOW));
        assertThat(other.key(), is("licence.holder.only"));
    }

    @Test
    void anExpiredLicenceCountsNoSeatAndTakesNoAssignment() {
        Licence cut = new Licence(fresnes, product, terms(LicenceKind.PER_SEAT, 10, true, TODAY.minusDays(1)), null);
        assertThat(cut.freeSeats(TODAY), is(0));
        assertThat(cut.countsOn(TODAY), is(false));
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> cut.assign(first, AssignmentTarget.SCHOOL, null, null, 1, TODAY, NOW));
        assertThat(refused.key(), is("licence.expired"));
        Licence lastDay = new Licence(fresnes, product, terms(LicenceKind.PER_SEAT, 10, true, TODAY), null);
        lastDay.assign(first, AssignmentTarget.SCHOOL, null, null, 1, TODAY, NOW);
        assertThat(lastDay.freeSeats(TODAY), is(9));
    }

    @Test
    void aTeacherAssignmentNeedsATeacherOfThatSchool() {
        Account elsewhere = new Account("prof", new AccountProfile("P", "Rof", "p@example.org", EnumSet.of(Role.TEACHER),
                second, null, 100), "hash", false, NOW);
        Licence cut = perSeat(3);
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> cut.assign(first, AssignmentTarget.TEACHER, null, elsewhere, 1, TODAY, NOW));
        assertThat(refused.key(), is("licence.assign.teacher.otherSchool"));
        assertThat(cut.assign(second, AssignmentTarget.TEACHER, null, elsewhere, 1, TODAY, NOW).teacher(), is(elsewhere));
    }

    @Test
    void seatsCannotShrinkBelowWhatIsAssigned() {
        Licence cut = perSeat(10);
        cut.assign(first, AssignmentTarget.SCHOOL, null, null, 8, TODAY, NOW);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> cut.revise(product,
                terms(LicenceKind.PER_SEAT, 7, true, LocalDate.of(2027, 8, 15)), null));
        assertThat(refused.key(), is("licence.seats.belowAssigned"));
    }

    @Test
    void renewalCreatesTheNextPeriodWithItsAssignmentsAndEndsThisOne() {
        Licence cut = perSeat(10);
        cut.assign(first, AssignmentTarget.SCHOOL, null, null, 4, TODAY, NOW);
        Licence next = cut.renew(NOW);
        assertThat(cut.status(), is(LicenceStatus.RENEWED));
        assertThat(next.validFrom(), is(LocalDate.of(2027, 8, 16)));
        assertThat(next.validUntil(), is(LocalDate.of(2028, 8, 15)));
        assertThat(next.assignedSeats(), is(4));
        assertThat(next.price(), is(new BigDecimal("1000.00")));
        assertThat(next.currency(), is("EUR"));
        assertThrows(RuleViolation.class, () -> cut.assign(first, AssignmentTarget.SCHOOL, null, null, 1, TODAY, NOW));
        assertThrows(RuleViolation.class, () -> cut.renew(NOW));
    }

    @Test
    void fundingSplitsThePriceBetweenTheGrantAndTheCity() {
        Licence cut = perSeat(10);
        assertThat(cut.grantAmount(), is(new BigDecimal("600.00")));
        assertThat(cut.cityAmount(), is(new BigDecimal("400.00")));
        assertThrows(RuleViolation.class, () -> new Licence(fresnes, product, new LicenceTerms(1L, LicenceKind.PER_SEAT, 1, null,
                TODAY, TODAY, BigDecimal.ONE, "EUR", GrantSource.NONE, 30, null, null, true, null, null, null, null, null), null));
    }

    @Test
    void lowSeatsWhenFreeSeatsFallBelowTheThreshold() {
        Licence cut = perSeat(10);
        cut.assign(first, AssignmentTarget.SCHOOL, null, null, 8, TODAY, NOW);
        assertThat(cut.lowOnSeats(TODAY), is(false));
        cut.assign(first, AssignmentTarget.SCHOOL, null, null, 1, TODAY, NOW);
        assertThat(cut.lowOnSeats(TODAY), is(true));
    }

    @Test
    void keepsToItsCityProductsSuppliersAndSchools() {
        Product rungisProduct = new Product(rungis, new ProductDetails("Logiciel de Rungis", ProductKind.SOFTWARE, null,
                null, null, null, null), null);
        RuleViolation otherProduct = assertThrows(RuleViolation.class, () -> new Licence(fresnes, rungisProduct,
                terms(LicenceKind.PER_SEAT, 5, true, LocalDate.of(2027, 8, 15)), null));
        assertThat(otherProduct.key(), is("licence.product.otherCity"));

        School rungisSchool = new School(Uai.of("0940178H"), new SchoolDetails("École de Rungis", SchoolKind.ELEMENTAIRE,
                null, null, null, "94150", "94065", "Rungis", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                circonscription, false, NOW);
        EntityIds.withId(rungisSchool, 3L);
        rungisSchool.belongTo(rungis);
        Licence cut = perSeat(10);
        RuleViolation school = assertThrows(RuleViolation.class,
                () -> cut.assign(rungisSchool, AssignmentTarget.SCHOOL, null, null, 1, TODAY, NOW));
        assertThat(school.key(), is("licence.school.otherCity"));
        assertThat(cut.assignedSeats(), is(0));
        assertThrows(RuleViolation.class, () -> new Licence(fresnes, product,
                terms(LicenceKind.SITE, null, true, LocalDate.of(2027, 8, 15)), rungisSchool));

        Supplier rungisSupplier = new Supplier(rungis, "Fournisseur de Rungis", null);
        RuleViolation supplier = assertThrows(RuleViolation.class, () -> product.update(new ProductDetails("Logiciel ENI",
                ProductKind.SOFTWARE, null, null, null, null, null), rungisSupplier));
        assertThat(supplier.key(), is("licence.product.supplier.otherCity"));
        assertThrows(RuleViolation.class, () -> new Licence(null, product,
                terms(LicenceKind.PER_SEAT, 5, true, LocalDate.of(2027, 8, 15)), null));
    }

    @Test
    void seatsOnDevicesCountLikeTheOthersAndADeviceGivesThemAllBackTransferableOrNot() {
        Licence cut = new Licence(fresnes, product, terms(LicenceKind.PER_SEAT, 10, false, LocalDate.of(2027, 8, 15)),
                null);
        Assignment tablet = cut.assignToDevice(first, 41L, 4, TODAY, NOW);
        cut.assignToDevice(first, 42L, 3, TODAY, NOW);
        cut.assign(first, AssignmentTarget.SCHOOL, null, null, 2, TODAY, NOW);
        assertThat(tablet.target(), is(AssignmentTarget.DEVICE));
        assertThat(tablet.equipmentId(), is(41L));
        assertThat(cut.freeSeats(TODAY), is(1));
        assertThrows(Conflict.class, () -> cut.assignToDevice(second, 43L, 2, TODAY, NOW));
        assertThat(assertThrows(RuleViolation.class, () -> cut.assign(first, AssignmentTarget.DEVICE, null, null, 1,
                TODAY, NOW)).key(), is("licence.assign.device.required"));
        // 1000 € for 10 seats: 4 seats stand for 400 €, of which the TNE pays 60 %
        assertThat(cut.priceShare(tablet), is(new BigDecimal("400.00")));
        assertThat(cut.grantShare(tablet), is(new BigDecimal("240.00")));

        assertThat(cut.releaseDevice(41L, NOW), is(4));
        assertThat(tablet.releasedAt(), is(NOW));
        assertThat(cut.freeSeats(TODAY), is(5));
        assertThat(cut.priceShare(tablet), is(new BigDecimal("0.00")));
        assertThat(cut.releaseDevice(41L, NOW), is(0));
        assertThat(cut.assignments().size(), is(3));
    }
}
