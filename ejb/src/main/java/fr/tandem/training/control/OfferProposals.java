package fr.tandem.training.control;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.OfferStatus;
import fr.tandem.training.TrainingOffer;
import fr.tandem.training.TrainingSession;
import fr.tandem.training.model.ProposedOffer;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The offers to propose to the teachers of schools that received equipment: published offers of a
 * circonscription (or départementales) that teach an equipment type, whose enrolment window is still
 * open and which have a session to come, not cancelled; soonest session first.
 */
@Dependent
public class OfferProposals {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** The open offers for the circonscription's teachers, per equipment type they teach (départementales too). */
    public Map<EquipmentType, List<ProposedOffer>> open(long circonscriptionId, Instant now) {
        List<TrainingSession> sessions = em.createQuery("select s from TrainingSession s join s.offer o "
                        + "where o.status = :published and o.enrolmentCloses > :now and s.cancelledAt is null "
                        + "and s.startsAt > :now and (o.circonscription.id = :c or o.category = :departementale) "
                        + "and exists (select t from TrainingOffer x join x.equipmentTypes t where x = o)",
                        TrainingSession.class)
                .setParameter("published", OfferStatus.PUBLISHED).setParameter("now", now)
                .setParameter("c", circonscriptionId).setParameter("departementale", OfferCategory.DEPARTEMENTALE)
                .getResultList();
        Map<TrainingOffer, Instant> next = sessions.stream().collect(Collectors.toMap(TrainingSession::offer,
                TrainingSession::startsAt, (a, b) -> a.isBefore(b) ? a : b));
        List<ProposedOffer> offers = next.entrySet().stream()
                .map(e -> new ProposedOffer(e.getKey().id(), e.getKey().title(), e.getKey().equipmentTypes(),
                        e.getValue()))
                .sorted(Comparator.comparing(ProposedOffer::nextSession).thenComparing(ProposedOffer::offerId))
                .toList();
        Map<EquipmentType, List<ProposedOffer>> byType = new EnumMap<>(EquipmentType.class);
        for (ProposedOffer offer : offers) {
            offer.equipmentTypes().forEach(t -> byType.computeIfAbsent(t, k -> new ArrayList<>()).add(offer));
        }
        return byType;
    }
}
