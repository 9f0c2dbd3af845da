package fr.tandem.licence.control;

import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.Licence;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The seats devices hold, for the equipment component: when an item is retired, its seats go back
 * to their licences in the caller's transaction. The licences' rows are locked in the order of
 * their ids, as every assignment locks them, so that seat counts hold.
 */
@Dependent
public class DeviceSeats {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /**
     * Gives back every active seat the device holds, transferable or not; the assignments stay,
     * released at {@code now}.
     *
     * @return the seats given back
     */
    public int releaseAll(long equipmentId, Instant now) {
        List<Long> licenceIds = em.createQuery("select distinct a.licence.id from Assignment a where a.equipmentId = :e "
                        + "and a.target = :device and a.releasedAt is null", Long.class)
                .setParameter("e", equipmentId).setParameter("device", AssignmentTarget.DEVICE).getResultList()
                .stream().sorted().toList();
        int freed = 0;
        for (Long id : licenceIds) {
            Licence licence = em.find(Licence.class, id, LockModeType.PESSIMISTIC_WRITE);
            freed += licence.releaseDevice(equipmentId, now);
        }
        return freed;
    }
}
