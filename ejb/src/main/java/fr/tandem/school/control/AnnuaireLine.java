package fr.tandem.school.control;

import fr.tandem.platform.RuleViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The outcome of one data line of an Annuaire file: either a school or the reason it was skipped. */
public record AnnuaireLine(int lineNumber, AnnuaireSchool school, String skipKey, List<Object> skipArguments) {

    public AnnuaireLine {
        if ((school == null) == (skipKey == null)) {
            throw new IllegalArgumentException("a line is either accepted with a school or skipped with a key");
        }
        skipArguments = Collections.unmodifiableList(new ArrayList<>(skipArguments));
    }

    /** A line that gave a school. */
    public static AnnuaireLine accepted(int lineNumber, AnnuaireSchool school) {
        return new AnnuaireLine(lineNumber, school, null, List.of());
    }

    /** A line that was skipped, with the message key of the reason and its arguments. */
    public static AnnuaireLine skipped(int lineNumber, String key, Object... arguments) {
        return new AnnuaireLine(lineNumber, null, key, Arrays.asList(arguments));
    }

    public boolean isSkipped() {
        return skipKey != null;
    }

    /**
     * Why the line was skipped, in the given language ({@code null} for an accepted line). An
     * argument that is itself a {@link RuleViolation} is written in the same language.
     */
    public String reasonIn(Locale locale) {
        if (!isSkipped()) {
            return null;
        }
        return RuleViolation.format(locale, skipKey, skipArguments.toArray());
    }
}
