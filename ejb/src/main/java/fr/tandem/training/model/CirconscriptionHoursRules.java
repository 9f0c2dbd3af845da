package fr.tandem.training.model;

import fr.tandem.training.HoursDuePolicy;
import fr.tandem.training.HoursDueTable;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A circonscription's settings for the training hours, as the settings page and the API read and
 * change them: how the hours due follow the quotité (PRORATA or TABLE, with the table's rows in
 * minutes), who signs the attestations, and the postal address printed on them. The code and name
 * are read only.
 */
@Schema(description = "A circonscription's settings of the training hours: how hours due follow the quotité, who signs the "
                + "attestations, the address printed on them.")
public record CirconscriptionHoursRules(
        @Schema(required = true, description = "The circonscription's code (read only).", readOnly = true)
        String circonscriptionCode,
        @Schema(required = true, description = "The circonscription's name (read only).", readOnly = true)
        String circonscriptionName,
        @Schema(description = "PRORATA: 18 h × quotité rounded to the half hour; TABLE: the table's rows "
                + "(absent in a change: PRORATA).")
        HoursDuePolicy policy,
        @Schema(description = "The circonscription's table: each quotité once, at most 1080 minutes; a quotité "
                + "missing from it counts pro rata (required for TABLE).")
        List<HoursDueTable.Row> table,
        @Schema(description = "Who signs the attestations.") String signatoryName,
        @Schema(description = "Their title, printed under the name.", example = "Inspectrice de l'Éducation nationale")
        String signatoryTitle,
        @Schema(description = "The circonscription's street address, printed on the attestations.")
        String street,
        @Schema(description = "Its postcode (5 digits).", example = "34000", pattern = "^[0-9]{5}$")
        String postcode,
        @Schema(description = "Its city.", example = "Montpellier") String city) {
}
