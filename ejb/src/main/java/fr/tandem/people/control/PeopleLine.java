package fr.tandem.people.control;

import fr.tandem.people.model.DirectoryPerson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One data line of a people file: the person it describes, or the reason it is skipped; with the
 * name as written (first and last name), for the report.
 */
public record PeopleLine(int lineNumber, String name, DirectoryPerson person, String skipKey, List<Object> skipArguments) {

    public PeopleLine {
        if ((person == null) == (skipKey == null)) {
            throw new IllegalArgumentException("a line is either accepted with a person or skipped with a key");
        }
        skipArguments = Collections.unmodifiableList(new ArrayList<>(skipArguments));
    }

    static PeopleLine accepted(int lineNumber, String name, DirectoryPerson person) {
        return new PeopleLine(lineNumber, name, person, null, List.of());
    }

    static PeopleLine skipped(int lineNumber, String name, String key, Object... arguments) {
        return new PeopleLine(lineNumber, name, null, key, Arrays.asList(arguments));
    }

    public boolean isSkipped() {
        return skipKey != null;
    }
}
