package fr.tandem.licence.control;

import fr.tandem.licence.Assignment;
import fr.tandem.licence.Licence;
import fr.tandem.licence.Product;
import fr.tandem.licence.Supplier;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.licence.model.ProductSummary;
import fr.tandem.licence.model.SupplierSummary;
import fr.tandem.school.City;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Turns licence entities into the summaries boundaries answer. */
public final class LicenceViews {

    private LicenceViews() {
    }

    public static SupplierSummary of(Supplier supplier) {
        return new SupplierSummary(supplier.id(), supplier.name(), supplier.contact(), cityId(supplier.city()),
                cityName(supplier.city()));
    }

    public static ProductSummary of(Product product) {
        return new ProductSummary(product.id(), product.name(), product.kind(), product.publisher(), product.arkId(),
                product.supplier() == null ? null : product.supplier().id(),
                product.supplier() == null ? null : product.supplier().name(), product.accessInstructions(),
                cityId(product.city()), cityName(product.city()));
    }

    public static LicenceSummary of(Licence licence, LocalDate today) {
        return new LicenceSummary(licence.id(), licence.product().id(), licence.product().name(), licence.kind(),
                licence.seats(), licence.assignedSeats(), licence.freeSeats(today),
                licence.holder() == null ? null : licence.holder().uai().value(),
                licence.holder() == null ? null : licence.holder().name(), licence.validFrom(), licence.validUntil(),
                ChronoUnit.DAYS.between(today, licence.validUntil()), licence.expiredOn(today), licence.status(),
                licence.price(), licence.currency(), licence.grantSource(), licence.grantPercent(),
                licence.grantAmount(), licence.cityAmount(), licence.orderNumber(), licence.contractReference(),
                licence.transferable(), licence.renewal(), licence.renewalMonths(), licence.lowSeatThreshold(),
                licence.lowOnSeats(today), licence.notes(), licence.garSubscriptionId(), cityId(licence.city()),
                cityName(licence.city()));
    }

    private static Long cityId(City city) {
        return city == null ? null : city.id();
    }

    private static String cityName(City city) {
        return city == null ? null : city.name();
    }

    public static AssignmentSummary of(Assignment assignment) {
        return of(assignment, null);
    }

    /** The summary of an assignment, with the label of the device holding it (null for other targets). */
    public static AssignmentSummary of(Assignment assignment, String deviceLabel) {
        Licence licence = assignment.licence();
        return new AssignmentSummary(assignment.id(), licence.id(), licence.product().name(),
                assignment.school().uai().value(), assignment.school().name(), assignment.target(),
                assignment.className(), assignment.teacher() == null ? null : assignment.teacher().username(),
                assignment.teacher() == null ? null : assignment.teacher().displayName(), assignment.seats(),
                assignment.assignedAt(), assignment.releasedAt(), licence.validUntil(), licence.transferable(),
                licence.product().accessInstructions(), assignment.equipmentId(), deviceLabel);
    }
}
