package fr.tandem.dashboard.ui;

import fr.tandem.dashboard.boundary.HomeWork;
import fr.tandem.dashboard.model.AdminWork;
import fr.tandem.dashboard.model.CityWork;
import fr.tandem.dashboard.model.HomeList;
import fr.tandem.dashboard.model.InspectorWork;
import fr.tandem.dashboard.model.MyHome;
import fr.tandem.dashboard.model.SchoolWork;
import fr.tandem.dashboard.model.TeacherWork;
import fr.tandem.people.ui.CurrentUser;
import fr.tandem.training.model.SessionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: the work waiting for each of the person's roles, read once per request. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    HomeWork work;

    @Inject
    CurrentUser currentUser;

    private TeacherWork teacher;
    private SchoolWork school;
    private InspectorWork inspector;
    private CityWork city;
    private AdminWork admin;
    private HomeList<SessionSummary> sessionsToRun;

    @PostConstruct
    void init() {
        if (onlyCouncillor()) {
            return;
        }
        MyHome home = work.mine();
        teacher = home.teacher();
        school = home.school();
        inspector = home.inspector();
        city = home.city();
        admin = home.admin();
        sessionsToRun = home.sessionsToRun();
    }

    /** The councillor's work is the dashboard: the home page sends them there. */
    public String landing() {
        return onlyCouncillor() ? "/dashboard?faces-redirect=true" : null;
    }

    private boolean onlyCouncillor() {
        return currentUser.is("COUNCILLOR") && !currentUser.is("ADMIN") && !currentUser.is("CITY_STAFF")
                && !currentUser.is("INSPECTOR") && !currentUser.is("TEACHER");
    }

    /** A session's fill rate in whole percent (confirmed seats out of its capacity). */
    public int fill(SessionSummary session) {
        return session.capacity() <= 0 ? 0 : (int) Math.min(100, Math.round(session.confirmed() * 100.0 / session.capacity()));
    }

    public TeacherWork getTeacher() {
        return teacher;
    }

    public SchoolWork getSchool() {
        return school;
    }

    public InspectorWork getInspector() {
        return inspector;
    }

    public CityWork getCity() {
        return city;
    }

    public AdminWork getAdmin() {
        return admin;
    }

    public HomeList<SessionSummary> getSessionsToRun() {
        return sessionsToRun;
    }
}
