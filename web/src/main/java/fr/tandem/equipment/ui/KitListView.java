package fr.tandem.equipment.ui;

import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.LoanApproval;
import fr.tandem.equipment.boundary.Loans;
import fr.tandem.equipment.model.KitForm;
import fr.tandem.equipment.model.KitSummary;
import fr.tandem.equipment.model.PoolForm;
import fr.tandem.equipment.model.PoolSummary;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The kits one may reserve, by pool; for the pools' managers (city staff, a head teacher for their
 * school's pool), the forms to create a pool and a kit.
 */
@Named
@ViewScoped
public class KitListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Loans loans;

    private List<KitSummary> kits = List.of();
    private List<PoolSummary> pools = List.of();
    private String poolName;
    private String poolSchool;
    private LoanApproval approval = LoanApproval.STAFF;
    private Integer maxDays = 14;
    private boolean remindLate = true;
    private String kitName;
    private EquipmentType kitType = EquipmentType.MOBILE_TABLET_SET;
    private Long kitPool;
    private String serials;
    private String checklist;

    @PostConstruct
    void load() {
        kits = loans.kits();
        pools = loans.pools();
    }

    public void createPool() {
        PoolSummary created = UiMessages.attemptOrNull(() -> loans.createPool(new PoolForm(poolName, poolSchool, approval,
                maxDays, remindLate)));
        if (created != null) {
            LoanTexts.BUNDLE.info("loan.pool.created", created.name());
            poolName = null;
            poolSchool = null;
            load();
        }
    }

    public void createKit() {
        List<String> serialNumbers = serials == null ? List.of()
                : Arrays.stream(serials.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
        KitSummary created = UiMessages.attemptOrNull(() -> loans.createKit(new KitForm(kitName, kitType, kitPool,
                serialNumbers, checklist)));
        if (created != null) {
            LoanTexts.BUNDLE.info("loan.kit.created", created.name());
            kitName = null;
            serials = null;
            checklist = null;
            load();
        }
    }

    public List<KitSummary> getKits() {
        return kits;
    }

    public List<PoolSummary> getPools() {
        return pools;
    }

    /** The pools the caller manages (where they may add a kit). */
    public List<PoolSummary> getManagedPools() {
        return pools.stream().filter(PoolSummary::managed).toList();
    }

    public LoanApproval[] getApprovals() {
        return LoanApproval.values();
    }

    public EquipmentType[] getTypes() {
        return EquipmentType.values();
    }

    public String getPoolName() {
        return poolName;
    }

    public void setPoolName(String poolName) {
        this.poolName = poolName;
    }

    public String getPoolSchool() {
        return poolSchool;
    }

    public void setPoolSchool(String poolSchool) {
        this.poolSchool = poolSchool;
    }

    public LoanApproval getApproval() {
        return approval;
    }

    public void setApproval(LoanApproval approval) {
        this.approval = approval;
    }

    public Integer getMaxDays() {
        return maxDays;
    }

    public void setMaxDays(Integer maxDays) {
        this.maxDays = maxDays;
    }

    public boolean isRemindLate() {
        return remindLate;
    }

    public void setRemindLate(boolean remindLate) {
        this.remindLate = remindLate;
    }

    public String getKitName() {
        return kitName;
    }

    public void setKitName(String kitName) {
        this.kitName = kitName;
    }

    public EquipmentType getKitType() {
        return kitType;
    }

    public void setKitType(EquipmentType kitType) {
        this.kitType = kitType;
    }

    public Long getKitPool() {
        return kitPool;
    }

    public void setKitPool(Long kitPool) {
        this.kitPool = kitPool;
    }

    public String getSerials() {
        return serials;
    }

    public void setSerials(String serials) {
        this.serials = serials;
    }

    public String getChecklist() {
        return checklist;
    }

    public void setChecklist(String checklist) {
        this.checklist = checklist;
    }
}
