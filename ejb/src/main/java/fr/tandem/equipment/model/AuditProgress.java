package fr.tandem.equipment.model;

import java.util.List;

/** A campaign's progress: seen out of expected per school, the items not seen, the corrections made. */
public record AuditProgress(AuditSummary campaign, List<School> schools, List<AuditLine> notSeen,
                            List<AuditLine> corrections) {

    /** One school of the campaign. */
    public record School(String uai, String name, long expected, long seen) {

        /** Seen out of expected, as a whole percentage. */
        public int percent() {
            return expected == 0 ? 0 : (int) (seen * 100 / expected);
        }
    }
}
