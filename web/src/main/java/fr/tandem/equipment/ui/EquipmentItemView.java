package fr.tandem.equipment.ui;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.boundary.EquipmentCosts;
import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.boundary.EquipmentMaintenance;
import fr.tandem.equipment.model.DeviceLicence;
import fr.tandem.equipment.model.EquipmentEventSummary;
import fr.tandem.equipment.model.EquipmentForm;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.equipment.model.ItemCost;
import fr.tandem.equipment.model.MaintenanceForm;
import fr.tandem.equipment.model.MaintenanceSummary;
import fr.tandem.equipment.model.SupplierChoice;
import fr.tandem.people.ui.CurrentUser;
import fr.tandem.platform.time.Clocks;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One item: its description, history and the licence seats it holds for everyone who may read it;
 * for city staff, the form to add or change it (a change of school or room is a move kept in the
 * history) and its status, its interventions (add, change, delete) and its total cost of ownership.
 */
@Named
@ViewScoped
public class EquipmentItemView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient EquipmentInventory inventory;

    @EJB
    transient EquipmentMaintenance maintenance;

    @EJB
    transient EquipmentCosts costs;

    @Inject
    CurrentUser currentUser;

    private Long idParameter;
    private EquipmentSummary item;
    private List<EquipmentEventSummary> history = List.of();
    private String serialNumber;
    private String schoolUai;
    private EquipmentType type = EquipmentType.INTERACTIVE_SCREEN;
    private String brand;
    private String model;
    private String room;
    private LocalDate purchaseDate;
    private BigDecimal price;
    private BigDecimal tneAmount;
    private LocalDate warrantyEnd;
    private EquipmentStatus newStatus;
    private String statusNote;
    private List<DeviceLicence> licences = List.of();
    private List<MaintenanceSummary> records = List.of();
    private List<SupplierChoice> suppliers = List.of();
    private ItemCost cost;
    private final MaintenanceEntry entry = new MaintenanceEntry();

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        if (idParameter == null) {
            return;
        }
        UiMessages.attempt(() -> show(inventory.find(idParameter)));
    }

    private void show(EquipmentSummary found) {
        item = found;
        history = inventory.history(found.id());
        serialNumber = found.serialNumber();
        schoolUai = found.schoolUai();
        type = found.type();
        brand = found.brand();
        model = found.model();
        room = found.room();
        purchaseDate = found.purchaseDate();
        price = found.price();
        tneAmount = found.tneAmount();
        warrantyEnd = found.warrantyEnd();
        newStatus = found.status();
        statusNote = null;
        licences = costs.deviceLicences(found.id());
        if (currentUser.is("CITY_STAFF") || currentUser.is("ADMIN")) {
            records = maintenance.records(found.id());
            suppliers = maintenance.suppliers(found.id());
            cost = costs.itemCost(found.id());
        }
    }

    /** Records the intervention of the form, or saves the one being changed; the form empties once done. */
    public void saveIntervention() {
        UiMessages.attempt(() -> {
            MaintenanceForm form = entry.form();
            if (entry.getEditing() == null) {
                maintenance.add(item.id(), form);
                EquipmentTexts.BUNDLE.info("maintenance.added");
            } else {
                maintenance.change(item.id(), entry.getEditing(), form);
                EquipmentTexts.BUNDLE.info("maintenance.saved");
            }
            entry.clear();
            show(inventory.find(item.id()));
        });
    }

    /** Puts an intervention in the form to change it. */
    public void editIntervention(MaintenanceSummary record) {
        entry.edit(record);
    }

    public void cancelIntervention() {
        entry.clear();
    }

    public void deleteIntervention(long recordId) {
        UiMessages.attempt(() -> {
            maintenance.delete(item.id(), recordId);
            EquipmentTexts.BUNDLE.info("maintenance.deleted");
            entry.clear();
            show(inventory.find(item.id()));
        });
    }

    public String save() {
        EquipmentForm form = new EquipmentForm(serialNumber, schoolUai, type, brand, model, room, purchaseDate, price,
                tneAmount, warrantyEnd, item == null ? null : item.version());
        return UiMessages.attemptOrNull(() -> {
            if (item == null) {
                EquipmentSummary created = inventory.create(form);
                EquipmentTexts.BUNDLE.info("eq.created", created.serialNumber());
                return "/equipment/item.xhtml?faces-redirect=true&id=" + created.id();
            }
            show(inventory.update(item.id(), form));
            EquipmentTexts.BUNDLE.info("eq.saved", item.serialNumber());
            return null;
        });
    }

    public void changeStatus() {
        UiMessages.attempt(() -> {
            show(inventory.changeStatus(item.id(), newStatus, statusNote));
            EquipmentTexts.BUNDLE.info("eq.statusChanged", item.serialNumber(), EquipmentTexts.BUNDLE.text("eq.status." + item.status()));
        });
    }

    public StreamedContent getLabel() {
        return Downloads.of(inventory.label(item.id()), "application/pdf",
                "etiquette-" + item.serialNumber() + ".pdf");
    }

    public EquipmentSummary getItem() {
        return item;
    }

    public List<EquipmentEventSummary> getHistory() {
        return history;
    }

    public List<DeviceLicence> getLicences() {
        return licences;
    }

    public List<MaintenanceSummary> getRecords() {
        return records;
    }

    public List<SupplierChoice> getSuppliers() {
        return suppliers;
    }

    public ItemCost getCost() {
        return cost;
    }

    public MaintenanceEntry getEntry() {
        return entry;
    }

    /** Today in Paris: the latest day an intervention may have. */
    public LocalDate getToday() {
        return LocalDate.now(Clocks.PARIS);
    }

    public EquipmentType[] getTypes() {
        return EquipmentType.values();
    }

    public EquipmentStatus[] getStatuses() {
        return EquipmentStatus.values();
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public void setSchoolUai(String schoolUai) {
        this.schoolUai = schoolUai;
    }

    public EquipmentType getType() {
        return type;
    }

    public void setType(EquipmentType type) {
        this.type = type;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public BigDecimal getTneAmount() {
        return tneAmount;
    }

    public void setTneAmount(BigDecimal tneAmount) {
        this.tneAmount = tneAmount;
    }

    public LocalDate getWarrantyEnd() {
        return warrantyEnd;
    }

    public void setWarrantyEnd(LocalDate warrantyEnd) {
        this.warrantyEnd = warrantyEnd;
    }

    public EquipmentStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(EquipmentStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public void setStatusNote(String statusNote) {
        this.statusNote = statusNote;
    }
}
