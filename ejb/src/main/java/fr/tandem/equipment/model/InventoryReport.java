package fr.tandem.equipment.model;

import fr.tandem.platform.RuleViolation;
import java.util.List;
import java.util.Locale;

/** What an inventory import did, line by line (the header is line 1). */
public record InventoryReport(int created, int updated, int unchanged, int skipped, List<Line> lines) {

    /** One line of the file and what became of it; the reason is there for a skipped line. */
    public record Line(int line, String serialNumber, InventoryOutcome outcome, RuleViolation reason) {

        public String reasonIn(Locale locale) {
            return reason == null ? null : reason.messageIn(locale);
        }
    }
}
