package fr.tandem.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
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
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The request workflow: which step may follow which, who may take it, and the equipment's status following. */
class SupportRequestTest {

    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private final Circonscription circonscription = new Circonscription(Uai.of("0940927X"), "Fresnes");
    private final School school = school("0940176F", 1);
    private final School other = school("0940177G", 2);
    private final Account teacher = account("prof", EnumSet.of(Role.TEACHER), school, 1);
    private final Account staff = account("dsi", EnumSet.of(Role.CITY_STAFF), null, 2);
    private final Equipment screen = new Equipment("ENI-1", school, new EquipmentDetails(EquipmentType.INTERACTIVE_SCREEN,
            "Speechi", "S-75", "CM1", null, new BigDecimal("3000"), new BigDecimal("2000"), null), false, "dsi", NOW);

    private School school(String uai, long id) {
        School created = new School(Uai.of(uai), new SchoolDetails("Ecole " + id, SchoolKind.ELEMENTAIRE, null, null,
                null, "94260", "94034", "Fresnes", PriorityEducation.NONE, SchoolState.OPEN, null, null),
                circonscription, false, NOW);
        EntityIds.withId(created, id);
        return created;
    }

    private Account account(String name, EnumSet<Role> roles, School workplace, long id) {
        Account account = new Account(name, new AccountProfile("P", name, name + "@example.org", roles, workplace,
                null, roles.contains(Role.TEACHER) ? 100 : null), "hash", false, NOW);
        EntityIds.withId(account, id);
        return account;
    }

    private SupportRequest brokenScreen() {
        return new SupportRequest(teacher, school, screen, null, RequestCategory.HARDWARE, "L'écran ne s'allume plus",
                "Plus rien depuis ce matin.", false, NOW);
    }

    @Test
    void theWholeWayFromNewToClosedWithTheScreenFollowing() {
        SupportRequest cut = brokenScreen();
        assertThat(cut.status(), is(RequestStatus.NEW));
        assertThat(cut.room(), is("CM1"));
        assertThat(screen.status(), is(EquipmentStatus.BROKEN));

        cut.assign(staff, staff, NOW.plusSeconds(60));
        assertThat(cut.status(), is(RequestStatus.ASSIGNED));
        assertThat(cut.firstAnsweredAt(), is(nullValue()));

        cut.start(staff, NOW.plusSeconds(120));
        assertThat(cut.status(), is(RequestStatus.IN_PROGRESS));
        assertThat(cut.firstAnsweredAt(), is(NOW.plusSeconds(120)));
        assertThat(screen.status(), is(EquipmentStatus.IN_REPAIR));

        cut.askTeacher(staff, "Le câble HDMI est-il branché ?", NOW.plusSeconds(180));
        assertThat(cut.status(), is(RequestStatus.WAITING_FOR_TEACHER));
        cut.comment(teacher, "Oui, il est branché.", NOW.plusSeconds(240));
        assertThat(cut.status(), is(RequestStatus.IN_PROGRESS));

        cut.resolve(staff, "Carte d'alimentation changée.", NOW.plusSeconds(300));
        assertThat(cut.status(), is(RequestStatus.RESOLVED));
        assertThat(screen.status(), is(EquipmentStatus.IN_SERVICE));
        cut.close(teacher, NOW.plusSeconds(360));
        assertThat(cut.status(), is(RequestStatus.CLOSED));
        assertThat(cut.messages().size(), is(7));
        assertThat(screen.history().size(), is(4));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        SupportRequest cut = brokenScreen();
        assertThat(assertThrows(RuleViolation.class, () -> cut.close(staff, NOW)).key(), is("support.transition.refused"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.askTeacher(staff, "?", NOW)).key(),
                is("support.transition.refused"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.reopen(teacher, "encore", NOW)).key(),
                is("support.transition.refused"));
        cut.resolve(staff, "Réglé", NOW);
        assertThat(assertThrows(RuleViolation.class, () -> cut.start(staff, NOW)).key(), is("support.transition.refused"));
        cut.close(staff, NOW);
        assertThat(assertThrows(RuleViolation.class, () -> cut.comment(teacher, "merci", NOW)).key(),
                is("support.transition.refused"));
        assertThat(cut.status(), is(RequestStatus.CLOSED));
    }

    @Test
    void onlyCityStaffWorkTheQueue() {
        SupportRequest cut = brokenScreen();
        assertThat(assertThrows(RuleViolation.class, () -> cut.assign(teacher, staff, NOW)).key(), is("support.staffOnly"));
        assertThat(assertThrows(RuleViolation.class, () -> cut.resolve(teacher, "fait", NOW)).key(), is("support.staffOnly"));
        assertThat(cut.status(), is(RequestStatus.NEW));
    }

    @Test
    void reopeningIsAllowedWithinSevenDaysOfTheResolutionOnly() {
        SupportRequest cut = brokenScreen();
        cut.start(staff, NOW);
        cut.resolve(staff, "Réglé", NOW);
        cut.close(teacher, NOW);
        cut.reopen(teacher, "Il s'éteint encore", NOW.plus(Duration.ofDays(6)));
        assertThat(cut.status(), is(RequestStatus.IN_PROGRESS));
        assertThat(screen.status(), is(EquipmentStatus.IN_REPAIR));
        cut.resolve(staff, "Écran remplacé", NOW.plus(Duration.ofDays(7)));
        RuleViolation late = assertThrows(RuleViolation.class,
                () -> cut.reopen(teacher, "Encore", NOW.plus(Duration.ofDays(14)).plusSeconds(1)));
        assertThat(late.key(), is("support.reopen.tooLate"));
        assertThat(cut.status(), is(RequestStatus.RESOLVED));
    }

    @Test
    void equipmentOfAnotherSchoolCannotBeLinked() {
        Equipment elsewhere = new Equipment("TAB-9", other, new EquipmentDetails(EquipmentType.TABLET, "Apple", null,
                null, null, null, null, null), false, "dsi", NOW);
        SupportRequest cut = new SupportRequest(teacher, school, null, "CP", RequestCategory.HARDWARE, "Tablette",
                "Écran fissuré", false, NOW);
        assertThat(assertThrows(RuleViolation.class, () -> cut.linkEquipment(elsewhere, staff, NOW)).key(),
                is("support.equipment.otherSchool"));
        assertThat(elsewhere.status(), is(EquipmentStatus.IN_SERVICE));
    }

    @Test
    void aSoftwareRequestLeavesTheEquipmentStatusAlone() {
        SupportRequest cut = new SupportRequest(teacher, school, screen, null, RequestCategory.SOFTWARE, "Logiciel",
                "Le logiciel de l'ENI ne démarre pas", false, NOW);
        cut.start(staff, NOW);
        assertThat(screen.status(), is(EquipmentStatus.IN_SERVICE));
        assertThat(cut.assignee().username(), is("dsi"));
    }

    @Test
    void onlyATrainingNeedIsReferredToTheInspectorAndOnce() {
        SupportRequest hardware = brokenScreen();
        assertThat(assertThrows(RuleViolation.class, () -> hardware.referToInspector(staff, NOW)).key(),
                is("support.referral.notTraining"));
        SupportRequest need = new SupportRequest(teacher, school, null, null, RequestCategory.TRAINING_NEED,
                "Prise en main de l'ENI", "Je ne sais pas utiliser l'ENI.", false, NOW);
        need.referToInspector(staff, NOW);
        assertThat(need.referredToInspectorAt(), is(NOW));
        assertThat(assertThrows(RuleViolation.class, () -> need.referToInspector(staff, NOW)).key(),
                is("support.referral.done"));
    }
}
