package fr.tandem.support.model;

/** A person of the city's IT department a request may be assigned to. */
public record StaffMember(String username, String name) {
}
