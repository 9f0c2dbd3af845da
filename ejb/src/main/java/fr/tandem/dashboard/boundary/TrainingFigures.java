package fr.tandem.dashboard.boundary;

import java.util.List;

/**
 * Training hours of the school year, aggregated: teachers, how many have done all their hours,
 * minutes due and done in total, and the same per circonscription — or per school when one
 * circonscription is chosen. Never per named teacher.
 */
public record TrainingFigures(String schoolYear, int teachers, int teachersComplete, long minutesDue,
                              long minutesDone, List<Row> rows) {

    /** One circonscription or school. */
    public record Row(String code, String name, int teachers, int teachersComplete, long minutesDue,
                      long minutesDone) {
    }
}
