package fr.tandem.dashboard.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Equipment of the schools in view: items deployed (not retired) per type, how many are broken
 * or in repair now, and the money spent on items bought during the school year with the TNE
 * programme's share; per circonscription, or per school when one circonscription is chosen.
 */
@Schema(description = "Equipment of the schools in view, per circonscription or per school when one circonscription is "
                + "chosen.")
public record EquipmentFigures(
        @Schema(required = true, description = "Items deployed (not retired).")
        long deployed,
        @Schema(required = true, description = "Items broken or in repair now.")
        long outOfService,
        @Schema(required = true, description = "Items deployed per equipment type name.")
        Map<String, Long> deployedByType,
        @Schema(description = "Money spent on items bought during the school year. In euros; absent for the "
                + "inspectorate.", example = "12500.00")
        BigDecimal spent,
        @Schema(description = "The TNE programme's share of spent. In euros; absent for the inspectorate.", example = "12500.00")
        BigDecimal tneShare,
        @Schema(required = true) List<Row> rows) {

    /** One circonscription or school; deployed items per type name. */
    @Schema(name = "EquipmentFiguresRow", description = "One circonscription or school of the equipment figures.")
    public record Row(
            @Schema(required = true, description = "The circonscription's code or the school's UAI.")
            String code,
            @Schema(required = true) String name,
            @Schema(required = true) long deployed,
            @Schema(required = true) long outOfService,
            @Schema(required = true, description = "Items deployed per equipment type name.")
            Map<String, Long> deployedByType,
            @Schema(description = "Money spent on items bought during the school year. In euros; absent for the "
                + "inspectorate.", example = "12500.00")
            BigDecimal spent,
            @Schema(description = "The TNE programme's share of spent. In euros; absent for the inspectorate.", example = "12500.00")
            BigDecimal tneShare) {
    }

    /** The same without money, for the inspectorate. */
    public EquipmentFigures withoutMoney() {
        return new EquipmentFigures(deployed, outOfService, deployedByType, null, null, rows.stream()
                .map(r -> new Row(r.code(), r.name(), r.deployed(), r.outOfService(), r.deployedByType(), null, null))
                .toList());
    }
}
