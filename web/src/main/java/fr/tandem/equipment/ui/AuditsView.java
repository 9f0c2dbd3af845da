package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.EquipmentAudits;
import fr.tandem.equipment.model.AuditForm;
import fr.tandem.equipment.model.AuditSummary;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit campaigns of the city (city staff, admin): each with its progress, and the form to open
 * one over every school of the city or the schools chosen.
 */
@Named
@ViewScoped
public class AuditsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient EquipmentAudits audits;

    private List<AuditSummary> campaigns = List.of();
    private String name;
    private LocalDate dueDate;
    private List<String> schoolUais = new ArrayList<>();

    @PostConstruct
    void load() {
        campaigns = audits.list();
    }

    public String open() {
        return UiMessages.attemptOrNull(() -> {
            AuditSummary opened = audits.open(new AuditForm(name, dueDate, schoolUais));
            EquipmentTexts.BUNDLE.info("eq.audit.opened", opened.name(), opened.expected());
            return "/equipment/audit.xhtml?faces-redirect=true&id=" + opened.id();
        });
    }

    public List<AuditSummary> getCampaigns() {
        return campaigns;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public List<String> getSchoolUais() {
        return schoolUais;
    }

    public void setSchoolUais(List<String> schoolUais) {
        this.schoolUais = schoolUais == null ? new ArrayList<>() : schoolUais;
    }
}
