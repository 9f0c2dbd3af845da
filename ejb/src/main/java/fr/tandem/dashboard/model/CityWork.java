package fr.tandem.dashboard.model;

import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.support.model.RequestSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A city employee's home, their city only: open requests (and those past their service level), licences ending
 * soon, licences running low on seats, equipment out of order.
 */
@Schema(description = "A city employee's part of the home page, their city only.")
public record CityWork(
        @Schema(required = true) HomeList<RequestSummary> openRequests,
        @Schema(required = true, description = "Open requests past their service level.")
        HomeList<RequestSummary> overdueRequests,
        @Schema(required = true, description = "Licences ending within 90 days.")
        HomeList<LicenceSummary> expiring,
        @Schema(required = true, description = "Licences running low on seats.")
        HomeList<LicenceSummary> lowOnSeats,
        @Schema(required = true, description = "Equipment broken or in repair.")
        HomeList<EquipmentSummary> outOfOrder) {
}
