package fr.tandem.equipment.model;

import fr.tandem.equipment.KitCondition;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the kit came back like: its condition, the parts of its checklist missing, a note, and whether
 * damage or missing parts open a request to the city on the kit's first item.
 */
@Schema(description = "What a returned kit came back like.")
public record CheckInForm(
        @Schema(required = true) KitCondition condition,
        @Schema(description = "The parts of the kit's checklist missing, as the checklist names them")
        List<String> missingParts,
        @Schema(description = "A note on the return") String note,
        @Schema(description = "Whether damage or missing parts open the borrower's request to the city on the kit's "
                + "first item; false when left out")
        Boolean openRequest) {
}
