package fr.tandem.school;

import fr.tandem.platform.RuleViolation;

/** Cleaning and length rules for the free text of schools and circonscriptions. */
final class SchoolText {

    private SchoolText() {
    }

    static String required(String raw, String missingKey, int maxLength) {
        String cleaned = optional(raw, maxLength);
        if (cleaned == null) {
            throw new RuleViolation(missingKey);
        }
        return cleaned;
    }

    static String optional(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String cleaned = raw.strip().replaceAll("\\s+", " ");
        if (cleaned.length() > maxLength) {
            throw new RuleViolation("text.tooLong", maxLength);
        }
        return cleaned;
    }
}
