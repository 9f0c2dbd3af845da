package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.people.WorkingTime;
import fr.tandem.school.Circonscription;
import fr.tandem.training.CirconscriptionHoursSettings;
import fr.tandem.training.HoursDue;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hours a teacher owes under the rules of their school's circonscription (pro rata or its
 * table); pro rata for a teacher with no school or a circonscription that chose nothing.
 */
@Dependent
public class HoursDueRules {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The rules of a circonscription, new (not stored) when it has none yet. */
    public CirconscriptionHoursSettings of(Circonscription circonscription) {
        return em.createQuery("select s from CirconscriptionHoursSettings s where s.circonscription = :c",
                        CirconscriptionHoursSettings.class)
                .setParameter("c", circonscription).getResultStream().findFirst()
                .orElseGet(() -> new CirconscriptionHoursSettings(circonscription));
    }

    /** What a teacher owes today at their quotité, under their circonscription's rules. */
    public HoursDue dueOf(Account teacher) {
        int percent = WorkingTime.of(teacher.workingTimePercent()).percent();
        return teacher.school() == null ? HoursDue.prorata(percent) : of(teacher.school().circonscription()).due(percent);
    }

    /** Every circonscription's rules, by circonscription id, for tables of many teachers. */
    public Rules all() {
        return new Rules(em.createQuery("select s from CirconscriptionHoursSettings s",
                        CirconscriptionHoursSettings.class).getResultStream()
                .collect(Collectors.toMap(s -> s.circonscription().id(), Function.identity())));
    }

    /** The rules of every circonscription, read once. */
    public record Rules(Map<Long, CirconscriptionHoursSettings> byCirconscription) {

        /** What a teacher owes at their quotité under their school's circonscription's rules. */
        public HoursDue dueOf(Account teacher) {
            return teacher.school() == null ? HoursDue.prorata(WorkingTime.of(teacher.workingTimePercent()).percent())
                    : dueAt(teacher.school().circonscription(), teacher.workingTimePercent());
        }

        /** What a quotité (null: full time) owes under a circonscription's rules. */
        public HoursDue dueAt(Circonscription circonscription, Integer workingTimePercent) {
            int percent = WorkingTime.of(workingTimePercent).percent();
            CirconscriptionHoursSettings rules = byCirconscription.get(circonscription.id());
            return rules == null ? HoursDue.prorata(percent) : rules.due(percent);
        }
    }
}
