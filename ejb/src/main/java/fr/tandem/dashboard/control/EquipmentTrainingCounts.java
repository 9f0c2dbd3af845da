package fr.tandem.dashboard.control;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.people.Role;
import fr.tandem.school.School;
import fr.tandem.training.Attendance;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * For each school and equipment type it has in service: how many items, how many active teachers
 * the school has, and how many of them were ever present at a session of an offer teaching that type.
 * Four grouped queries whatever the number of schools.
 */
@Dependent
public class EquipmentTrainingCounts {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** One school and one type of the equipment in service there. */
    public record Count(School school, EquipmentType type, long inService, int teachers, int trained) {
    }

    /** The counts of the schools kept, by school name then type. */
    public List<Count> of(Predicate<School> keeps) {
        Map<Long, Map<EquipmentType, Long>> items = new HashMap<>();
        em.createQuery("select e.school.id, e.type, count(e) from Equipment e where e.status = :inService "
                        + "group by e.school.id, e.type", Object[].class)
                .setParameter("inService", EquipmentStatus.IN_SERVICE).getResultStream()
                .forEach(r -> items.computeIfAbsent((Long) r[0], id -> new HashMap<>())
                        .put((EquipmentType) r[1], ((Number) r[2]).longValue()));
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> teachers = new HashMap<>();
        em.createQuery("select a.school.id, count(a) from Account a where a.school is not null "
                        + "and a.deactivatedAt is null and :teacher member of a.roles group by a.school.id", Object[].class)
                .setParameter("teacher", Role.TEACHER).getResultStream()
                .forEach(r -> teachers.put((Long) r[0], ((Number) r[1]).intValue()));
        Map<Long, Map<EquipmentType, Set<Long>>> trained = new HashMap<>();
        em.createQuery("select distinct a.school.id, t, a.id from Booking b join b.teacher a join b.session s "
                        + "join s.offer o join o.equipmentTypes t where b.attendance = :present "
                        + "and a.school is not null and a.deactivatedAt is null and :teacher member of a.roles",
                        Object[].class)
                .setParameter("present", Attendance.PRESENT).setParameter("teacher", Role.TEACHER).getResultStream()
                .forEach(r -> trained.computeIfAbsent((Long) r[0], id -> new HashMap<>())
                        .computeIfAbsent((EquipmentType) r[1], t -> new HashSet<>()).add((Long) r[2]));
        List<School> schools = em.createQuery("select s from School s join fetch s.circonscription "
                + "where s.id in :ids", School.class).setParameter("ids", items.keySet()).getResultList();
        List<Count> counts = new ArrayList<>();
        for (School school : schools.stream().filter(keeps).sorted(Comparator.comparing(School::name)
                .thenComparing(School::id)).toList()) {
            Map<EquipmentType, Set<Long>> trainedHere = trained.getOrDefault(school.id(), Map.of());
            items.get(school.id()).entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> counts.add(new Count(school, e.getKey(), e.getValue(),
                            teachers.getOrDefault(school.id(), 0),
                            trainedHere.getOrDefault(e.getKey(), Set.of()).size())));
        }
        return counts;
    }
}
