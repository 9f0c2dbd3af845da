package fr.tandem.licence.ui;

import fr.tandem.licence.boundary.MyLicences;
import fr.tandem.licence.model.AssignmentSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** What schools see of licences: the head teacher's school, the teacher's own, with access instructions. */
@Named
@ViewScoped
public class MyLicencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient MyLicences licences;

    private List<AssignmentSummary> school = List.of();
    private List<AssignmentSummary> mine = List.of();

    @PostConstruct
    void load() {
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("HEAD_TEACHER")) {
            school = licences.schoolAssignments();
        }
        if (FacesContext.getCurrentInstance().getExternalContext().isUserInRole("TEACHER")) {
            mine = licences.mine();
        }
    }

    public List<AssignmentSummary> getSchool() {
        return school;
    }

    public List<AssignmentSummary> getMine() {
        return mine;
    }
}
