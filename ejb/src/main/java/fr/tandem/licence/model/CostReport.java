package fr.tandem.licence.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Licence spending in euros, split four ways. A licence's price goes to schools in proportion to
 * the seats assigned to them (a site licence to its school); what is not assigned shows as such.
 */
@Schema(description = "Licence spending in euros, split by school, product, funding source and school year.")
public record CostReport(
        @Schema(required = true) List<CostLine> bySchool,
        @Schema(required = true) List<CostLine> byProduct,
        @Schema(required = true) List<CostLine> byFunding,
        @Schema(required = true) List<CostLine> bySchoolYear) {
}
