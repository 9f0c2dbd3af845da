package fr.tandem.licence.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Money spent on licences for one key: a school ("UAI name"), a product, a funding source
 * ({@code CITY}, {@code TNE}, {@code OTHER_GRANT}), a school year, or {@code UNASSIGNED}.
 */
@Schema(description = "Money spent on licences for one key (a school, a product, a funding source or a school "
        + "year), in euros.")
public record CostLine(
        @Schema(required = true, description = "The key: \"UAI name\" for a school, a product's name, CITY, TNE or "
                + "OTHER_GRANT for a funding source, a school year (2026-2027); UNASSIGNED for what no school "
                + "holds")
        String key,
        @Schema(required = true, description = "The price share, in euros", example = "1200.00") BigDecimal total,
        @Schema(required = true, description = "What grants pay of it, in euros", example = "600.00") BigDecimal grant,
        @Schema(required = true, description = "What the city pays of it, in euros", example = "600.00")
        BigDecimal city) {
}
