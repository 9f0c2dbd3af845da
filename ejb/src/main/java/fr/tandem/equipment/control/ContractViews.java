package fr.tandem.equipment.control;

import fr.tandem.equipment.Contract;
import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.model.ContractSummary;
import fr.tandem.equipment.model.ItemBrief;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.language.TextBundle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** Contracts and items as callers see them, and the contracts' CSV export in the reader's language. */
public final class ContractViews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private ContractViews() {
    }

    public static ItemBrief brief(Equipment e) {
        return new ItemBrief(e.id(), e.serialNumber(), e.school().uai().value(), e.school().name(), e.type(), e.brand(),
                e.warrantyEnd());
    }

    public static ContractSummary summary(Contract c) {
        return new ContractSummary(c.id(), c.supplier().id(), c.supplier().name(), c.reference(), c.kind(), c.startsOn(),
                c.endsOn(), c.noticeDays(), c.noticeDeadline(), c.yearlyCost(), c.note(), c.tacitRenewal(),
                c.items().stream().map(ContractViews::brief).toList(), c.version());
    }

    /** Every contract given, one row each, formula-like cells neutralised, header in the reader's language. */
    public static byte[] csv(List<ContractSummary> contracts, TextBundle documents) {
        List<String> header = List.of("reference", "supplier", "kind", "startsOn", "endsOn", "noticeDays",
                "noticeDeadline", "yearlyCost", "tacitRenewal", "items", "note").stream()
                .map(column -> documents.text("contracts.csv." + column)).toList();
        List<List<String>> rows = contracts.stream().map(c -> List.of(c.reference(), c.supplierName(),
                documents.text("contracts.kind." + c.kind().name()), day(c.startsOn()), day(c.endsOn()),
                String.valueOf(c.noticeDays()), day(c.noticeDeadline()), money(c.yearlyCost()),
                documents.text(c.tacitRenewal() ? "contracts.yes" : "contracts.no"),
                c.items().stream().map(ItemBrief::serialNumber).collect(Collectors.joining(" ")),
                c.note() == null ? "" : c.note())).toList();
        return CsvExport.write(header, rows);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String money(BigDecimal amount) {
        return amount.toPlainString().replace('.', ',');
    }
}
