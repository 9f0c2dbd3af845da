package fr.tandem.equipment.model;

import java.util.List;

/** A school's loans for its page: the kits it holds now (or should have today) and its live reservations to come. */
public record SchoolLoans(long schoolId, String schoolUai, List<ReservationSummary> current, List<ReservationSummary> next) {
}
