package fr.tandem.school.model;

import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolDetails;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;

/**
 * What a person types to create or change a school. Checked by the domain ({@code Uai},
 * {@code School}) so that the UI and the REST API give the same messages.
 */
public record SchoolForm(String uai, String name, SchoolKind kind, String street, String postcode,
                         String communeCode, String communeName, PriorityEducation priority, SchoolState state,
                         String circonscriptionCode, String email, String phone, Long version) {

    public SchoolDetails details() {
        return new SchoolDetails(name, kind, null, null, street, postcode, communeCode, communeName, priority, state,
                email, phone);
    }
}
