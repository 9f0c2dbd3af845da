package fr.tandem.school.model;

import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;

/** What lists, forms and the REST API show of a school. */
public record SchoolSummary(String uai, String name, SchoolKind kind, String natureCode, String natureLabel,
                            String street, String postcode, String communeCode, String communeName,
                            PriorityEducation priority, SchoolState state, String circonscriptionCode,
                            String circonscriptionName, String email, String phone, boolean demo, long version) {
}
