package fr.tandem.training.ui;

import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.boundary.CheckIns;
import fr.tandem.training.model.TrainerEnrolment;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The page a teacher's phone opens from the trainer's QR code ({@code /training/check-in.xhtml?session=&code=}):
 * it checks the teacher in at once and says so, or says plainly why not.
 */
@Named
@RequestScoped
public class CheckInView {

    @EJB
    CheckIns checkIns;

    private Long session;
    private String code;
    private TrainerEnrolment done;
    private String refusal;

    /** Checks the teacher in with the address's session and code. */
    public void checkIn() {
        try {
            if (session == null) {
                throw new NotFound("session.notFound");
            }
            done = checkIns.checkIn(session, code);
        } catch (RuleViolation refused) {
            refusal = refused.messageIn(UiMessages.locale());
        }
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TrainerEnrolment getDone() {
        return done;
    }

    public String getRefusal() {
        return refusal;
    }
}
