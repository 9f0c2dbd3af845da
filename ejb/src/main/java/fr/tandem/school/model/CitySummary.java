package fr.tandem.school.model;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A city as lists, forms and the REST API show it: its communes (INSEE codes) and number of schools. */
@Schema(description = "A partner city, its communes and its number of schools.")
public record CitySummary(
        @Schema(required = true) long id,
        @Schema(required = true, example = "Montpellier") String name,
        @Schema(required = true, description = "The INSEE codes of its communes", example = "[\"34172\"]")
        List<String> communes,
        @Schema(required = true, description = "How many schools are in its communes") long schools,
        @Schema(required = true, description = "The version to send back with a change (CityForm.version)")
        long version) {
}
