package fr.tandem.training.ui;

import fr.tandem.training.boundary.TrainerSessions;
import fr.tandem.training.model.SessionsToRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** The trainer's list of sessions to run ({@code /training/run.xhtml}): those to come, then those over. */
@Named
@RequestScoped
public class RunView {

    @EJB
    TrainerSessions trainerSessions;

    private SessionsToRun sessions = new SessionsToRun(List.of(), List.of());

    @PostConstruct
    void load() {
        sessions = trainerSessions.mine();
    }

    public SessionsToRun getSessions() {
        return sessions;
    }
}
