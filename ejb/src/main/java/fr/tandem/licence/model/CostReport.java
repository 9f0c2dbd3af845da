package fr.tandem.licence.model;

import java.util.List;

/**
 * Licence spending in euros, split four ways. A licence's price goes to schools in proportion to
 * the seats assigned to them (a site licence to its school); what is not assigned shows as such.
 */
public record CostReport(List<CostLine> bySchool, List<CostLine> byProduct, List<CostLine> byFunding,
                         List<CostLine> bySchoolYear) {
}
