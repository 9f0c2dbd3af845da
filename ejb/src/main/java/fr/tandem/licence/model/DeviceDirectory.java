package fr.tandem.licence.model;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the licence component asks about the devices (equipment items) it gives seats to; licences
 * know nothing of equipment, the equipment component answers (CDI finds its implementation).
 */
public interface DeviceDirectory {

    /**
     * The device of that id when the caller may see it (an item of their city), its row locked
     * until the transaction ends so that it is not retired meanwhile; empty otherwise.
     */
    Optional<Device> lockedDevice(long equipmentId);

    /** The devices of the school of that UAI the caller may see, retired ones left out, by label. */
    List<Device> devicesOf(String uai);

    /** The labels of the devices of these ids, whatever their state, for lists of seats. */
    Map<Long, String> labels(Collection<Long> equipmentIds);
}
