package fr.tandem.training.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.Role;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.Uai;
import fr.tandem.training.CirconscriptionHoursSettings;
import fr.tandem.training.HoursDuePolicy;
import fr.tandem.training.HoursDueTable;
import fr.tandem.training.control.HoursDueRules;
import fr.tandem.training.model.CirconscriptionHoursRules;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * A circonscription's settings for the training hours (hours due pro rata or by its table, who
 * signs its attestations, its postal address): an inspector reads and changes their own
 * circonscription's, an administrator any circonscription's; another circonscription answers as if
 * it did not exist.
 */
@Stateless
@RolesAllowed({"INSPECTOR", "ADMIN"})
public class HoursRules {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    @Inject
    HoursDueRules dueRules;

    /** The settings of a circonscription by its code (an inspector's own when null). */
    public CirconscriptionHoursRules rules(String circonscriptionCode) {
        Circonscription circonscription = circonscription(circonscriptionCode);
        return view(circonscription, dueRules.of(circonscription));
    }

    /**
     * Changes a circonscription's settings: its hours-due policy and table, signatory and address.
     *
     * @throws RuleViolation for a table that breaks its rules, a table policy
     *         without rows, a postcode that is not 5 digits or texts too long
     */
    public CirconscriptionHoursRules change(String circonscriptionCode, CirconscriptionHoursRules change) {
        Circonscription circonscription = circonscription(circonscriptionCode);
        CirconscriptionHoursSettings settings = dueRules.of(circonscription);
        settings.countHoursDue(change.policy() == null ? HoursDuePolicy.PRORATA : change.policy(),
                HoursDueTable.of(change.table() == null ? List.of() : change.table()));
        settings.signedBy(change.signatoryName(), change.signatoryTitle());
        circonscription.changeAddress(change.street(), change.postcode(), change.city());
        if (settings.id() == null) {
            em.persist(settings);
        }
        em.flush();
        return view(circonscription, settings);
    }

    private Circonscription circonscription(String code) {
        Account me = caller.account();
        if (!me.hasRole(Role.ADMIN)) {
            Circonscription mine = me.circonscription();
            if (mine == null || code != null && !code.isBlank() && !mine.code().value().equals(code.strip())) {
                throw new NotFound("circonscription.notFound", code);
            }
            return mine;
        }
        if (code == null || code.isBlank()) {
            throw new NotFound("circonscription.notFound", "—");
        }
        String value = Uai.of(code).value();
        return em.createQuery("select c from Circonscription c where c.code.value = :code", Circonscription.class)
                .setParameter("code", value).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("circonscription.notFound", value));
    }

    private static CirconscriptionHoursRules view(Circonscription c, CirconscriptionHoursSettings s) {
        return new CirconscriptionHoursRules(c.code().value(), c.name(), s.policy(), s.table().rows(),
                s.signatoryName(), s.signatoryTitle(), c.addressStreet(), c.addressPostcode(), c.addressCity());
    }
}
