package fr.tandem.support.ui;

import fr.tandem.support.boundary.TrainingNeeds;
import fr.tandem.support.model.TrainingNeed;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The training needs the city passed to the inspector's circonscription. */
@Named
@ViewScoped
public class TrainingNeedsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TrainingNeeds needs;

    private List<TrainingNeed> list;

    @PostConstruct
    void init() {
        list = needs.ofMyCirconscription();
    }

    public List<TrainingNeed> getList() {
        return list;
    }
}
