package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.model.CatalogueQuery;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.SessionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The teachers' training page: their hours of the year, what they may book (filtered by words,
 * category and date), one click to book or cancel, and their own bookings.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Bookings bookings;

    private final LazyDataModel<SessionSummary> catalogue = new CatalogueModel();
    private List<SessionSummary> mine;
    private HoursSummary hours;
    private String words;
    private OfferCategory categoryFilter;
    private LocalDate from;

    @PostConstruct
    void load() {
        mine = bookings.mine();
        hours = bookings.myHours();
    }

    /** Feeds the catalogue table one page at a time, searched and filtered by the database. */
    private final class CatalogueModel extends LazyDataModel<SessionSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, bookings.catalogueCount(query(0, 1)));
        }

        @Override
        public List<SessionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return bookings.catalogueItems(query(first, pageSize));
        }

        @Override
        public String getRowKey(SessionSummary session) {
            return Long.toString(session.sessionId());
        }
    }

    private CatalogueQuery query(int first, int size) {
        return new CatalogueQuery(words, categoryFilter, from, first, size);
    }

    /** A filter changed: back to the first page of the catalogue. */
    public void filterChanged() {
        DataTable table = Components.findComponent("catalogue");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** The teacher's attestation, as a PDF download. */
    public StreamedContent getAttestation() {
        return Downloads.of(bookings.myAttestation(), "application/pdf", "attestation-formation.pdf");
    }

    /** The teacher's follow-up sheet of the 18 hours, as a PDF download. */
    public StreamedContent getFollowUpSheet() {
        return Downloads.of(bookings.myFollowUpSheet(), "application/pdf", "fiche-de-suivi.pdf");
    }

    public HoursSummary getHours() {
        return hours;
    }

    public void book(long sessionId) {
        try {
            SessionSummary session = bookings.book(sessionId);
            if (session.myStatus() == BookingStatus.CONFIRMED) {
                UiMessages.info("training.booked", session.title());
            } else if (session.myStatus() == BookingStatus.PENDING) {
                UiMessages.info("training.requested", session.title());
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

    /** The sessions that match the filters (words of the title, topic or place; the category; from a day on), a page at a time. */
    public LazyDataModel<SessionSummary> getCatalogue() {
        return catalogue;
    }

    public OfferCategory[] getCategories() {
        return OfferCategory.values();
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public OfferCategory getCategoryFilter() {
        return categoryFilter;
    }

    public void setCategoryFilter(OfferCategory categoryFilter) {
        this.categoryFilter = categoryFilter;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public List<SessionSummary> getMine() {
        return mine;
    }
}
