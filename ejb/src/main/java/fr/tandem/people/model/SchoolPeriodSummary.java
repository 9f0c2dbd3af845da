package fr.tandem.people.model;

import fr.tandem.people.SchoolPeriod;
import java.time.Instant;

/** A school a person worked in and when (until is null for the school they are in now). */
public record SchoolPeriodSummary(String schoolUai, String schoolName, Instant from, Instant until) {

    public static SchoolPeriodSummary of(SchoolPeriod period) {
        return new SchoolPeriodSummary(period.school().uai().value(), period.school().name(), period.startedAt(),
                period.endedAt());
    }
}
