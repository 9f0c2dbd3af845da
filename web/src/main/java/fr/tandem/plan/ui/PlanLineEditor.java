package fr.tandem.plan.ui;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.Programme;
import fr.tandem.plan.boundary.DigitalPlans;
import fr.tandem.plan.model.LineForm;
import fr.tandem.plan.model.LineSummary;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.primefaces.PrimeFaces;

/** The plan page's line dialog: adds a line or changes one, and deletes a line still planned. */
@Named
@ViewScoped
public class PlanLineEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DigitalPlans plans;

    @Inject
    PlanView page;

    private Long lineId;
    private Long version;
    private String schoolUai;
    private Integer schoolYear;
    private PlanLineKind kind = PlanLineKind.EQUIPMENT;
    private EquipmentType equipmentType;
    private String label;
    private Integer quantity;
    private BigDecimal unitCost;
    private Programme programme = Programme.TNE;
    private BigDecimal grantRate;

    /** An empty dialog, for the school of a school's view. */
    public void startNew() {
        lineId = null;
        version = null;
        schoolUai = page.getSchool();
        schoolYear = page.getPlan().firstYear();
        kind = PlanLineKind.EQUIPMENT;
        equipmentType = null;
        label = null;
        quantity = 1;
        unitCost = null;
        programme = Programme.TNE;
        grantRate = null;
    }

    public void edit(LineSummary line) {
        lineId = line.id();
        version = line.version();
        schoolUai = line.schoolUai();
        schoolYear = line.schoolYear();
        kind = line.kind();
        equipmentType = line.equipmentType();
        label = line.label();
        quantity = line.quantity();
        unitCost = line.unitCost();
        programme = line.programme();
        grantRate = line.grantRate();
    }

    public void save() {
        LineForm form = new LineForm(schoolUai, schoolYear, kind, kind == PlanLineKind.LICENCE ? null : equipmentType,
                label, quantity, unitCost, programme, grantRate, version);
        boolean saved = UiMessages.attempt(() -> {
            if (lineId == null) {
                plans.addLine(page.getId(), form);
            } else {
                plans.updateLine(page.getId(), lineId, form);
            }
        });
        if (saved) {
            page.reload();
            PlanTexts.BUNDLE.info(lineId == null ? "plan.line.added" : "plan.line.saved");
            PrimeFaces.current().executeScript("PF('lineDialog').hide()");
        }
    }

    public void delete(LineSummary line) {
        if (UiMessages.attempt(() -> plans.deleteLine(page.getId(), line.id()))) {
            page.reload();
            PlanTexts.BUNDLE.info("plan.line.deleted");
        }
    }

    public boolean isEditing() {
        return lineId != null;
    }

    public EquipmentType[] getTypes() {
        return EquipmentType.values();
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public void setSchoolUai(String schoolUai) {
        this.schoolUai = schoolUai;
    }

    public Integer getSchoolYear() {
        return schoolYear;
    }

    public void setSchoolYear(Integer schoolYear) {
        this.schoolYear = schoolYear;
    }

    public PlanLineKind getKind() {
        return kind;
    }

    public void setKind(PlanLineKind kind) {
        this.kind = kind;
    }

    public EquipmentType getEquipmentType() {
        return equipmentType;
    }

    public void setEquipmentType(EquipmentType equipmentType) {
        this.equipmentType = equipmentType;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public BigDecimal getGrantRate() {
        return grantRate;
    }

    public void setGrantRate(BigDecimal grantRate) {
        this.grantRate = grantRate;
    }
}
