package fr.tandem.school.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A city as an administrator creates or changes it: its name and its communes' INSEE codes; the
 * version seen, when given, refuses to overwrite someone else's change.
 */
@Schema(description = "A city as an administrator creates or changes it: its name and its communes.")
public record CityForm(
        @Schema(required = true, example = "Montpellier") String name,
        @Schema(required = true, description = "The INSEE codes (5 characters) of its communes; a commune belongs to "
                + "one city only", example = "[\"34172\"]") List<String> communes,
        @Schema(description = "The version read (CitySummary.version); when given, a change made meanwhile by "
                + "someone else is refused with 409 instead of being overwritten") Long version) {
}
