package fr.tandem.dashboard.boundary;

import fr.tandem.dashboard.control.HomeRules;
import fr.tandem.dashboard.model.AdminWork;
import fr.tandem.dashboard.model.CityWork;
import fr.tandem.dashboard.model.HomeList;
import fr.tandem.dashboard.model.InspectorWork;
import fr.tandem.dashboard.model.MyHome;
import fr.tandem.dashboard.model.SchoolWork;
import fr.tandem.dashboard.model.TeacherWork;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.EquipmentQuery;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.boundary.MyLicences;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.support.boundary.RequestQueue;
import fr.tandem.support.boundary.SupportRequests;
import fr.tandem.support.model.RequestQuery;
import fr.tandem.support.model.RequestSummary;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.boundary.TrainingOffers;
import fr.tandem.training.control.SessionViews;
import fr.tandem.training.model.OfferSummary;
import fr.tandem.training.model.SessionSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The work waiting for each person on their home page, read through the components' own boundaries so that each
 * person sees exactly what those let them see: a teacher's sessions, hours and requests; a head teacher's school;
 * an inspector's circonscription; a city employee's city; an administrator's accounts; and, for anyone named as a
 * trainer, the sessions they run.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR", "TRAINER"})
public class HomeWork {

    /** A deactivated account is shown to administrators for this long. */
    static final Duration RECENTLY_DEACTIVATED = Duration.ofDays(30);

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    Bookings bookings;

    @Inject
    SupportRequests requests;

    @Inject
    RequestQueue queue;

    @Inject
    EquipmentInventory equipment;

    @Inject
    MyLicences myLicences;

    @Inject
    Licences licences;

    @Inject
    TrainingOffers offers;

    /** The work waiting for the caller, one part per role they hold. */
    public MyHome mine() {
        return new MyHome(caller.is(Role.TEACHER) ? teacher() : null, caller.is(Role.HEAD_TEACHER) ? school() : null,
                caller.is(Role.INSPECTOR) ? inspector() : null, caller.is(Role.CITY_STAFF) ? city() : null,
                caller.is(Role.ADMIN) ? admin() : null, sessionsToRun());
    }

    /** A teacher's own work (a head teacher's open requests are those of the whole school). */
    private TeacherWork teacher() {
        Instant now = clock.instant();
        List<RequestSummary> mine = requests.mine().stream().filter(r -> r.status().open()).toList();
        return new TeacherWork(HomeList.of(HomeRules.ahead(bookings.mine(), now), HomeRules.CARD_SIZE),
                bookings.myHours(), HomeList.of(mine, HomeRules.CARD_SIZE));
    }

    private SchoolWork school() {
        Account me = caller.account();
        if (me.school() == null) {
            return new SchoolWork(HomeList.empty(), HomeList.empty(), HomeList.empty());
        }
        String uai = me.school().uai().value();
        List<RequestSummary> open = requests.mine().stream().filter(r -> r.status().open())
                .filter(r -> uai.equals(r.schoolUai())).toList();
        return new SchoolWork(HomeList.of(open, HomeRules.CARD_SIZE), outOfOrder(uai),
                HomeList.of(myLicences.schoolAssignments(), HomeRules.CARD_SIZE));
    }

    private InspectorWork inspector() {
        Instant now = clock.instant();
        List<OfferSummary> mine = offers.offers();
        return new InspectorWork(HomeList.of(HomeRules.thisWeek(mine, now), HomeRules.CARD_SIZE * 2),
                HomeList.of(HomeRules.drafts(mine), HomeRules.CARD_SIZE),
                HomeList.of(HomeRules.toValidate(mine, now), HomeRules.CARD_SIZE),
                HomeList.of(HomeRules.upcoming(mine, now), HomeRules.CARD_SIZE));
    }

    /** The sessions still to come where the caller is a named trainer, whatever their role, soonest first. */
    private HomeList<SessionSummary> sessionsToRun() {
        Account me = caller.account();
        List<SessionSummary> sessions = em.createQuery("select s from TrainingSession s join s.trainers t "
                        + "where t = :me and s.endsAt > :now and s.cancelledAt is null order by s.startsAt",
                        TrainingSession.class)
                .setParameter("me", me).setParameter("now", clock.instant())
                .getResultStream().map(s -> SessionViews.of(s, me)).toList();
        return HomeList.of(sessions, HomeRules.CARD_SIZE);
    }

    private CityWork city() {
        List<RequestSummary> open = queue.search(new RequestQuery(null, null, null, null, null, true, false, "createdAt", true));
        List<LicenceSummary> all = licences.licences();
        return new CityWork(HomeList.of(open, HomeRules.CARD_SIZE),
                HomeList.of(open.stream().filter(RequestSummary::overdue).toList(), HomeRules.CARD_SIZE),
                HomeList.of(HomeRules.expiring(all), HomeRules.CARD_SIZE),
                HomeList.of(HomeRules.lowOnSeats(all), HomeRules.CARD_SIZE), outOfOrder(null));
    }

    private AdminWork admin() {
        Instant now = clock.instant();
        List<AccountSummary> invited = em.createQuery("select distinct i.account from Invitation i "
                        + "where i.usedAt is null and i.expiresAt > :now and i.account.active = true", Account.class)
                .setParameter("now", now).getResultStream()
                .sorted(Comparator.comparing(Account::createdAt).reversed()).map(AccountSummary::of).toList();
        List<AccountSummary> deactivated = em.createQuery("select a from Account a where a.active = false "
                        + "and a.deactivatedAt > :since order by a.deactivatedAt desc", Account.class)
                .setParameter("since", now.minus(RECENTLY_DEACTIVATED)).getResultStream()
                .map(AccountSummary::of).toList();
        return new AdminWork(HomeList.of(invited, HomeRules.CARD_SIZE), HomeList.of(deactivated, HomeRules.CARD_SIZE));
    }

    /** Equipment broken or in repair, of one school or (when {@code uai} is null) of all the caller may see. */
    private HomeList<EquipmentSummary> outOfOrder(String uai) {
        List<EquipmentSummary> items = new ArrayList<>();
        long total = 0;
        for (EquipmentStatus status : List.of(EquipmentStatus.BROKEN, EquipmentStatus.IN_REPAIR)) {
            var page = equipment.search(new EquipmentQuery(null, uai, null, status, "serialNumber", true, 0,
                    HomeRules.CARD_SIZE));
            total += page.total();
            items.addAll(page.items());
        }
        return new HomeList<>(total, List.copyOf(items.subList(0, Math.min(HomeRules.CARD_SIZE, items.size()))));
    }
}
