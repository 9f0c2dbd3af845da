package fr.tandem.demo;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.Kit;
import fr.tandem.equipment.KitCondition;
import fr.tandem.equipment.LoanApproval;
import fr.tandem.equipment.LoanPool;
import fr.tandem.equipment.Reservation;
import fr.tandem.people.Account;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.calendar.SchoolHolidayPeriod;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads, once, the demo loans: Béziers' city pool with a tablet cart and a webradio kit, the pool of
 * the demo teachers' school with a document camera, and reservations around today: one approved to
 * come for the demo teacher, one requested waiting for the head teacher, one late (checked out, its
 * last day past) and one returned.
 */
@Singleton
@Startup
@DependsOn("EquipmentDemoData")
public class LoanDemoData extends DemoPart {

    public LoanDemoData() {
        super("demo.loans.loaded");
    }

    @Override
    String load(Instant now) {
        Account teacher = account("enseignant");
        Account head = account("directrice");
        School school = teacher.school();
        City city = school.city();
        LoanPool cityPool = new LoanPool("Parc de prêt de la Ville (démo)", city, null, LoanApproval.STAFF, 14, true);
        LoanPool schoolPool = new LoanPool("Parc de l'école (démo)", city, school, LoanApproval.STAFF, 7, true);
        em.persist(cityPool);
        em.persist(schoolPool);
        Kit cart = new Kit("Chariot de 16 tablettes (démo)", EquipmentType.MOBILE_TABLET_SET, cityPool,
                items("TAB-%", school), "16 tablettes\n1 chariot\n1 borne wifi\n16 chargeurs");
        Kit webradio = new Kit("Mallette webradio (démo)", EquipmentType.WEBRADIO_KIT, cityPool,
                items("WR-%", school), "1 enregistreur\n4 micros\n4 casques\n1 trépied");
        Kit camera = new Kit("Visualiseur mobile (démo)", EquipmentType.DOCUMENT_CAMERA, schoolPool,
                em.createQuery("select e from Equipment e where e.school = :school and e.serialNumber like :vis",
                        Equipment.class).setParameter("school", school).setParameter("vis", "VIS-%").getResultList(),
                "1 visualiseur\n1 câble HDMI\n1 housse");
        em.persist(cart);
        em.persist(webradio);
        em.persist(camera);

        LocalDate today = LocalDate.ofInstant(now, SchoolHolidayPeriod.PARIS);
        Reservation coming = new Reservation(cart, teacher, school, today.plusDays(7), today.plusDays(11),
                "Projet photo en CM1 (démo)", true, today, now);
        coming.approve("dsi", now);
        Reservation waiting = new Reservation(camera, teacher, school, today.plusDays(14), today.plusDays(15),
                null, true, today, now);
        LocalDate lateStart = today.minusDays(10);
        Reservation late = new Reservation(webradio, head, school, lateStart, today.minusDays(3),
                "Émission de fin de période (démo)", true, lateStart, now.minus(Duration.ofDays(12)));
        late.approve("dsi", now.minus(Duration.ofDays(11)));
        late.checkOut("dsi", now.minus(Duration.ofDays(10)));
        LocalDate pastStart = today.minusDays(30);
        Reservation returned = new Reservation(cart, teacher, school, pastStart, today.minusDays(28), null, true,
                pastStart, now.minus(Duration.ofDays(31)));
        returned.approve("dsi", now.minus(Duration.ofDays(31)));
        returned.checkOut("dsi", now.minus(Duration.ofDays(30)));
        returned.checkIn(KitCondition.WORN, List.of("1 borne wifi"), "Borne oubliée dans la classe (démo)", "dsi",
                now.minus(Duration.ofDays(28)));
        List.of(coming, waiting, late, returned).forEach(em::persist);
        em.flush();
        return "Demo loans loaded: 2 pools, 3 kits, 4 reservations";
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
    }

    /** The first item of this kind of the city outside the teachers' school, or theirs when none. */
    private List<Equipment> items(String serialPattern, School school) {
        List<Equipment> found = em.createQuery("select e from Equipment e where e.serialNumber like :pattern "
                        + "and e.school.city = :city order by e.serialNumber", Equipment.class)
                .setParameter("pattern", serialPattern).setParameter("city", school.city()).getResultList();
        return found.stream().filter(e -> !e.school().id().equals(school.id())).findFirst()
                .or(() -> found.stream().findFirst()).map(List::of).orElse(List.of());
    }
}
