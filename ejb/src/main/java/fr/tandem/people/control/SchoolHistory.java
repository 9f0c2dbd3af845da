package fr.tandem.people.control;

import fr.tandem.people.Account;
import fr.tandem.people.SchoolPeriod;
import fr.tandem.school.School;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Keeps the schools a person worked in: each move ends one {@link SchoolPeriod} and opens the next. */
@Dependent
public class SchoolHistory {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /**
     * Notes that the account's school is now {@code account.school()}, having been {@code before}
     * (null for a new account or one that had none). Nothing is written when the school is the same.
     */
    public void moved(Account account, School before, Instant now) {
        School after = account.school();
        if (Objects.equals(id(before), id(after))) {
            return;
        }
        List<SchoolPeriod> open = em.createQuery(
                        "select p from SchoolPeriod p where p.account = :a and p.endedAt is null", SchoolPeriod.class)
                .setParameter("a", account).getResultList();
        if (open.isEmpty() && before != null) {
            // an account older than the history: its first period began when it was created
            SchoolPeriod first = new SchoolPeriod(account, before, account.createdAt());
            first.end(now);
            em.persist(first);
        }
        open.forEach(period -> period.end(now));
        if (after != null) {
            em.persist(new SchoolPeriod(account, after, now));
        }
    }

    /** The account's periods, oldest first. */
    public List<SchoolPeriod> of(Account account) {
        return em.createQuery("select p from SchoolPeriod p join fetch p.school where p.account = :a"
                        + " order by p.startedAt, p.id", SchoolPeriod.class)
                .setParameter("a", account).getResultList();
    }

    private static Long id(School school) {
        return school == null ? null : school.id();
    }
}
