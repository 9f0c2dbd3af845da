package fr.tandem.school;

/**
 * Everything about a school that a person or an import may change, apart from its UAI.
 * Strings may be null or blank where optional; {@link School#update} cleans and checks them.
 */
public record SchoolDetails(String name, SchoolKind kind, String natureCode, String natureLabel, String street,
                            String postcode, String communeCode, String communeName, PriorityEducation priority,
                            SchoolState state, String email, String phone) {
}
