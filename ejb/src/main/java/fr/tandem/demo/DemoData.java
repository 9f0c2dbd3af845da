package fr.tandem.demo;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.school.Circonscription;
import fr.tandem.school.City;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.School;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.Uai;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferDetails;
import fr.tandem.training.OfferNature;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Loads the demo city, Béziers (commune 34032), once: the city, three circonscriptions, thirty fictional
 * schools marked as demo and owned by the city, forty teachers, one account per role (and two trainers of the inspectorate) and two published training offers. Runs only when
 * {@code tandem.demo.enabled} is true (the one-command run sets it; production leaves it off).
 * The settings row {@code demo.loaded} is locked while seeding, so two servers starting together
 * load it once.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData extends DemoPart {

    /** The password of every demo account, printed in the README. */
    public static final String PASSWORD = "Tandem-2026";

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final String BEZIERS = "34032";

    private static final String[][] CIRCONSCRIPTIONS = {
        {"0341101", "Circonscription de Béziers-Centre (démo)"},
        {"0341102", "Circonscription de Béziers-Est (démo)"},
        {"0341103", "Circonscription de Béziers-Ouest (démo)"},
    };

    private static final String[] PATRONS = {
        "Jean Moulin", "Marie Curie", "Jules Ferry", "Paul Riquet", "Jean Jaurès", "Victor Hugo", "George Sand",
        "Louise Michel", "Jean Macé", "Françoise Dolto", "Albert Camus", "Simone Veil", "Les Arènes", "Les Oliviers",
        "La Devèze", "Les Tamaris", "Font-Neuve", "Le Faubourg", "Les Amandiers", "Montimaran", "La Dullague",
        "Les Poètes", "Paul Bert", "Condorcet", "Jacques Prévert", "Anne Frank", "Pasteur", "Lakanal", "Capnau",
        "Saint-Saëns"};

    private static final String[] FIRST_NAMES = {
        "Camille", "Julie", "Sophie", "Nathalie", "Isabelle", "Claire", "Aurélie", "Céline", "Émilie", "Laure",
        "Pauline", "Sandrine", "Karine", "Hélène", "Marion", "Thomas", "Nicolas", "Julien", "Sébastien", "Olivier"};

    private static final String[] LAST_NAMES = {
        "Martin", "Bernard", "Roux", "Fabre", "Vidal", "Mas", "Garcia", "Bonnet", "Fournier", "Lopez",
        "Marty", "Blanc", "Guerin", "Arnaud", "Rouquette", "Cros", "Sanchez", "Castel", "Julien", "Olivier"};

    public DemoData() {
        super("demo.loaded");
    }

    @Override
    String load(Instant now) {
        List<Circonscription> circonscriptions = new ArrayList<>();
        for (String[] c : CIRCONSCRIPTIONS) {
            Circonscription circonscription = new Circonscription(uai(c[0]), c[1]);
            em.persist(circonscription);
            circonscriptions.add(circonscription);
        }
        City beziers = new City("Béziers", List.of(BEZIERS));
        em.persist(beziers);
        List<School> schools = new ArrayList<>();
        for (int i = 0; i < PATRONS.length; i++) {
            SchoolKind kind = switch (i % 3) {
                case 0 -> SchoolKind.MATERNELLE;
                case 1 -> SchoolKind.ELEMENTAIRE;
                default -> SchoolKind.PRIMAIRE;
            };
            String prefix = switch (kind) {
                case MATERNELLE -> "École maternelle ";
                case ELEMENTAIRE -> "École élémentaire ";
                default -> "École primaire ";
            };
            PriorityEducation priority = i % 5 == 0 ? PriorityEducation.REP_PLUS
                    : i % 4 == 0 ? PriorityEducation.REP : PriorityEducation.NONE;
            SchoolDetails details = new SchoolDetails(prefix + PATRONS[i] + " (démo)", kind, null, null,
                    (10 + i * 7) + " avenue des Écoles (démo)", "34500", BEZIERS, "Béziers", priority,
                    SchoolState.OPEN, "ecole." + (i + 1) + "@demo.tandem.test", null);
            School school = new School(uai(String.format("0349%03d", 101 + i)), details,
                    circonscriptions.get(i % circonscriptions.size()), true, now);
            school.belongTo(beziers);
            em.persist(school);
            schools.add(school);
        }
        String hash = PasswordHashing.hash(PASSWORD);
        Circonscription centre = circonscriptions.get(0);
        School first = schools.get(3);
        account("admin", "Alice", "Admin (démo)", EnumSet.of(Role.ADMIN), null, null, null, hash, now);
        account("dsi", "Denis", "Service informatique (démo)", EnumSet.of(Role.CITY_STAFF), null, null, null, hash, now)
                .workFor(beziers);
        account("elue", "Élise", "Élue aux écoles (démo)", EnumSet.of(Role.COUNCILLOR), null, null, null, hash, now)
                .workFor(beziers);
        Account ien = account("ien", "Inès", "Inspectrice (démo)", EnumSet.of(Role.INSPECTOR), null, centre, null,
                hash, now);
        Account erun = account("erun", "Romain", "Conseiller numérique (démo)", EnumSet.of(Role.INSPECTOR), null, centre,
                null, hash, now);
        account("cpc", "Chloé", "Conseillère pédagogique (démo)", EnumSet.of(Role.INSPECTOR), null, centre, null, hash,
                now);
        account("directrice", "Danielle", "Directrice (démo)", EnumSet.of(Role.HEAD_TEACHER, Role.TEACHER), first,
                null, 100, hash, now);
        account("enseignant", "Éric", "Enseignant (démo)", EnumSet.of(Role.TEACHER), first, null, 75, hash, now);
        int[] workingTimes = {100, 100, 100, 75, 100, 50, 100, 80};
        for (int i = 0; i < 40; i++) {
            String firstName = FIRST_NAMES[i % FIRST_NAMES.length];
            String lastName = LAST_NAMES[(i * 7) % LAST_NAMES.length];
            account(String.format("enseignant%02d", i + 1), firstName, lastName, EnumSet.of(Role.TEACHER),
                    schools.get(i % schools.size()), null, workingTimes[i % workingTimes.length], hash, now);
        }
        training(centre, ien, erun, schools, now);
        em.flush();
        return "Demo data loaded: Béziers, 3 circonscriptions, 30 schools, demo accounts (password in README), 2 training offers";
    }

    private Account account(String username, String firstName, String lastName, Set<Role> roles, School school,
                            Circonscription circonscription, Integer workingTime, String hash, Instant now) {
        String email = username + "@demo.tandem.test";
        Account account = new Account(username, new AccountProfile(firstName, lastName, email, roles, school,
                circonscription, workingTime), hash, true, now);
        em.persist(account);
        return account;
    }

    /**
     * Two published offers of Béziers-Centre with sessions on Wednesday mornings two, six and
     * seven weeks ahead (clear of the Christmas holidays when loaded in late autumn), enrolments
     * open now: one small enough to show the waiting line.
     */
    private void training(Circonscription centre, Account ien, Account erun, List<School> schools, Instant now) {
        LocalDate wednesday = LocalDate.ofInstant(now, PARIS).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .plusWeeks(2);
        TrainingOffer screens = offer(centre, ien, now, "Prendre en main l'écran numérique interactif (démo)",
                "Allumer, projeter, annoter, enregistrer : les gestes de base de l'ENI en classe.", "ENI",
                OfferCategory.OPTIONNELLE, OfferNature.FORMATION_CONTINUE, Modality.PRESENTIEL, 180);
        session(screens, wednesday, 9, 12, schools.get(0).name(), 12, erun);
        session(screens, wednesday.plusWeeks(6), 9, 12, schools.get(3).name(), 12, erun);
        TrainingOffer webradio = offer(centre, ien, now, "La webradio en classe (démo)",
                "Préparer, enregistrer et diffuser une émission avec ses élèves.", "Webradio",
                OfferCategory.DEPARTEMENTALE, OfferNature.ANIMATION_PEDAGOGIQUE, Modality.HYBRIDE, 90);
        session(webradio, wednesday.plusWeeks(7), 9, 10, schools.get(6).name() + " — 30 min de préparation à distance", 3,
                ien);
    }

    private TrainingOffer offer(Circonscription circonscription, Account inspector, Instant now, String title,
                                String description, String topic, OfferCategory category, OfferNature nature,
                                Modality modality, int minutes) {
        TrainingOffer offer = new TrainingOffer(new OfferDetails(title, description, topic, category, nature, modality,
                minutes, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(60)), false, null, null, false, null,
                null, null), List.of(),
                circonscription, inspector);
        offer.publish();
        em.persist(offer);
        return offer;
    }

    private void session(TrainingOffer offer, LocalDate day, int fromHour, int toHour, String place, int capacity,
                         Account trainer) {
        em.persist(new TrainingSession(offer, new SessionDetails(day.atTime(fromHour, 0).atZone(PARIS).toInstant(),
                day.atTime(toHour, 0).atZone(PARIS).toInstant(), place, capacity, null), List.of(trainer)));
    }

    private static Uai uai(String digits) {
        return Uai.of(digits + Uai.expectedLetter(digits));
    }
}
