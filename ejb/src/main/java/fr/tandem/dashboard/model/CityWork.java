package fr.tandem.dashboard.model;

import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.support.model.RequestSummary;

/**
 * A city employee's home, their city only: open requests (and those past their service level), licences ending
 * soon, licences running low on seats, equipment out of order.
 */
public record CityWork(HomeList<RequestSummary> openRequests, HomeList<RequestSummary> overdueRequests,
                       HomeList<LicenceSummary> expiring, HomeList<LicenceSummary> lowOnSeats,
                       HomeList<EquipmentSummary> outOfOrder) {
}
