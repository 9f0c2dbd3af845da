package fr.tandem.demo;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.MaintenanceDetails;
import fr.tandem.equipment.MaintenanceRecord;
import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.GrantSource;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.LicenceUsage;
import fr.tandem.licence.Product;
import fr.tandem.licence.RenewalMode;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.school.School;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.SupportRequest;
import fr.tandem.training.Attendance;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.OfferNature;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;

/**
 * Loads, once, what the year in review compares in Béziers: for the previous school year, equipment
 * bought (screens and tablets), interventions, requests opened and resolved, a training offer whose two
 * sessions teachers attended, and a licence of that year with its seats used; for the current year,
 * equipment bought since September and a session attended when the year is old enough. Dates are set
 * from the day it loads. Only when {@code tandem.demo.enabled} is true; the row
 * {@code demo.review.loaded} is locked while seeding.
 */
@Singleton
@Startup
@DependsOn("LicenceDemoData")
public class ReviewDemoData extends DemoPart {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final BigDecimal TNE_SHARE = new BigDecimal("0.60");

    public ReviewDemoData() {
        super("demo.review.loaded");
    }

    @Override
    String load(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, PARIS);
        SchoolYear current = SchoolYear.of(now);
        LocalDate thisSeptember = LocalDate.ofInstant(current.start(), PARIS);
        LocalDate lastSeptember = thisSeptember.minusYears(1);
        // ten schools from the end of Béziers' list, the last one left out: the other demo parts and the tests
        // single out schools at the start of the list (the directrice's, the teachers') and that one
        List<School> schools = em.createQuery("select s from School s where s.demo = :demo and s.city.name = :city "
                        + "order by s.uai.value desc", School.class).setParameter("demo", Boolean.TRUE)
                .setParameter("city", "Béziers").setFirstResult(1).setMaxResults(10).getResultList();
        Account dsi = account("dsi");

        int items = 0;
        for (int i = 0; i < 6; i++) {
            items += item("BIL-ENI-" + i, schools.get(i), EquipmentType.INTERACTIVE_SCREEN, lastSeptember.plusDays(40 + i),
                    "3390.00", now);
            items += item("BIL-TAB-" + i, schools.get(i), EquipmentType.TABLET, lastSeptember.plusMonths(5),
                    "420.00", now);
        }
        LocalDate recently = earliest(thisSeptember.plusDays(20), today);
        for (int i = 0; i < 4; i++) {
            items += item("BIL-ENI-N" + i, schools.get(6 + i), EquipmentType.INTERACTIVE_SCREEN, recently, "3450.00", now);
            items += item("BIL-VIS-N" + i, schools.get(6 + i), EquipmentType.DOCUMENT_CAMERA, recently, "129.00", now);
        }
        Equipment screen = em.createQuery("select e from Equipment e where e.serialNumber = 'BIL-ENI-0'", Equipment.class)
                .getSingleResult();
        em.persist(new MaintenanceRecord(screen, new MaintenanceDetails(lastSeptember.plusMonths(7),
                new BigDecimal("240.00"), "Agent DSI (démo)", "Remplacement de la dalle tactile (démo).", null), null,
                today, "demo", now));

        int requests = 0;
        // numbered teachers from enseignant20 on: the tests use the named ones and the first numbered ones
        List<Account> teachers = em.createQuery("select a from Account a join a.school s where s.city.name = :city "
                        + "and a.username like 'enseignant%' and a.username >= 'enseignant20' and a.deactivatedAt is null "
                        + "and :teacher member of a.roles order by a.username", Account.class)
                .setParameter("city", "Béziers").setParameter("teacher", Role.TEACHER).setMaxResults(20).getResultList();
        for (int i = 0; i < 8; i++) {
            Account teacher = teachers.get(i);
            Instant opened = lastSeptember.plusMonths(1 + i).atTime(9, 0).atZone(PARIS).toInstant();
            SupportRequest request = new SupportRequest(teacher, teacher.school(), null, null,
                    i % 2 == 0 ? RequestCategory.HARDWARE : RequestCategory.SOFTWARE,
                    "Demande de l'an dernier n° " + (i + 1) + " (démo)", "Résolue l'année scolaire précédente.", true,
                    opened);
            em.persist(request);
            request.start(dsi, opened.plus(Duration.ofHours(1)));
            request.resolve(dsi, "Réglé (démo).", opened.plus(Duration.ofHours(i % 3 == 0 ? 80 : 5)));
            requests++;
        }

