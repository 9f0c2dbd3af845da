package fr.tandem.dashboard.model;

import java.util.List;

/**
 * Teachers' requests of the schools in view: open and overdue now, and — among the requests of
 * the school year that were answered or resolved — how many met the service level; per category.
 */
public record RequestFigures(long open, long overdue, long answered, long answeredOnTime, long resolved,
                             long resolvedOnTime, List<Row> rows) {

    /** One category of requests. */
    public record Row(String category, long open, long overdue, long answered, long answeredOnTime, long resolved,
                      long resolvedOnTime) {
    }
}
