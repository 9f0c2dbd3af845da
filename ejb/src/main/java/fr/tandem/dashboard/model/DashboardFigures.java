package fr.tandem.dashboard.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything the dashboard shows for a filter, section by section. */
@Schema(description = "The dashboard's figures section by section, and the filter applied once narrowed to what "
        + "the reader may see.")
public record DashboardFigures(
        @Schema(required = true) DashboardFilter filter,
        @Schema(required = true) TrainingFigures training,
        @Schema(required = true) LicenceFigures licences,
        @Schema(required = true) EquipmentFigures equipment,
        @Schema(required = true) RequestFigures requests) {
}