        Account ien = account("ien");
        Account erun = account("erun");
        int present = training(ien, erun, teachers, lastSeptember.plusMonths(2), 14, now)
                + training(ien, erun, teachers, lastSeptember.plusMonths(6), 10, now);
        LocalDate sessionDay = thisSeptember.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        if (sessionDay.isBefore(today)) {
            present += training(ien, erun, teachers, sessionDay, 8, now);
        }

        Product eni = em.createQuery("select p from Product p where p.name = :name", Product.class)
                .setParameter("name", "Tableau interactif Pro (démo)").getSingleResult();
        LocalDate licenceStart = lastSeptember.plusDays(1);
        Licence previous = new Licence(schools.get(0).city(), eni, new LicenceTerms(null, LicenceKind.PER_SEAT, 24, null,
                licenceStart, thisSeptember.minusDays(17), new BigDecimal("3600.00"), "EUR", GrantSource.TNE, 50,
                "BC-BILAN-01", null, false, RenewalMode.MANUAL, 12, null, "Licence de l'an dernier (démo).", null), null);
        em.persist(previous);
        for (int i = 0; i < 8; i++) {
            previous.assign(schools.get(i), AssignmentTarget.SCHOOL, null, null, 3, licenceStart, now);
            LicenceUsage usage = new LicenceUsage(previous, schools.get(i));
            usage.record(0, 2 + i % 2, 0, now);
            em.persist(usage);
        }
        em.flush();
        return "Demo year in review loaded: " + items + " items, " + requests + " resolved requests, " + present
                + " attendances, a licence of the previous school year";
    }

    /** A published offer with one Wednesday-morning session that these teachers attended. */
    private int training(Account ien, Account erun, List<Account> teachers, LocalDate day, int attending, Instant now) {
        LocalDate wednesday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        Instant starts = wednesday.atTime(9, 0).atZone(PARIS).toInstant();
        Instant enrols = starts.minus(Duration.ofDays(20));
        TrainingOffer offer = new TrainingOffer(new OfferDetails("Bilan : l'ENI au quotidien du " + wednesday + " (démo)",
                "Une matinée pour partager les usages de l'écran en classe.", "ENI", OfferCategory.OPTIONNELLE,
                OfferNature.ANIMATION_PEDAGOGIQUE, Modality.PRESENTIEL, 180, enrols, starts.minus(Duration.ofDays(2)),
                false, null, null, false, null, null, Set.of()), List.of(), ien.circonscription(), ien);
        offer.publish();
        em.persist(offer);
        TrainingSession session = new TrainingSession(offer, new SessionDetails(starts,
                wednesday.atTime(12, 0).atZone(PARIS).toInstant(), "École (démo)", 30, null), List.of(erun));
        em.persist(session);
        for (int i = 0; i < attending; i++) {
            em.persist(session.book(teachers.get(i), enrols.plus(Duration.ofDays(1 + i % 5))));
            session.recordAttendance(teachers.get(i), Attendance.PRESENT, now);
        }
        return attending;
    }

    private int item(String serial, School school, EquipmentType type, LocalDate bought, String price, Instant now) {
        BigDecimal amount = new BigDecimal(price);
        em.persist(new Equipment(serial, school, new EquipmentDetails(type, "Marque (démo)", "Modèle", "CM1", bought,
                amount, amount.multiply(TNE_SHARE), bought.plusYears(5)), true, "demo", now));
        return 1;
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username).getSingleResult();
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one.isBefore(other) ? one : other;
    }
}
