package fr.tandem.licence.model;

import java.util.List;

/** What a bulk assignment would do: the schools and seats, and whether the free seats suffice. */
public record BulkPreview(List<Line> lines, int seatsNeeded, Integer freeSeats, boolean fits) {

    /** One school of the preview. */
    public record Line(String uai, String schoolName, int seats) {
    }
}
