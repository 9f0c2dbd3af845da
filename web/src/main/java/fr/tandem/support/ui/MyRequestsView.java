package fr.tandem.support.ui;

import fr.tandem.support.boundary.SupportRequests;
import fr.tandem.support.model.RequestSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My requests": what the teacher asked for (a head teacher: the whole school's), newest first. */
@Named
@ViewScoped
public class MyRequestsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient SupportRequests requests;

    private List<RequestSummary> list;

    @PostConstruct
    void init() {
        list = requests.mine();
    }

    public List<RequestSummary> getList() {
        return list;
    }
}
