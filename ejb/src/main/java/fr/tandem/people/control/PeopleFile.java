package fr.tandem.people.control;

import java.util.List;

/** A people file as read: the charset it was written in and each of its data lines. */
public record PeopleFile(String charset, List<PeopleLine> lines) {

    public PeopleFile {
        lines = List.copyOf(lines);
    }
}
