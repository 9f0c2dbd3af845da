package fr.tandem.equipment.control;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.licence.model.Device;
import fr.tandem.licence.model.DeviceDirectory;
import fr.tandem.platform.NotFound;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Answers the licence component's questions about devices, within what the caller may see. */
@Dependent
public class LicensedDevices implements DeviceDirectory {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ItemScope scope;

    @Override
    public Optional<Device> lockedDevice(long equipmentId) {
        try {
            return Optional.of(device(scope.lockedReadable(equipmentId)));
        } catch (NotFound hidden) {
            return Optional.empty();
        }
    }

    @Override
    public List<Device> devicesOf(String uai) {
        return em.createQuery("select e from Equipment e where e.school = :school and e.status <> :retired "
                        + "order by e.type, e.serialNumber", Equipment.class)
                .setParameter("school", scope.school(uai)).setParameter("retired", EquipmentStatus.RETIRED)
                .getResultStream().map(LicensedDevices::device).toList();
    }

    @Override
    public Map<Long, String> labels(Collection<Long> equipmentIds) {
        if (equipmentIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from Equipment e where e.id in :ids", Equipment.class)
                .setParameter("ids", equipmentIds).getResultStream()
                .collect(Collectors.toMap(Equipment::id, LicensedDevices::label));
    }

    private static Device device(Equipment item) {
        return new Device(item.id(), item.school().uai().value(), item.school().name(), label(item),
                item.status() == EquipmentStatus.RETIRED);
    }

    /** Brand, model and serial number: what is written on the device and on its label. */
    static String label(Equipment item) {
        return item.brand() + (item.model() == null ? "" : " " + item.model()) + " (" + item.serialNumber() + ")";
    }
}
