package fr.tandem.equipment.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign's progress: seen out of expected per school, the items not seen, the corrections made. */
@Schema(description = "An audit campaign's progress: seen out of expected per school, the items not seen, the "
        + "corrections made.")
public record AuditProgress(
        @Schema(required = true) AuditSummary campaign,
        @Schema(required = true) List<School> schools,
        @Schema(required = true, description = "The items not seen yet") List<AuditLine> notSeen,
        @Schema(required = true, description = "The items whose room or status a sighting corrected")
        List<AuditLine> corrections) {

    /** One school of the campaign. */
    @Schema(name = "AuditSchoolProgress", description = "One school of an audit campaign: how many of its items are "
            + "expected and seen.")
    public record School(
            @Schema(required = true, example = "0341234X") String uai,
            @Schema(required = true) String name,
            @Schema(required = true, description = "Items expected") long expected,
            @Schema(required = true, description = "Items seen") long seen) {

        /** Seen out of expected, as a whole percentage. */
        public int percent() {
            return expected == 0 ? 0 : (int) (seen * 100 / expected);
        }
    }
}
