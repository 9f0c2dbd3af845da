package fr.tandem.support.boundary;

/** A person of the city's IT department a request may be assigned to. */
public record StaffMember(String username, String name) {
}
