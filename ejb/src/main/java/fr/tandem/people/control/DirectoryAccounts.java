package fr.tandem.people.control;

import fr.tandem.people.model.DirectoryChange;
import fr.tandem.people.model.DirectoryPerson;
import jakarta.enterprise.context.Dependent;

/** Placeholder of the lead's shared core until it is merged (replaced by main's). */
@Dependent
public class DirectoryAccounts {

    public DirectoryChange preview(DirectoryPerson person) {
        throw new UnsupportedOperationException("shared core not merged yet");
    }

    public DirectoryChange apply(DirectoryPerson person) {
        throw new UnsupportedOperationException("shared core not merged yet");
    }
}
