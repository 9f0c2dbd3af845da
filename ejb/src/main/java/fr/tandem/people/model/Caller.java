package fr.tandem.people.model;

import java.util.Set;

/** A person the application has just recognised: the name the container knows them by and their roles. */
public record Caller(String username, Set<String> roles) {
}
