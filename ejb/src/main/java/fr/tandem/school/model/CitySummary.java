package fr.tandem.school.model;

import java.util.List;

/** A city as lists, forms and the REST API show it: its communes (INSEE codes) and number of schools. */
public record CitySummary(long id, String name, List<String> communes, long schools, long version) {
}
