package fr.tandem.demo;

import fr.tandem.people.Account;
import fr.tandem.people.AccountProfile;
import fr.tandem.people.Role;
import fr.tandem.people.control.PasswordHashing;
import fr.tandem.training.SessionDetails;
import fr.tandem.training.TrainingSession;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Loads, once, the demo's trainer from outside the inspectorate ({@code formateur}, a publisher's
 * trainer with the TRAINER role), named beside the inspectorate's trainer on the first demo
 * session of each offer, so that their page of sessions to run has something to show.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class TrainerDemoData extends DemoPart {

    public TrainerDemoData() {
        super("demo.trainer.loaded");
    }

    @Override
    String load(Instant now) {
        Account trainer = new Account("formateur", new AccountProfile("Fabien", "Formateur éditeur (démo)",
                "formateur@demo.tandem.test", EnumSet.of(Role.TRAINER), null, null, null),
                PasswordHashing.hash(DemoData.PASSWORD), true, now);
        em.persist(trainer);
        List<TrainingSession> firsts = em.createQuery("select s from TrainingSession s where s.offer.title like :demo "
                        + "and s.cancelledAt is null and s.startsAt = (select min(o.startsAt) from TrainingSession o "
                        + "where o.offer = s.offer) order by s.startsAt", TrainingSession.class)
                .setParameter("demo", "%(démo)").getResultList();
        for (TrainingSession session : firsts) {
            List<Account> trainers = new ArrayList<>(session.trainers());
            trainers.add(trainer);
            session.reschedule(new SessionDetails(session.startsAt(), session.endsAt(), session.place(),
                    session.capacity(), null), trainers);
        }
        em.flush();
        return "Demo trainer loaded: formateur, named on " + firsts.size() + " sessions";
    }
}
