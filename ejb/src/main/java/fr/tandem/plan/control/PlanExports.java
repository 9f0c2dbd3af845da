package fr.tandem.plan.control;

import fr.tandem.plan.model.LineSummary;
import fr.tandem.plan.model.LinkedItem;
import fr.tandem.plan.model.LinkedLicence;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.language.TextBundle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A plan's lines as CSV (formula-like cells neutralised) or Excel (text stays text, money stays
 * numbers), every line the filter keeps, headers in the reader's language; without amounts for
 * those who see none.
 */
public final class PlanExports {

    private static final List<String> COLUMNS = List.of("year", "uai", "school", "kind", "type", "label",
            "quantity", "programme", "rate", "state", "orderReference", "orderedOn", "deliveredOn", "claim", "linked");
    private static final List<String> MONEY = List.of("unitCost", "estimatedCost", "expectedGrant", "orderedAmount",
            "invoiced", "paid");

    private PlanExports() {
    }

    public static byte[] csv(List<LineSummary> lines, boolean amounts, TextBundle documents) {
        List<List<String>> rows = lines.stream().map(line -> row(line, amounts, documents).stream()
                .map(PlanExports::text).toList()).toList();
        return CsvExport.write(header(amounts, documents), rows);
    }

    public static byte[] excel(List<LineSummary> lines, boolean amounts, TextBundle documents) {
        return ExcelExport.write(documents.text("plan.sheet"), header(amounts, documents),
                lines.stream().map(line -> row(line, amounts, documents)).toList());
    }

    private static List<String> header(boolean amounts, TextBundle documents) {
        return Stream.concat(COLUMNS.stream(), amounts ? MONEY.stream() : Stream.empty())
                .map(column -> documents.text("plan.csv." + column)).toList();
    }

    private static List<Object> row(LineSummary l, boolean amounts, TextBundle documents) {
        List<Object> row = new ArrayList<>(List.of(l.schoolYear() + "–" + (l.schoolYear() + 1),
                l.schoolUai() == null ? "" : l.schoolUai(),
                l.schoolName() == null ? documents.text("plan.cityWide") : l.schoolName(),
                documents.text("plan.kind." + l.kind().name()),
                l.equipmentType() == null ? "" : documents.text("labels.type." + l.equipmentType().name()),
                l.label(), l.quantity(), documents.text("plan.programme." + l.programme().name()), l.grantRate(),
                documents.text("plan.state." + l.state().name()), nullToEmpty(l.orderReference()), day(l.orderedOn()),
                day(l.deliveredOn()), nullToEmpty(l.claimReference()), linked(l)));
        if (amounts) {
            row.addAll(Stream.of(l.unitCost(), l.estimatedCost(), l.expectedGrant(), l.orderedAmount(), l.invoiced(),
                    l.paid()).map(amount -> amount == null ? (Object) "" : amount).toList());
        }
        return row;
    }

    private static String linked(LineSummary l) {
        return Stream.concat(l.items().stream().map(LinkedItem::serialNumber),
                l.licences().stream().map(LinkedLicence::product)).collect(Collectors.joining(" "));
    }

    private static String text(Object value) {
        return value instanceof BigDecimal amount ? amount.toPlainString().replace('.', ',') : String.valueOf(value);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
