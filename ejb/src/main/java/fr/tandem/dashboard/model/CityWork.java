package fr.tandem.dashboard.model;

import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.support.model.RequestSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A city employee's home, their city only: open requests (and those past their service level), licences ending
 * soon, licences running low on seats, equipment out of order.
 */
@Schema(description = "A city employee's part of the home page, their city only: open requests and those past "
        + "their service level (overdueRequests), licences ending within 90 days (expiring) or running low on seats, "
        + "equipment broken or in repair (outOfOrder).")
public record CityWork(
        @Schema(required = true) HomeList<RequestSummary> openRequests,
        @Schema(required = true) HomeList<RequestSummary> overdueRequests,
        @Schema(required = true) HomeList<LicenceSummary> expiring,
        @Schema(required = true) HomeList<LicenceSummary> lowOnSeats,
        @Schema(required = true) HomeList<EquipmentSummary> outOfOrder) {
}
