package fr.tandem.equipment.ui;

import fr.tandem.equipment.ContractKind;
import fr.tandem.equipment.boundary.Contracts;
import fr.tandem.equipment.boundary.EquipmentAlerts;
import fr.tandem.equipment.model.ContractQuery;
import fr.tandem.equipment.model.ContractSummary;
import fr.tandem.equipment.model.EquipmentNotice;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.SupplierSummary;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * City staff's contracts page: the contracts of their city, filtered, exported; the equipment
 * notices (warranties ending, contracts' notice deadlines and ends) with "mark as read".
 */
@Named
@ViewScoped
public class ContractsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @EJB
    transient Contracts contracts;

    @EJB
    transient EquipmentAlerts alerts;

    @EJB
    transient Licences licences;

    private String text;
    private ContractKind kind;
    private Long supplierId;
    private Integer endingWithin;
    private List<ContractSummary> list = List.of();
    private List<SupplierSummary> suppliers = List.of();
    private List<EquipmentNotice> notices = List.of();

    @PostConstruct
    void load() {
        suppliers = licences.suppliers();
        notices = alerts.notices();
        search();
    }

    /** Applies the filters. */
    public void search() {
        UiMessages.attempt(() -> list = contracts.list(query()));
    }

    public void markRead(long id) {
        UiMessages.attempt(() -> alerts.markRead(id));
        notices = alerts.notices();
    }

    public StreamedContent getExport() {
        return Downloads.of(contracts.csv(query()), "text/csv; charset=UTF-8", "contrats.csv");
    }

    /** The text of a notice in the reader's language. */
    public String noticeText(EquipmentNotice notice) {
        return EquipmentTexts.BUNDLE.text("ct.notices." + notice.topic(), notice.label(),
                notice.dueOn() == null ? "" : notice.dueOn().format(DAY), notice.stageDays());
    }

    private ContractQuery query() {
        return new ContractQuery(text, kind, supplierId, endingWithin);
    }

    public ContractKind[] getKinds() {
        return ContractKind.values();
    }

    public List<ContractSummary> getList() {
        return list;
    }

    public List<SupplierSummary> getSuppliers() {
        return suppliers;
    }

    public List<EquipmentNotice> getNotices() {
        return notices;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ContractKind getKind() {
        return kind;
    }

    public void setKind(ContractKind kind) {
        this.kind = kind;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public Integer getEndingWithin() {
        return endingWithin;
    }

    public void setEndingWithin(Integer endingWithin) {
        this.endingWithin = endingWithin;
    }
}
