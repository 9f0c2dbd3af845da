package fr.tandem.demo;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.school.School;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads, once, the demo equipment: in every demo school two to four interactive screens, a mobile
 * tablet set and a document camera, and in one school out of three a webradio kit, bought in 2024
 * or 2025 with 60 % paid by the TNE programme; in a few schools, an old laptop already retired. Runs only when
 * {@code tandem.demo.enabled} is true, after {@link DemoData}; the row {@code demo.equipment.loaded}
 * is locked while seeding.
 */
@Singleton
@Startup
@DependsOn("CityDemoData")
public class EquipmentDemoData extends DemoPart {

    private static final BigDecimal TNE_SHARE = new BigDecimal("0.60");
    private static final String[] ROOMS = {"CP", "CE1", "CE2", "CM1", "CM2", "PS-MS", "GS"};

    public EquipmentDemoData() {
        super("demo.equipment.loaded");
    }

    @Override
    String load(Instant now) {
        List<School> schools = em.createQuery("select s from School s where s.demo = :demo order by s.uai.value",
                School.class).setParameter("demo", Boolean.TRUE).getResultList();
        int items = 0;
        for (int i = 0; i < schools.size(); i++) {
            School school = schools.get(i);
            String uai = school.uai().value();
            LocalDate bought = LocalDate.of(2024 + i % 2, 9, 2 + i % 20);
            int screens = 2 + i % 3;
            for (int s = 0; s < screens; s++) {
                items += item("ENI-" + uai + "-" + (s + 1), school, EquipmentType.INTERACTIVE_SCREEN, "Speechi",
                        "SPE-75-UHD", ROOMS[(i + s) % ROOMS.length], bought, "3490.00", now);
            }
            items += item("TAB-" + uai + "-1", school, EquipmentType.MOBILE_TABLET_SET, "Apple", "iPad 10 (16 tablettes)",
                    "Salle informatique", bought, "7200.00", now);
            items += item("VIS-" + uai + "-1", school, EquipmentType.DOCUMENT_CAMERA, "IPEVO", "V4K",
                    ROOMS[i % ROOMS.length], bought, "119.00", now);
            if (i % 3 == 1) {
                items += item("WR-" + uai + "-1", school, EquipmentType.WEBRADIO_KIT, "Zoom", "PodTrak P4",
                        "BCD", bought, "640.00", now);
            }
            if (i % 7 == 0) {
                Equipment old = new Equipment("PC-" + uai + "-1", school, new EquipmentDetails(EquipmentType.LAPTOP,
                        "Lenovo", "ThinkPad E14", "Direction", LocalDate.of(2019, 9, 2), new BigDecimal("780.00"),
                        BigDecimal.ZERO, LocalDate.of(2022, 9, 1)), true, "demo", now);
                old.changeStatus(EquipmentStatus.RETIRED, "Remplacé (démo)", "demo", now);
                em.persist(old);
                items++;
            }
        }
        return "Demo equipment loaded: " + items + " items in " + schools.size() + " schools";
    }

    private int item(String serial, School school, EquipmentType type, String brand, String model, String room,
                     LocalDate bought, String price, Instant now) {
        BigDecimal amount = new BigDecimal(price);
        em.persist(new Equipment(serial, school, new EquipmentDetails(type, brand, model, room, bought, amount,
                amount.multiply(TNE_SHARE), bought.plusYears(5)), true, "demo", now));
        return 1;
    }
}
