package fr.tandem.equipment.ui;

import fr.tandem.equipment.KitCondition;
import fr.tandem.equipment.Reservation;
import fr.tandem.equipment.boundary.Loans;
import fr.tandem.equipment.model.CheckInForm;
import fr.tandem.equipment.model.KitSummary;
import fr.tandem.equipment.model.LoanDesk;
import fr.tandem.equipment.model.ReservationSummary;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * The managers' loan desk: requests to approve or refuse (with a reason), kits to hand over, kits
 * to take back and late ones; taking a kit back records its condition, missing parts, a note, a
 * photo, and may open a request to the city.
 */
@Named
@ViewScoped
public class LoanDeskView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Loans loans;

    private LoanDesk desk;
    private final Map<Long, String> reasons = new HashMap<>();
    private ReservationSummary returning;
    private List<String> checklist = List.of();
    private boolean returningHasItems;
    private KitCondition condition = KitCondition.GOOD;
    private List<String> missing = new ArrayList<>();
    private String note;
    private boolean openRequest = true;
    private transient Part photo;

    @PostConstruct
    void load() {
        desk = loans.desk();
    }

    public void approve(long id) {
        if (UiMessages.attempt(() -> loans.approve(id))) {
            LoanTexts.BUNDLE.info("loan.approved");
        }
        load();
    }

    public void refuse(long id) {
        if (UiMessages.attempt(() -> loans.refuse(id, reasons.get(id)))) {
            LoanTexts.BUNDLE.info("loan.refused");
            reasons.remove(id);
        }
        load();
    }

    public void checkOut(long id) {
        if (UiMessages.attempt(() -> loans.checkOut(id))) {
            LoanTexts.BUNDLE.info("loan.checkedOut");
        }
        load();
    }

    /** Opens the return form of a kit out. */
    public void startCheckIn(ReservationSummary reservation) {
        returning = reservation;
        KitSummary kit = UiMessages.attemptOrNull(() -> loans.kit(reservation.kitId()));
        checklist = kit == null ? List.of() : kit.checklist();
        returningHasItems = kit != null && !kit.serialNumbers().isEmpty();
        condition = KitCondition.GOOD;
        missing = new ArrayList<>();
        note = null;
        openRequest = returningHasItems;
    }

    public void checkIn() {
        byte[] content = null;
        if (photo != null && photo.getSize() > 0) {
            if (photo.getSize() > Reservation.MAX_PHOTO_BYTES) {
                LoanTexts.BUNDLE.error("loan.photo.tooLarge", Reservation.MAX_PHOTO_BYTES / (1024 * 1024));
                return;
            }
            try (InputStream in = photo.getInputStream()) {
                content = in.readNBytes(Reservation.MAX_PHOTO_BYTES + 1);
            } catch (IOException unreadable) {
                LoanTexts.BUNDLE.error("loan.photo.tooLarge", Reservation.MAX_PHOTO_BYTES / (1024 * 1024));
                return;
            }
        }
        byte[] sent = content;
        if (UiMessages.attempt(() -> loans.checkIn(returning.id(), new CheckInForm(condition, missing, note, openRequest),
                sent))) {
            LoanTexts.BUNDLE.info("loan.checkedIn");
            returning = null;
        }
        load();
    }

    /** Every reservation of the pools one manages, as CSV. */
    public StreamedContent getCsv() {
        return Downloads.of(loans.exportCsv(), "text/csv; charset=UTF-8", "prets.csv");
    }

    public LoanDesk getDesk() {
        return desk;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public ReservationSummary getReturning() {
        return returning;
    }

    /** Whether the kit being returned has inventoried items (a request can be opened on the first). */
    public boolean isReturningHasItems() {
        return returningHasItems;
    }

    public List<String> getChecklist() {
        return checklist;
    }

    public KitCondition[] getConditions() {
        return KitCondition.values();
    }

    public KitCondition getCondition() {
        return condition;
    }

    public void setCondition(KitCondition condition) {
        this.condition = condition;
    }

    public List<String> getMissing() {
        return missing;
    }

    public void setMissing(List<String> missing) {
        this.missing = missing;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isOpenRequest() {
        return openRequest;
    }

    public void setOpenRequest(boolean openRequest) {
        this.openRequest = openRequest;
    }

    public Part getPhoto() {
        return photo;
    }

    public void setPhoto(Part photo) {
        this.photo = photo;
    }
}
