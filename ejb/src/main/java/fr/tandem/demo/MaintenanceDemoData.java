package fr.tandem.demo;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.MaintenanceDetails;
import fr.tandem.equipment.MaintenanceRecord;
import fr.tandem.licence.GrantSource;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.Product;
import fr.tandem.licence.ProductDetails;
import fr.tandem.licence.ProductKind;
import fr.tandem.licence.RenewalMode;
import fr.tandem.licence.Supplier;
import fr.tandem.platform.time.Clocks;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Loads, once, the demo's interventions and seats on devices in Béziers: on the first interactive
 * screen of the directrice's school a repair by the city's reseller and a visit of a DSI agent, on
 * the tablet sets of two schools a setting-up and a screen replacement; and a tablet software licence
 * of 10 seats (half paid by the TNE programme) with 4 seats on each of those two tablet sets. Only
 * when {@code tandem.demo.enabled} is true; the row {@code demo.maintenance.loaded} is locked while
 * seeding.
 */
@Singleton
@Startup
@DependsOn({"EquipmentDemoData", "LicenceDemoData"})
public class MaintenanceDemoData extends DemoPart {

    public MaintenanceDemoData() {
        super("demo.maintenance.loaded");
    }

    @Override
    String load(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.PARIS);
        Supplier reseller = em.createQuery("select s from Supplier s where s.name = :name", Supplier.class)
                .setParameter("name", "Centrale d'achat numérique (démo)").getSingleResult();
        Equipment screen = item("ENI-0349104L-1");
        Equipment directriceTablets = item("TAB-0349104L-1");
        Equipment otherTablets = item("TAB-0349101H-1");
        record(screen, today.minusMonths(3), reseller, null, "185.00",
                "Remplacement du câble HDMI et du module tactile défectueux (démo).", today, now);
        record(screen, today.minusDays(12), null, "Agent DSI (démo)", "0.00",
                "Mise à jour du pilote de l'écran et recalibrage du tactile (démo).", today, now);
        record(directriceTablets, today.minusMonths(2), null, "Agent DSI (démo)", "0.00",
                "Installation des applications de la classe mobile (démo).", today, now);
        record(otherTablets, today.minusMonths(1), reseller, null, "129.90",
                "Remplacement de l'écran fissuré d'une tablette (démo).", today, now);

        Product suite = new Product(reseller.city(), new ProductDetails("Suite Tablettes École (démo)",
                ProductKind.SOFTWARE, "Éditeur Tablettes (démo)", null, null,
                "Installée sur les tablettes de la classe mobile par la DSI.", null), reseller);
        em.persist(suite);
        Licence licence = new Licence(reseller.city(), suite, new LicenceTerms(null, LicenceKind.PER_SEAT, 10, null,
                today.minusMonths(2), today.plusMonths(10), new BigDecimal("1200.00"), "EUR", GrantSource.TNE, 50,
                "BC-2026-0133", null, true, RenewalMode.MANUAL, 12, null, null, null), null);
        em.persist(licence);
        licence.assignToDevice(directriceTablets.school(), directriceTablets.id(), 4, today, now);
        licence.assignToDevice(otherTablets.school(), otherTablets.id(), 4, today, now);
        em.flush();
        return "Demo maintenance loaded: 4 interventions, a tablet licence with seats on 2 tablet sets";
    }

    private Equipment item(String serial) {
        return em.createQuery("select e from Equipment e where e.serialNumber = :serial", Equipment.class)
                .setParameter("serial", serial).getSingleResult();
    }

    private void record(Equipment item, LocalDate day, Supplier supplier, String staff, String cost, String text,
                        LocalDate today, Instant now) {
        em.persist(new MaintenanceRecord(item, new MaintenanceDetails(day, new BigDecimal(cost), staff, text, null),
                supplier, today, "demo", now));
    }
}
