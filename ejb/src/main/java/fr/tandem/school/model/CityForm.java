package fr.tandem.school.model;

import java.util.List;

/**
 * A city as an administrator creates or changes it: its name and its communes' INSEE codes; the
 * version seen, when given, refuses to overwrite someone else's change.
 */
public record CityForm(String name, List<String> communes, Long version) {
}
