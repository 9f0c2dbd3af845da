package fr.tandem.licence.boundary;

import java.math.BigDecimal;

/** Money spent on licences for one key (a school, a product, a funding source, a school year). */
public record CostLine(String key, BigDecimal total, BigDecimal grant, BigDecimal city) {
}
