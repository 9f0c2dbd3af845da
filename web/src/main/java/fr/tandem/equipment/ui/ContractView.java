package fr.tandem.equipment.ui;

import fr.tandem.equipment.ContractKind;
import fr.tandem.equipment.boundary.Contracts;
import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.ContractForm;
import fr.tandem.equipment.model.ContractSummary;
import fr.tandem.equipment.model.EquipmentQuery;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.equipment.model.ItemBrief;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.SupplierSummary;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One contract for city staff: its terms, the items it covers (picked by school and serial number
 * among the city's equipment, removed one by one), saved together; deleting it.
 */
@Named
@ViewScoped
public class ContractView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The most items one search of the picker shows. */
    private static final int PICKED = 50;

    @EJB
    transient Contracts contracts;

    @EJB
    transient EquipmentInventory inventory;

    @EJB
    transient Licences licences;

    private Long idParameter;
    private ContractSummary contract;
    private List<SupplierSummary> suppliers = List.of();
    private Long supplierId;
    private String reference;
    private ContractKind kind = ContractKind.MAINTENANCE;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal yearlyCost;
    private Integer noticeDays = 0;
    private String note;
    private boolean tacitRenewal;
    private List<ItemBrief> items = new ArrayList<>();
    private String pickSchool;
    private String pickText;
    private List<EquipmentSummary> found = List.of();

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        suppliers = licences.suppliers();
        if (idParameter != null) {
            UiMessages.attempt(() -> show(contracts.find(idParameter)));
        }
    }

    private void show(ContractSummary shown) {
        contract = shown;
        supplierId = shown.supplierId();
        reference = shown.reference();
        kind = shown.kind();
        startsOn = shown.startsOn();
        endsOn = shown.endsOn();
        yearlyCost = shown.yearlyCost();
        noticeDays = shown.noticeDays();
        note = shown.note();
        tacitRenewal = shown.tacitRenewal();
        items = new ArrayList<>(shown.items());
    }

    public String save() {
        ContractForm form = new ContractForm(supplierId, reference, kind, startsOn, endsOn, yearlyCost, noticeDays, note,
                tacitRenewal, items.stream().map(ItemBrief::id).toList(), contract == null ? null : contract.version());
        return UiMessages.attemptOrNull(() -> {
            if (contract == null) {
                ContractSummary created = contracts.create(form);
                EquipmentTexts.BUNDLE.info("ct.created", created.reference());
                return "/equipment/contract.xhtml?faces-redirect=true&id=" + created.id();
            }
            show(contracts.update(contract.id(), form));
            EquipmentTexts.BUNDLE.info("ct.saved", contract.reference());
            return null;
        });
    }

    public String delete() {
        return UiMessages.attemptOrNull(() -> {
            contracts.delete(contract.id());
            EquipmentTexts.BUNDLE.info("ct.deleted", contract.reference());
            return "/equipment/contracts.xhtml?faces-redirect=true";
        });
    }

    /** Looks for items of the city by school and words of their serial number, brand, model or room. */
    public void pick() {
        UiMessages.attempt(() -> found = inventory.items(new EquipmentQuery(pickText, pickSchool, null, null,
                "serialNumber", true, 0, PICKED)));
    }

    /** Adds a found item to the items covered (saved with the contract). */
    public void add(EquipmentSummary item) {
        if (items.stream().noneMatch(i -> i.id() == item.id())) {
            items.add(new ItemBrief(item.id(), item.serialNumber(), item.schoolUai(), item.schoolName(), item.type(),
                    item.brand(), item.warrantyEnd()));
        }
    }

    /** Adds every item found. */
    public void addAll() {
        found.forEach(this::add);
    }

    public void remove(long itemId) {
        items.removeIf(i -> i.id() == itemId);
    }

    public ContractSummary getContract() {
        return contract;
    }

    public ContractKind[] getKinds() {
        return ContractKind.values();
    }

    public List<SupplierSummary> getSuppliers() {
        return suppliers;
    }

    public List<ItemBrief> getItems() {
        return items;
    }

    public List<EquipmentSummary> getFound() {
        return found;
    }

    public Long getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(Long idParameter) {
        this.idParameter = idParameter;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public ContractKind getKind() {
        return kind;
    }

    public void setKind(ContractKind kind) {
        this.kind = kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public BigDecimal getYearlyCost() {
        return yearlyCost;
    }

    public void setYearlyCost(BigDecimal yearlyCost) {
        this.yearlyCost = yearlyCost;
    }

    public Integer getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(Integer noticeDays) {
        this.noticeDays = noticeDays;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isTacitRenewal() {
        return tacitRenewal;
    }

    public void setTacitRenewal(boolean tacitRenewal) {
        this.tacitRenewal = tacitRenewal;
    }

    public String getPickSchool() {
        return pickSchool;
    }

    public void setPickSchool(String pickSchool) {
        this.pickSchool = pickSchool;
    }

    public String getPickText() {
        return pickText;
    }

    public void setPickText(String pickText) {
        this.pickText = pickText;
    }
}
