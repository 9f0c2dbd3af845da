package fr.tandem.school.ui;

import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** The values school filters and forms offer to choose from. */
@Named
@ApplicationScoped
public class SchoolChoices {

    public SchoolKind[] getKinds() {
        return SchoolKind.values();
    }

    public PriorityEducation[] getPriorities() {
        return PriorityEducation.values();
    }

    public SchoolState[] getStates() {
        return SchoolState.values();
    }
}
