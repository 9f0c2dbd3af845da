package fr.tandem.dashboard.control;

import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentFigures;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.SchoolYear;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Equipment deployed and money spent, added up per circonscription or school. */
@Dependent
public class EquipmentSection {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    public EquipmentFigures of(DashboardFilter filter, SchoolYear year) {
        Scope scope = new Scope(filter);
        LocalDate first = LocalDate.ofInstant(year.start(), PARIS);
        LocalDate end = LocalDate.ofInstant(year.end(), PARIS);
        Map<String, Line> lines = new TreeMap<>();
        Line total = new Line("", "");
        for (Equipment item : em.createQuery("select e from Equipment e join fetch e.school", Equipment.class)
                .getResultList()) {
            if (!scope.keeps(item.school())) {
                continue;
            }
            Line line = lines.computeIfAbsent(scope.lineName(item.school()),
                    name -> new Line(scope.lineCode(item.school()), name));
            boolean boughtThisYear = item.purchaseDate() != null && !item.purchaseDate().isBefore(first)
                    && item.purchaseDate().isBefore(end);
            line.add(item, boughtThisYear);
            total.add(item, boughtThisYear);
        }
        List<EquipmentFigures.Row> rows = new ArrayList<>();
        lines.values().forEach(l -> rows.add(new EquipmentFigures.Row(l.code, l.name, l.deployed, l.outOfService,
                l.byType(), l.spent, l.tne)));
        return new EquipmentFigures(total.deployed, total.outOfService, total.byType(), total.spent, total.tne, rows);
    }

    /** Sums of one line while they are added up. */
    private static final class Line {
        final String code;
        final String name;
        final Map<EquipmentType, Long> types = new EnumMap<>(EquipmentType.class);
        long deployed;
        long outOfService;
        BigDecimal spent = BigDecimal.ZERO;
        BigDecimal tne = BigDecimal.ZERO;

        Line(String code, String name) {
            this.code = code;
            this.name = name;
        }

        void add(Equipment item, boolean boughtThisYear) {
            if (item.status() != EquipmentStatus.RETIRED) {
                deployed++;
                types.merge(item.type(), 1L, Long::sum);
                if (item.status() != EquipmentStatus.IN_SERVICE) {
                    outOfService++;
                }
            }
            if (boughtThisYear && item.price() != null) {
                spent = spent.add(item.price());
                tne = tne.add(item.tneAmount() == null ? BigDecimal.ZERO : item.tneAmount());
            }
        }

        Map<String, Long> byType() {
            Map<String, Long> named = new LinkedHashMap<>();
            types.forEach((type, count) -> named.put(type.name(), count));
            return named;
        }
    }
}
