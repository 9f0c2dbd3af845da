package fr.tandem.training.ui;

import fr.tandem.training.boundary.ReplacementPlanning;
import fr.tandem.training.model.StaffAbsence;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** A head teacher's page of the teachers of their school away for sessions held on class time. */
@Named
@RequestScoped
public class SchoolAbsencesView {

    @EJB
    ReplacementPlanning planning;

    private List<StaffAbsence> absences;

    public List<StaffAbsence> getAbsences() {
        if (absences == null) {
            absences = planning.schoolAbsences();
        }
        return absences;
    }
}
