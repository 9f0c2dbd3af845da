package fr.tandem.support.boundary;

import fr.tandem.people.Account;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.support.SupportRequest;
import fr.tandem.support.model.TrainingNeed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** What inspectors see of requests: the training needs city staff passed to their circonscription. */
@Stateless
@RolesAllowed("INSPECTOR")
public class TrainingNeeds {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    CurrentCaller caller;

    /** The training needs passed to the inspectors of the caller's circonscription, newest first. */
    public List<TrainingNeed> ofMyCirconscription() {
        Account me = caller.account();
        return em.createQuery("select r from SupportRequest r join fetch r.school s where r.referredToInspectorAt "
                        + "is not null and s.circonscription = :c order by r.referredToInspectorAt desc",
                        SupportRequest.class)
                .setParameter("c", me.circonscription()).getResultStream()
                .map(r -> new TrainingNeed(r.id(), r.school().uai().value(), r.school().name(),
                        r.requester().displayName(), r.subject(), r.description(), r.createdAt(),
                        r.referredToInspectorAt())).toList();
    }
}
