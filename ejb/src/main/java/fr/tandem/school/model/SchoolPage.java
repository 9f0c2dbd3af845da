package fr.tandem.school.model;

import java.util.List;

/** A window of the school list and how many schools match in all. */
public record SchoolPage(long total, List<SchoolSummary> items) {
}
