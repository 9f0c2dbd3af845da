package fr.tandem.demo;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.School;
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
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Loads, once, training matched to equipment in Béziers: the demo's interactive-screen and webradio
 * offers teach those types, and a course on the mobile tablet sets and the screens was held in June of
 * the previous school year (so that this year's hours stay as they were), attended by the teachers of
 * the first half of Béziers-Centre's schools: the other schools are equipped but not trained, and the
 * webradio schools are offered the webradio course. Only when {@code tandem.demo.enabled} is true; the
 * row {@code demo.equipment-training.loaded} is locked while seeding.
 */
@Singleton
@Startup
@DependsOn("EquipmentDemoData")
public class EquipmentTrainingDemoData extends DemoPart {

    public EquipmentTrainingDemoData() {
        super("demo.equipment-training.loaded");
    }

    @Override
    String load(Instant now) {
        tag("Prendre en main l'écran numérique interactif (démo)", EnumSet.of(EquipmentType.INTERACTIVE_SCREEN));
        tag("La webradio en classe (démo)", EnumSet.of(EquipmentType.WEBRADIO_KIT));
        Account ien = account("ien");
        Account erun = account("erun");
        List<School> schools = em.createQuery("select s from School s where s.circonscription = :c and s.demo = :demo "
                        + "order by s.uai.value", School.class)
                .setParameter("c", ien.circonscription()).setParameter("demo", Boolean.TRUE).getResultList();
        LocalDate june = LocalDate.ofInstant(SchoolYear.of(now).start(), Clocks.PARIS).minusMonths(3)
                .withDayOfMonth(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY)).plusWeeks(1);
        Instant starts = june.atTime(9, 0).atZone(Clocks.PARIS).toInstant();
        TrainingOffer tablets = new TrainingOffer(new OfferDetails("Classe mobile et ENI : usages en classe (démo)",
                "Organiser une séance avec la classe mobile de tablettes et l'écran numérique interactif.",
                "Tablettes", OfferCategory.OPTIONNELLE, OfferNature.FORMATION_CONTINUE, Modality.PRESENTIEL, 180,
                starts.minus(Duration.ofDays(30)), starts.minus(Duration.ofDays(1)), false, null, null, false, 0, null,
                EnumSet.of(EquipmentType.MOBILE_TABLET_SET, EquipmentType.TABLET, EquipmentType.INTERACTIVE_SCREEN)),
                List.of(), ien.circonscription(), ien);
        tablets.publish();
        em.persist(tablets);
        TrainingSession session = new TrainingSession(tablets, new SessionDetails(starts,
                june.atTime(12, 0).atZone(Clocks.PARIS).toInstant(), schools.get(0).name(), 40, null), List.of(erun));
        em.persist(session);
        List<School> trained = schools.subList(0, schools.size() / 2);
        Instant booked = starts.minus(Duration.ofDays(10));
        List<Account> teachers = em.createQuery("select a from Account a where a.school in :schools "
                        + "and :teacher member of a.roles and a.deactivatedAt is null order by a.username", Account.class)
                .setParameter("schools", trained).setParameter("teacher", Role.TEACHER).getResultList();
        for (Account teacher : teachers) {
            session.book(teacher, booked);
            session.recordAttendance(teacher, Attendance.PRESENT, now);
        }
        em.flush();
        return "Demo training matched to equipment loaded: 3 offers tagged, " + teachers.size()
                + " teachers of " + trained.size() + " schools trained on the tablets and screens in June";
    }

    private void tag(String title, Set<EquipmentType> types) {
        TrainingOffer offer = em.createQuery("select o from TrainingOffer o where o.title = :title", TrainingOffer.class)
                .setParameter("title", title).getSingleResult();
        OfferDetails d = offer.details();
        offer.update(new OfferDetails(d.title(), d.description(), d.topic(), d.category(), d.nature(), d.modality(),
                d.minutesCredited(), d.enrolmentOpens(), d.enrolmentCloses(), d.needsValidation(), d.targetCycles(),
                d.targetSchools(), d.takenTogether(), d.reminderDaysBefore(), d.onClassTime(), types),
                offer.targetSchools(), false);
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
    }
}
