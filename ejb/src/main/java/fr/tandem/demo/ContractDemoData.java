package fr.tandem.demo;

import fr.tandem.equipment.Contract;
import fr.tandem.equipment.ContractKind;
import fr.tandem.equipment.ContractTerms;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.licence.Supplier;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.School;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads, once, Béziers' demo contracts and warranties ending: a maintenance contract of the
 * interactive screens of three schools ending within 90 days (its notice deadline sooner), a
 * rental contract of laptops, and laptops bought the same day whose warranty ends within 90 days,
 * so that the contracts page, the warranties list and the reminders have something to show.
 */
@Singleton
@Startup
@DependsOn({"LicenceDemoData", "EquipmentDemoData"})
public class ContractDemoData extends DemoPart {

    private static final int LAPTOPS = 6;

    public ContractDemoData() {
        super("demo.contracts.loaded");
    }

    @Override
    String load(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.PARIS);
        Supplier reseller = supplier("Centrale d'achat numérique (démo)");
        List<School> schools = em.createQuery("select s from School s where s.demo = :demo and s.city = :city "
                        + "order by s.uai.value", School.class).setParameter("demo", Boolean.TRUE)
                .setParameter("city", reseller.city()).setMaxResults(3).getResultList();
        List<Equipment> screens = em.createQuery("select e from Equipment e where e.school in :schools "
                        + "and e.type = :screen order by e.serialNumber", Equipment.class)
                .setParameter("schools", schools).setParameter("screen", EquipmentType.INTERACTIVE_SCREEN)
                .getResultList();
        Contract maintenance = new Contract(reseller, new ContractTerms("MAINT-ENI-2024 (démo)",
                ContractKind.MAINTENANCE, today.minusYears(2).withDayOfMonth(1), today.plusDays(60), new BigDecimal("4800.00"),
                45, "Intervention sur site sous 48 h ouvrées ; pièces et main-d'œuvre comprises.", true));
        maintenance.cover(screens);
        em.persist(maintenance);

        School school = schools.get(0);
        LocalDate bought = today.plusDays(40).minusYears(3);
        List<Equipment> laptops = new ArrayList<>();
        for (int n = 1; n <= LAPTOPS; n++) {
            Equipment laptop = new Equipment("PCP-" + school.uai().value() + "-" + n, school,
                    new EquipmentDetails(EquipmentType.LAPTOP, "Dell", "Latitude 3440", "Salle informatique", bought,
                            new BigDecimal("690.00"), BigDecimal.ZERO, today.plusDays(40)), true, "demo", now);
            em.persist(laptop);
            laptops.add(laptop);
        }
        Contract rental = new Contract(reseller, new ContractTerms("LOC-PC-2025 (démo)", ContractKind.RENTAL,
                bought, bought.plusYears(5), new BigDecimal("1250.00"), 90, null, false));
        rental.cover(laptops);
        em.persist(rental);
        em.flush();
        return "Demo contracts loaded: 2 contracts, " + LAPTOPS + " laptops whose warranty ends on " + today.plusDays(40);
    }

    private Supplier supplier(String name) {
        return em.createQuery("select s from Supplier s where s.name = :name", Supplier.class)
                .setParameter("name", name).getSingleResult();
    }
}
