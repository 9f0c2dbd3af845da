package fr.tandem.platform;

/** Cleaning and length rules for the free text people type. */
public final class Texts {

    private Texts() {
    }

    /** A one-line text that must be there: trimmed, inner runs of spaces folded. */
    public static String required(String raw, String missingKey, int maxLength) {
        String cleaned = optional(raw, maxLength);
        if (cleaned == null) {
            throw new RuleViolation(missingKey);
        }
        return cleaned;
    }

    /** A one-line text that may be empty (then null): trimmed, inner runs of spaces folded. */
    public static String optional(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return checked(raw.strip().replaceAll("\\s+", " "), maxLength);
    }

    /** A text of several lines that may be empty (then null): trimmed, line breaks kept. */
    public static String optionalBlock(String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return checked(raw.strip(), maxLength);
    }

    private static String checked(String cleaned, int maxLength) {
        if (cleaned.length() > maxLength) {
            throw new RuleViolation("text.tooLong", maxLength);
        }
        return cleaned;
    }
}
