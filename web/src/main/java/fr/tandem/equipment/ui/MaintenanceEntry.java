package fr.tandem.equipment.ui;

import fr.tandem.equipment.model.MaintenanceForm;
import fr.tandem.equipment.model.MaintenanceSummary;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An intervention as city staff type it on the item page: a new one, or one being changed
 * ({@link #getEditing()} its id). Who did it is a supplier of the list or a staff member's name.
 */
public class MaintenanceEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editing;
    private LocalDate performedOn;
    private Long supplierId;
    private String staffName;
    private BigDecimal cost;
    private String description;
    private Long requestId;

    MaintenanceForm form() {
        return new MaintenanceForm(performedOn, supplierId, staffName, cost, description, requestId);
    }

    void edit(MaintenanceSummary record) {
        editing = record.id();
        performedOn = record.performedOn();
        supplierId = record.supplierId();
        staffName = record.staffName();
        cost = record.cost();
        description = record.description();
        requestId = record.requestId();
    }

    void clear() {
        editing = null;
        performedOn = null;
        supplierId = null;
        staffName = null;
        cost = null;
        description = null;
        requestId = null;
    }

    public Long getEditing() {
        return editing;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(LocalDate performedOn) {
        this.performedOn = performedOn;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public String getStaffName() {
        return staffName;
    }

    public void setStaffName(String staffName) {
        this.staffName = staffName;
    }

    public BigDecimal getCost() {
        return cost;
    }

    public void setCost(BigDecimal cost) {
        this.cost = cost;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }
}
