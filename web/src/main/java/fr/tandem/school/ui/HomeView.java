package fr.tandem.school.ui;

import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.SchoolQuery;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The figures the home page shows next to what each role should do next. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    Schools schools;

    private long schoolCount;
    private int circonscriptionCount;

    @PostConstruct
    void init() {
        schoolCount = schools.search(SchoolQuery.firstPage(1)).total();
        List<CirconscriptionSummary> circonscriptions = schools.circonscriptions();
        circonscriptionCount = circonscriptions.size();
    }

    public long getSchoolCount() {
        return schoolCount;
    }

    public int getCirconscriptionCount() {
        return circonscriptionCount;
    }
}
