package fr.tandem.dashboard.model;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Licences valid during the school year, for the schools in view: how many, seats assigned and
 * used (from the GAR counts), money spent (each licence's price split by assigned seats) and the
 * part paid by grants; per circonscription, or per school when one circonscription is chosen.
 */
@Schema(description = "Licences valid during the school year for the schools in view, per circonscription or per school "
                + "when one circonscription is chosen.")
public record LicenceFigures(
        @Schema(required = true, description = "Licences valid during the year.")
        int licences,
        @Schema(required = true) long seatsAssigned,
        @Schema(required = true, description = "Seats used (from the GAR counts).")
        long seatsUsed,
        @Schema(description = "Money spent (each licence's price split by assigned seats). In euros; absent for "
                + "the inspectorate.", example = "12500.00")
        BigDecimal spent,
        @Schema(description = "The part paid by grants. In euros; absent for the inspectorate.", example = "12500.00")
        BigDecimal grant,
        @Schema(required = true) List<Row> rows) {

    /** The same without money, for the inspectorate: a licence's price is the city's business. */
    public LicenceFigures withoutMoney() {
        return new LicenceFigures(licences, seatsAssigned, seatsUsed, null, null, rows.stream()
                .map(r -> new Row(r.code(), r.name(), r.seatsAssigned(), r.seatsUsed(), null, null)).toList());
    }

    /** One circonscription or school (code and name empty for money no school holds yet). */
    @Schema(name = "LicenceFiguresRow", description = "One circonscription or school of the licence figures.")
    public record Row(
            @Schema(required = true, description = "The circonscription's code or the school's UAI; empty for money no school holds "
                + "yet.")
            String code,
            @Schema(required = true, description = "Its name; empty as the code.")
            String name,
            @Schema(required = true) long seatsAssigned,
            @Schema(required = true) long seatsUsed,
            @Schema(description = "Money spent. In euros; absent for the inspectorate.", example = "12500.00")
            BigDecimal spent,
            @Schema(description = "The part paid by grants. In euros; absent for the inspectorate.", example = "12500.00")
            BigDecimal grant) {
    }
}
