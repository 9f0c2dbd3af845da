package fr.tandem.demo;

import fr.tandem.equipment.Equipment;
import fr.tandem.people.Account;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.SupportRequest;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.time.Instant;

/**
 * Loads, once, a few teachers' requests of the demo: open ones of the demo head teacher's school
 * (a broken screen, a licence missing, a training need), one in progress elsewhere, one resolved
 * a week ago, one from a few days ago that is overdue, and one of the second city
 * (Villeneuve-lès-Béziers). Runs only when {@code tandem.demo.enabled} is true, after the demo equipment; the row {@code demo.support.loaded} is locked while seeding.
 */
@Singleton
@Startup
@DependsOn("EquipmentDemoData")
public class SupportDemoData extends DemoPart {

    public SupportDemoData() {
        super("demo.support.loaded");
    }

    @Override
    String load(Instant now) {
        Account teacher = account("enseignant");
        Account head = account("directrice");
        Account other = account("enseignant02");
        Account dsi = account("dsi");

        SupportRequest screen = new SupportRequest(teacher, teacher.school(), item("ENI-" + uai(teacher) + "-1"), null,
                RequestCategory.HARDWARE, "L'écran de la classe ne s'allume plus (démo)",
                "Depuis ce matin, l'écran reste noir, le voyant est orange.", true, now.minus(Duration.ofHours(3)));
        em.persist(screen);
        em.persist(new SupportRequest(head, head.school(), null, "Direction", RequestCategory.LICENCE_ACCESS,
                "Clé de licence manquante pour le logiciel de l'ENI (démo)",
                "Le logiciel demande une clé d'activation que nous n'avons pas.", true, now.minus(Duration.ofDays(4))));
        SupportRequest training = new SupportRequest(teacher, teacher.school(), null, null,
                RequestCategory.TRAINING_NEED, "Utiliser la classe mobile en CE1 (démo)",
                "Nous aimerions une formation pour utiliser les tablettes avec les élèves.", true,
                now.minus(Duration.ofDays(2)));
        em.persist(training);

        SupportRequest tablets = new SupportRequest(other, other.school(), item("TAB-" + uai(other) + "-1"),
                null, RequestCategory.HARDWARE, "Trois tablettes ne chargent plus (démo)",
                "Le chariot ne charge plus les tablettes des emplacements 4, 5 et 6.", true,
                now.minus(Duration.ofDays(3)));
        em.persist(tablets);
        tablets.assign(dsi, dsi, now.minus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
        tablets.start(dsi, now.minus(Duration.ofDays(3)).plus(Duration.ofHours(2)));

        SupportRequest done = new SupportRequest(other, other.school(), null, null, RequestCategory.SOFTWARE,
                "Mise à jour du navigateur (démo)", "Le navigateur des ordinateurs de la classe est trop ancien.",
                true, now.minus(Duration.ofDays(8)));
        em.persist(done);
        done.start(dsi, now.minus(Duration.ofDays(8)).plus(Duration.ofHours(1)));
        done.resolve(dsi, "Navigateur mis à jour à distance.", now.minus(Duration.ofDays(6)));

        Account villeneuve = account("enseignante.villeneuve");
        em.persist(new SupportRequest(villeneuve, villeneuve.school(), item("ENI-" + uai(villeneuve) + "-1"), null,
                RequestCategory.HARDWARE, "Le stylet de l'écran ne répond plus (démo)",
                "Le stylet de l'écran de la classe n'écrit plus depuis lundi.", true, now.minus(Duration.ofDays(1))));
        em.flush();
        return "Demo requests loaded: 6 requests, 5 open (one of them in Villeneuve-lès-Béziers)";
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
    }

    private static String uai(Account account) {
        return account.school().uai().value();
    }

    private Equipment item(String serial) {
        return em.createQuery("select e from Equipment e where e.serialNumber = :s", Equipment.class)
                .setParameter("s", serial).getSingleResult();
    }
}
