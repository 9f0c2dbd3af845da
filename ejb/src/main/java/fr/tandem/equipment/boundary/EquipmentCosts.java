package fr.tandem.equipment.boundary;

import fr.tandem.equipment.Equipment;
import fr.tandem.equipment.control.CostLedger;
import fr.tandem.equipment.control.ItemScope;
import fr.tandem.equipment.model.CostEntry;
import fr.tandem.equipment.model.DeviceLicence;
import fr.tandem.equipment.model.ItemCost;
import fr.tandem.equipment.model.SchoolCostLine;
import fr.tandem.equipment.model.SchoolCosts;
import fr.tandem.equipment.model.SchoolYearCost;
import fr.tandem.licence.Assignment;
import fr.tandem.licence.AssignmentTarget;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.school.School;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What equipment costs: an item's total cost of ownership and the licences on it, a school's cost
 * per year and type of equipment, and its exports. Money is city staff's and administrators'
 * business; the licences an item holds are shown, without prices, to whoever may read the item.
 */
@Stateless
@RolesAllowed({"ADMIN", "CITY_STAFF"})
public class EquipmentCosts {

    private static final List<String> HEADER = List.of("year", "type", "serial", "kind", "by", "detail", "amount");

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    ItemScope scope;

    @Inject
    CostLedger ledger;

    @Inject
    CurrentCaller caller;

    /** The item's cost of ownership: purchase + interventions + licences on it − grants. */
    public ItemCost itemCost(long equipmentId) {
        return ledger.itemCost(scope.readable(equipmentId));
    }

    /** The seats of licences the item holds today; their price shares for city staff only. */
    @RolesAllowed({"ADMIN", "CITY_STAFF", "INSPECTOR", "HEAD_TEACHER", "TEACHER", "COUNCILLOR"})
    public List<DeviceLicence> deviceLicences(long equipmentId) {
        Equipment item = scope.readable(equipmentId);
        boolean prices = scope.seesPrices();
        return em.createQuery("select a from Assignment a join fetch a.licence l join fetch l.product "
                        + "where a.target = :device and a.equipmentId = :id and a.releasedAt is null "
                        + "order by l.validUntil desc, a.id", Assignment.class)
                .setParameter("device", AssignmentTarget.DEVICE).setParameter("id", item.id()).getResultStream()
                .map(a -> new DeviceLicence(a.id(), a.licence().id(), a.licence().product().name(), a.seats(),
                        a.licence().validUntil(), prices ? a.licence().priceShare(a) : null,
                        prices ? a.licence().grantShare(a) : null))
                .toList();
    }

    /** A school's equipment cost by year and type, and by year (retired items included: they were paid for). */
    public SchoolCosts schoolCosts(String uai) {
        School school = scope.school(uai);
        List<SchoolCostLine> lines = CostLedger.byYearAndType(ledger.entries(items(school)));
        return new SchoolCosts(school.uai().value(), school.name(), lines, CostLedger.byYear(lines));
    }

    /**
     * One school's equipment cost per year, oldest first: purchases + interventions + licences on its
     * devices − grants (for the school's page).
     */
    public List<SchoolYearCost> schoolCostPerYear(String uai) {
        return schoolCosts(uai).years();
    }

    /** Every amount of a school's equipment cost, one per line, as CSV (UTF-8 with a BOM, formulas neutralised). */
    public byte[] schoolCostsCsv(String uai) {
        Language language = caller.account().language();
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        List<List<String>> rows = rows(uai, texts).stream().map(row -> row.stream().map(v -> v == null ? ""
                : v instanceof BigDecimal d && language == Language.FRENCH ? d.toPlainString().replace('.', ',')
                : v instanceof BigDecimal d ? d.toPlainString() : v.toString()).toList()).toList();
        return CsvExport.write(header(texts), rows);
    }

    /** The same as an Excel workbook. */
    public byte[] schoolCostsExcel(String uai) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
        return ExcelExport.write(texts.text("equipmentCosts.export.sheet"), header(texts), rows(uai, texts));
    }

    private List<List<Object>> rows(String uai, TextBundle texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (CostEntry e : ledger.entries(items(scope.school(uai)))) {
            rows.add(Arrays.asList(e.year(), texts.text("labels.type." + e.type().name()), e.serialNumber(),
                    texts.text("equipmentCosts.kind." + e.kind().name()), e.by(), e.detail(), e.amount()));
        }
        return rows;
    }

    private static List<String> header(TextBundle texts) {
        return HEADER.stream().map(column -> texts.text("equipmentCosts.export." + column)).toList();
    }

    private List<Equipment> items(School school) {
        return em.createQuery("select e from Equipment e where e.school = :school order by e.serialNumber",
                Equipment.class).setParameter("school", school).getResultList();
    }
}
