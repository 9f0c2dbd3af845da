package fr.tandem.demo;

import fr.tandem.equipment.AuditCampaign;
import fr.tandem.equipment.AuditFinding;
import fr.tandem.equipment.AuditItem;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.school.School;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Loads, once, an open audit campaign of Béziers over four demo schools (the demo head teacher's among
 * them), due in three weeks, with the first items of each school seen by the city's staff and one
 * room corrected (recorded in that item's history as a move). Runs only when {@code tandem.demo.enabled}
 * is true, after the equipment and the requests; the row {@code demo.audits.loaded} is locked while seeding.
 */
@Singleton
@Startup
@DependsOn("SupportDemoData")
public class AuditDemoData extends DemoPart {

    private static final List<String> SCHOOLS = List.of("0349101H", "0349102J", "0349103K", "0349104L");

    public AuditDemoData() {
        super("demo.audits.loaded");
    }

    @Override
    String load(Instant now) {
        List<School> schools = em.createQuery("select s from School s where s.demo = :demo and s.uai.value in :uais "
                        + "order by s.uai.value", School.class)
                .setParameter("demo", Boolean.TRUE).setParameter("uais", SCHOOLS).getResultList();
        if (schools.isEmpty()) {
            return "Demo audit campaign not loaded: no demo school";
        }
        Instant opened = now.minus(Duration.ofDays(2));
        AuditCampaign campaign = new AuditCampaign(schools.get(0).city(), "Inventaire de printemps (démo)",
                LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")).plusWeeks(3), true, "dsi", opened);
        em.persist(campaign);
        int expected = 0;
        int seen = 0;
        for (School school : schools) {
            List<Equipment> items = em.createQuery("select e from Equipment e where e.school = :school "
                            + "and e.status <> :retired order by e.serialNumber", Equipment.class)
                    .setParameter("school", school).setParameter("retired", EquipmentStatus.RETIRED).getResultList();
            for (int i = 0; i < items.size(); i++) {
                Equipment item = items.get(i);
                AuditItem expectedItem = new AuditItem(campaign, item);
                em.persist(expectedItem);
                expected++;
                if (i < 2) {
                    String room = item.room();
                    if (seen == 0) {
                        room = "Bibliothèque";
                        EquipmentDetails d = item.details();
                        item.update(new EquipmentDetails(d.type(), d.brand(), d.model(), room, d.purchaseDate(),
                                d.price(), d.tneAmount(), d.warrantyEnd()), school, "dsi", opened.plus(Duration.ofHours(1)));
                    }
                    expectedItem.see(room, AuditFinding.of(item.status()), "dsi", opened.plus(Duration.ofHours(1)));
                    seen++;
                }
            }
        }
        em.flush();
        return "Demo audit campaign loaded: " + seen + " items seen of " + expected + " in " + schools.size()
                + " schools";
    }
}
