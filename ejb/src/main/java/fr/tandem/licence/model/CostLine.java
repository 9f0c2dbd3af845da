package fr.tandem.licence.model;

import java.math.BigDecimal;

/**
 * Money spent on licences for one key: a school ("UAI name"), a product, a funding source
 * ({@code CITY}, {@code TNE}, {@code OTHER_GRANT}), a school year, or {@code UNASSIGNED}.
 */
public record CostLine(String key, BigDecimal total, BigDecimal grant, BigDecimal city) {
}
