package fr.tandem.demo;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.licence.Licence;
import fr.tandem.plan.DigitalPlan;
import fr.tandem.plan.PlanLine;
import fr.tandem.plan.PlanLineDetails;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.PlanLineState;
import fr.tandem.plan.Programme;
import fr.tandem.school.City;
import fr.tandem.school.School;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads, once, Béziers' digital plan 2025–2028: TNE at 70 % (with a ceiling), the département at
 * 20 % and the city's own budget. 2025 is delivered and in service (the demo screens, tablet sets,
 * webradio kit and a licence linked, invoices paid, nothing claimed yet: there is money to claim),
 * 2026 is partly ordered, delivered and paid, 2027 is planned; training lines each year.
 */
@Singleton
@Startup
@DependsOn({"EquipmentDemoData", "LicenceDemoData"})
public class PlanDemoData extends DemoPart {

    /** The demo plan's title, which tests and the claims' demo look the plan up by. */
    public static final String TITLE = "Plan numérique des écoles de Béziers 2025–2028";

    private DigitalPlan plan;
    private int lines;

    public PlanDemoData() {
        super("demo.plan.loaded");
    }

    @Override
    String load(Instant now) {
        City beziers = em.createQuery("select c from City c join c.communes commune where commune = :code", City.class)
                .setParameter("code", DemoData.BEZIERS).getSingleResult();
        List<School> schools = em.createQuery("select s from School s where s.demo = :demo and s.city = :city "
                + "order by s.uai.value", School.class).setParameter("demo", Boolean.TRUE)
                .setParameter("city", beziers).getResultList();
        plan = new DigitalPlan(beziers, TITLE, 2025, 2027);
        plan.setEnvelope(Programme.TNE, new BigDecimal("70"), new BigDecimal("80000"));
        plan.setEnvelope(Programme.DEPARTEMENT, new BigDecimal("20"), new BigDecimal("15000"));
        plan.setEnvelope(Programme.CITY, new BigDecimal("100"), null);
        em.persist(plan);

        // 2025–2026: delivered, in service, paid
        for (int i = 0; i < 4; i++) {
            School school = schools.get(i);
            List<Equipment> screens = items(school, EquipmentType.INTERACTIVE_SCREEN);
            PlanLine line = line(school, 2025, equipment(EquipmentType.INTERACTIVE_SCREEN,
                    "Écrans numériques interactifs des classes", screens.size(), "3490.00", Programme.TNE));
            done(line, "BC-2025-0" + (41 + i), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 11, 17),
                    LocalDate.of(2025, 12, 15), PlanLineState.IN_SERVICE);
            screens.forEach(line::link);
        }
        for (int i = 4; i < 6; i++) {
            School school = schools.get(i);
            List<Equipment> sets = items(school, EquipmentType.MOBILE_TABLET_SET);
            PlanLine line = line(school, 2025, equipment(EquipmentType.MOBILE_TABLET_SET, "Classe mobile de 16 tablettes",
                    sets.size(), "7200.00", Programme.TNE));
            done(line, "BC-2025-0" + (51 + i), LocalDate.of(2025, 10, 13), LocalDate.of(2025, 12, 1),
                    LocalDate.of(2026, 1, 20), PlanLineState.IN_SERVICE);
            sets.forEach(line::link);
        }
        School radioSchool = schools.get(1);
        List<Equipment> radio = items(radioSchool, EquipmentType.WEBRADIO_KIT);
        PlanLine webradio = line(radioSchool, 2025, equipment(EquipmentType.WEBRADIO_KIT, "Kit webradio de l'école",
                radio.size(), "640.00", Programme.DEPARTEMENT));
        done(webradio, "BC-2025-071", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 24), LocalDate.of(2026, 1, 12),
                PlanLineState.IN_SERVICE);
        radio.forEach(webradio::link);
        PlanLine screenSoftware = line(null, 2025, new PlanLineDetails(PlanLineKind.LICENCE, null,
                "Logiciel des écrans interactifs (30 postes)", 30, new BigDecimal("40.00"), Programme.DEPARTEMENT, null));
        done(screenSoftware, "BC-2025-088", LocalDate.of(2025, 9, 15), LocalDate.of(2025, 9, 22),
                LocalDate.of(2025, 10, 30), PlanLineState.IN_SERVICE);
        screenSoftware.link(licence("Tableau interactif Pro (démo)"));
        PlanLine training2025 = line(null, 2025, new PlanLineDetails(PlanLineKind.TRAINING,
                EquipmentType.INTERACTIVE_SCREEN, "Formation : prendre en main l'écran interactif", 40,
                new BigDecimal("35.00"), Programme.CITY, null));
        done(training2025, "FORM-2025-1", LocalDate.of(2025, 9, 29), LocalDate.of(2025, 11, 26),
                LocalDate.of(2025, 12, 10), PlanLineState.DELIVERED);

        // 2026–2027: screens ordered, delivered and partly paid; a licence ordered; the rest planned
        for (int i = 4; i < 8; i++) {
            School school = schools.get(i);
            List<Equipment> screens = items(school, EquipmentType.INTERACTIVE_SCREEN).subList(0, 2);
            PlanLine line = line(school, 2026, equipment(EquipmentType.INTERACTIVE_SCREEN,
                    "Écrans numériques interactifs (deuxième vague)", 2, "3390.00", Programme.TNE));
            if (i < 6) {
                line.moveTo(PlanLineState.ORDERED, LocalDate.of(2026, 9, 21), "BC-2026-01" + i, null);
                line.moveTo(PlanLineState.DELIVERED, LocalDate.of(2026, 10, 19), null, null);
                screens.forEach(line::link);
                line.addInvoice("F-2026-31" + i, LocalDate.of(2026, 10, 26), i == 4 ? LocalDate.of(2026, 11, 20) : null,
                        line.orderedAmount());
            } else if (i == 6) {
                line.moveTo(PlanLineState.ORDERED, LocalDate.of(2026, 11, 2), "BC-2026-016", new BigDecimal("6650.00"));
            }
        }
        PlanLine webradioSoftware = line(null, 2026, new PlanLineDetails(PlanLineKind.LICENCE, null,
                "Studio Webradio : licences d'établissement", 10, new BigDecimal("90.00"), Programme.DEPARTEMENT, null));
        webradioSoftware.moveTo(PlanLineState.ORDERED, LocalDate.of(2026, 10, 5), "BC-2026-022", null);
        webradioSoftware.link(licence("Studio Webradio (démo)"));
        line(null, 2026, new PlanLineDetails(PlanLineKind.EQUIPMENT, EquipmentType.DOCUMENT_CAMERA,
                "Visualiseurs pour les classes de CP", 20, new BigDecimal("119.00"), Programme.CITY, null));
        line(null, 2026, new PlanLineDetails(PlanLineKind.TRAINING, EquipmentType.WEBRADIO_KIT,
                "Formation : la webradio en classe", 24, new BigDecimal("30.00"), Programme.CITY, null));

        // 2027–2028: planned
        for (int i = 8; i < 11; i++) {
            line(schools.get(i), 2027, equipment(EquipmentType.LAPTOP, "Ordinateurs portables de la direction et des classes",
                    6, "720.00", Programme.TNE));
        }
        line(null, 2027, new PlanLineDetails(PlanLineKind.LICENCE, null, "Ressources numériques GAR (25 classes)", 25,
                new BigDecimal("12.00"), Programme.DEPARTEMENT, null));
        line(null, 2027, new PlanLineDetails(PlanLineKind.TRAINING, EquipmentType.LAPTOP,
                "Formation : usages pédagogiques des ordinateurs portables", 30, new BigDecimal("30.00"), Programme.CITY,
                null));
        em.flush();
        return "Demo digital plan loaded: " + TITLE + ", " + lines + " lines";
    }

    private PlanLine line(School school, int year, PlanLineDetails details) {
        PlanLine line = new PlanLine(plan, school, year, details);
        em.persist(line);
        lines++;
        return line;
    }

    private static PlanLineDetails equipment(EquipmentType type, String label, int quantity, String unitCost,
                                             Programme programme) {
        return new PlanLineDetails(PlanLineKind.EQUIPMENT, type, label, quantity, new BigDecimal(unitCost), programme,
                null);
    }

    /** Orders, delivers, invoices (paid in full) and moves the line to its last state. */
    private static void done(PlanLine line, String order, LocalDate orderedOn, LocalDate deliveredOn, LocalDate paidOn,
                             PlanLineState last) {
        line.moveTo(PlanLineState.ORDERED, orderedOn, order, null);
        line.moveTo(last, deliveredOn, null, null);
        line.addInvoice("F-" + order.substring(3), deliveredOn.plusDays(7), paidOn, line.orderedAmount());
    }

    private List<Equipment> items(School school, EquipmentType type) {
        return em.createQuery("select e from Equipment e where e.school = :school and e.type = :type "
                + "order by e.serialNumber", Equipment.class).setParameter("school", school).setParameter("type", type)
                .getResultList();
    }

    private Licence licence(String product) {
        return em.createQuery("select l from Licence l where l.product.name = :name order by l.id", Licence.class)
                .setParameter("name", product).setMaxResults(1).getSingleResult();
    }
}
