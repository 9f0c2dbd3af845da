package fr.tandem.people.control;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.platform.reminder.Recipient;
import fr.tandem.platform.reminder.ReminderRecipients;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Answers the reminders' question: the active city staff of a city, who get its reminder mails. */
@Dependent
public class CityStaffRecipients implements ReminderRecipients {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Override
    public List<Recipient> cityStaff(Long cityId) {
        if (cityId == null) {
            return List.of();
        }
        return em.createQuery("select distinct a from Account a join a.roles r where r = :staff "
                        + "and a.active = :yes and a.city.id = :city order by a.username", Account.class)
                .setParameter("staff", Role.CITY_STAFF).setParameter("yes", Boolean.TRUE)
                .setParameter("city", cityId).getResultStream()
                .map(a -> new Recipient(a.username(), a.email(), a.language())).toList();
    }
}
