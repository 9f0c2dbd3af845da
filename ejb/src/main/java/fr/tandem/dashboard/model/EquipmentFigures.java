package fr.tandem.dashboard.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Equipment of the schools in view: items deployed (not retired) per type, how many are broken
 * or in repair now, and the money spent on items bought during the school year with the TNE
 * programme's share; per circonscription, or per school when one circonscription is chosen.
 */
public record EquipmentFigures(long deployed, long outOfService, Map<String, Long> deployedByType, BigDecimal spent,
                               BigDecimal tneShare, List<Row> rows) {

    /** One circonscription or school; deployed items per type name. */
    public record Row(String code, String name, long deployed, long outOfService, Map<String, Long> deployedByType,
                      BigDecimal spent, BigDecimal tneShare) {
    }

    /** The same without money, for the inspectorate. */
    public EquipmentFigures withoutMoney() {
        return new EquipmentFigures(deployed, outOfService, deployedByType, null, null, rows.stream()
                .map(r -> new Row(r.code(), r.name(), r.deployed(), r.outOfService(), r.deployedByType(), null, null))
                .toList());
    }
}
