package fr.tandem.people.model;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.imports.ImportOutcome;
import java.util.List;
import java.util.Locale;

/**
 * One line of a people import report: where, who (the name as the file writes it, and the account's
 * username when known), what happened, what changed, and why a skipped line was skipped.
 */
public record PeopleImportLine(int line, String username, String name, ImportOutcome outcome,
                               List<String> changedFields, String reasonKey, List<Object> reasonArguments) {

    public PeopleImportLine {
        changedFields = changedFields == null ? List.of() : List.copyOf(changedFields);
        reasonArguments = reasonArguments == null ? List.of() : List.copyOf(reasonArguments);
    }

    /**
     * The reason in the reader's language, or null when the line was not skipped. A reason the
     * directory rules gave (an unknown UAI, a bad e-mail…) is introduced as the reason of a skip.
     */
    public String reasonIn(Locale locale) {
        if (reasonKey == null) {
            return null;
        }
        String reason = RuleViolation.format(locale, reasonKey, reasonArguments.toArray());
        return reasonKey.startsWith("people.") ? reason : RuleViolation.format(locale, "people.skip.refused", reason);
    }
}
