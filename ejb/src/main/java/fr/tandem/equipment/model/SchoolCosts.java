package fr.tandem.equipment.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A school's equipment cost: by year and type, and by year, oldest year first. */
@Schema(description = "A school's equipment cost by year and type, and by year, oldest year first.")
public record SchoolCosts(
        @Schema(required = true, example = "0341234X") String uai,
        @Schema(required = true) String schoolName,
        @Schema(required = true, description = "By year and type") List<SchoolCostLine> lines,
        @Schema(required = true, description = "By year, all types together") List<SchoolYearCost> years) {
}
