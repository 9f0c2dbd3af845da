package fr.tandem.dashboard.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Teachers' requests of the schools in view: open and overdue now, and — among the requests of
 * the school year that were answered or resolved — how many met the service level; per category.
 */
@Schema(description = "Teachers' requests of the schools in view: open and overdue now, and of the year's requests answered "
                + "or resolved, how many within the service level.")
public record RequestFigures(
        @Schema(required = true) long open,
        @Schema(required = true, description = "Open requests past their service level.")
        long overdue,
        @Schema(required = true) long answered,
        @Schema(required = true) long answeredOnTime,
        @Schema(required = true) long resolved,
        @Schema(required = true) long resolvedOnTime,
        @Schema(required = true, description = "The same per category.")
        List<Row> rows) {

    /** One category of requests. */
    @Schema(name = "RequestFiguresRow", description = "One category of requests.")
    public record Row(
            @Schema(required = true, description = "The category's code.")
            String category,
            @Schema(required = true) long open,
            @Schema(required = true) long overdue,
            @Schema(required = true) long answered,
            @Schema(required = true) long answeredOnTime,
            @Schema(required = true) long resolved,
            @Schema(required = true) long resolvedOnTime) {
    }
}
