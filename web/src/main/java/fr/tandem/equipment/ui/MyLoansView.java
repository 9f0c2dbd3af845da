package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.Loans;
import fr.tandem.equipment.model.ReservationSummary;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A teacher's or head teacher's reservations, newest first, each cancellable until the kit is handed over. */
@Named
@ViewScoped
public class MyLoansView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Loans loans;

    private List<ReservationSummary> mine = List.of();

    @PostConstruct
    void load() {
        mine = loans.mine();
    }

    public void cancel(long id) {
        if (UiMessages.attempt(() -> loans.cancel(id))) {
            LoanTexts.BUNDLE.info("loan.cancelled");
        }
        load();
    }

    public List<ReservationSummary> getMine() {
        return mine;
    }
}
