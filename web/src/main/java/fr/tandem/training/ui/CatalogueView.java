package fr.tandem.training.ui;

import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.PagedDataModel;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.training.OfferCategory;
import fr.tandem.training.boundary.Bookings;
import fr.tandem.training.model.CatalogueQuery;
import fr.tandem.training.model.HoursSummary;
import fr.tandem.training.model.TrainingYearSummary;
import fr.tandem.training.model.SessionSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Components;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * The teachers' training page: their hours of the year, what they may book (filtered by words,
 * category, equipment type taught and date, filters cleared in one step), one click to book, cancelling after the page's
 * confirmation with an undo, and their own bookings.
 */
@Named
@ViewScoped
public class CatalogueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Bookings bookings;

    private final LazyDataModel<SessionSummary> catalogue = new PagedDataModel<>(
            () -> bookings.catalogueCount(query(0, 1)), (sort, first, size) -> bookings.catalogueItems(query(first, size)),
            session -> Long.toString(session.sessionId()));
    private List<SessionSummary> mine;
    private HoursSummary hours;
    private List<TrainingYearSummary> years;
    private String words;
    private OfferCategory categoryFilter;
    private EquipmentType equipmentTypeFilter;
    private LocalDate from;
    private final BookingSteps steps = new BookingSteps();

    @PostConstruct
    void load() {
        mine = bookings.mine();
        hours = bookings.myHours();
        years = bookings.myYears();
    }

    private CatalogueQuery query(int first, int size) {
        return new CatalogueQuery(words, categoryFilter, equipmentTypeFilter, from, first, size);
    }

    /** A filter changed: back to the first page of the catalogue. */
    public void filterChanged() {
        DataTable table = Components.findComponent("catalogue");
        if (table != null) {
            table.setFirst(0);
        }
    }

    /** Whether a filter narrows the catalogue (then an empty catalogue offers to clear them). */
    public boolean isFiltered() {
        return (words != null && !words.isBlank()) || categoryFilter != null || equipmentTypeFilter != null
                || from != null;
    }

    /** Clears every filter: the whole catalogue again, from its first page. */
    public void clearFilters() {
        words = null;
        categoryFilter = null;
        equipmentTypeFilter = null;
        from = null;
        filterChanged();
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

    /** The teacher's school years, the current one first, each with its quotité, hours due and done. */
    public List<TrainingYearSummary> getYears() {
        return years;
    }

    public void book(long sessionId) {
        steps.book(bookings, sessionId);
        load();
    }

    /** The label of the button that books every date of a set taken together. */
    public String bookSetLabel(SessionSummary session) {
        return BookingSteps.bookSetLabel(session);
    }

    public void cancel(long sessionId) {
        steps.cancel(bookings, sessionId);
        load();
    }

    /** Books again the session whose booking was just cancelled, if the booking rule allows it. */
    public void undo() {
        steps.undo(bookings);
        load();
    }

    public boolean isUndoable() {
        return steps.isUndoable();
    }

    public String getUndoableTitle() {
        return steps.undoableTitle();
    }

    public boolean isUndoableWasWaitlist() {
        return steps.undoableWasWaitlist();
    }

    /** The sessions that match the filters (words of the title, topic or place; the category; from a day on), a page at a time. */
    public LazyDataModel<SessionSummary> getCatalogue() {
        return catalogue;
    }

    public EquipmentType[] getEquipmentTypes() {
        return EquipmentType.values();
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

    public EquipmentType getEquipmentTypeFilter() {
        return equipmentTypeFilter;
    }

    public void setEquipmentTypeFilter(EquipmentType equipmentTypeFilter) {
        this.equipmentTypeFilter = equipmentTypeFilter;
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

    /** The booking steps, for the reason a late cancellation asks. */
    public BookingSteps getSteps() {
        return steps;
    }
}
