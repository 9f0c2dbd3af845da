package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.boundary.HoursSummary;
import fr.tandem.training.boundary.SessionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import java.util.List;

/** The teachers' training page: what they may book, one click to book or cancel, and their own bookings. */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Bookings bookings;

    private List<SessionSummary> catalogue;
    private List<SessionSummary> mine;
    private HoursSummary hours;

    @PostConstruct
    void load() {
        catalogue = bookings.catalogue();
        mine = bookings.mine();
        hours = bookings.myHours();
    }

    /** The teacher's attestation, as a PDF download. */
    public StreamedContent getAttestation() {
        return Downloads.of(bookings.myAttestation(), "application/pdf", "attestation-formation.pdf");
    }

    public HoursSummary getHours() {
        return hours;
    }

    public void book(long sessionId) {
        try {
            SessionSummary session = bookings.book(sessionId);
            if (session.myStatus() == BookingStatus.CONFIRMED) {
                UiMessages.info("training.booked", session.title());
            } else {
                UiMessages.info("training.waitlisted", session.title(), session.myWaitlistPosition());
            }
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    public void cancel(long sessionId) {
        try {
            UiMessages.info("training.cancelled", bookings.cancel(sessionId).title());
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
        load();
    }

    public List<SessionSummary> getCatalogue() {
        return catalogue;
    }

    public List<SessionSummary> getMine() {
        return mine;
    }
}
