package fr.tandem.school.model;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.imports.ImportOutcome;
import java.util.List;
import java.util.Locale;

/** One line of an import report: where, which school, what happened and why (for skipped lines). */
public record ImportReportLine(int line, String uai, ImportOutcome outcome, String reasonKey, List<Object> reasonArguments) {

    public ImportReportLine {
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }

    /** The reason in the reader's language, or null when the line was not skipped. */
    public String reasonIn(Locale locale) {
        return reasonKey == null ? null : RuleViolation.format(locale, reasonKey, reasonArguments.toArray());
    }
}
