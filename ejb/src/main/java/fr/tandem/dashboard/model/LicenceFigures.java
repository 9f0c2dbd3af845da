package fr.tandem.dashboard.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Licences valid during the school year, for the schools in view: how many, seats assigned and
 * used (from the GAR counts), money spent (each licence's price split by assigned seats) and the
 * part paid by grants; per circonscription, or per school when one circonscription is chosen.
 */
public record LicenceFigures(int licences, long seatsAssigned, long seatsUsed, BigDecimal spent, BigDecimal grant,
                             List<Row> rows) {

    /** The same without money, for the inspectorate: a licence's price is the city's business. */
    public LicenceFigures withoutMoney() {
        return new LicenceFigures(licences, seatsAssigned, seatsUsed, null, null, rows.stream()
                .map(r -> new Row(r.code(), r.name(), r.seatsAssigned(), r.seatsUsed(), null, null)).toList());
    }

    /** One circonscription or school (code and name empty for money no school holds yet). */
    public record Row(String code, String name, long seatsAssigned, long seatsUsed, BigDecimal spent,
                      BigDecimal grant) {
    }
}
