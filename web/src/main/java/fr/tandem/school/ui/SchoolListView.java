package fr.tandem.school.ui;

import fr.tandem.platform.ui.ListTotal;
import fr.tandem.platform.ui.PagedDataModel;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.SchoolQuery;
import fr.tandem.school.model.SchoolSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The school list: paged, sorted and filtered by the database as the person types. */
@Named
@ViewScoped
public class SchoolListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Schools schools;

    private String text;
    private String circonscription;
    private SchoolKind kind;
    private PriorityEducation priority;
    private SchoolState state;
    private long total = -1;
    private List<CirconscriptionSummary> circonscriptions;
    private final LazyDataModel<SchoolSummary> model = new PagedDataModel<>(this::getTotal,
            (sort, first, size) -> getTotal() == 0 ? List.of() : schools.items(query(sort, first, size)),
            SchoolSummary::uai, uai -> schools.find(uai));

    private boolean wholeBase;

    @PostConstruct
    void init() {
        circonscriptions = schools.circonscriptionsOfMyTerritory();
    }

    /** The circonscription choices widened to the whole database, or back to the person's territory. */
    public void territoryChanged() {
        circonscriptions = wholeBase ? schools.circonscriptions() : schools.circonscriptionsOfMyTerritory();
        if (!wholeBase && circonscription != null
                && circonscriptions.stream().noneMatch(c -> c.code().equals(circonscription))) {
            circonscription = null;
        }
        filterChanged();
    }

    public boolean isWholeBase() {
        return wholeBase;
    }

    public void setWholeBase(boolean wholeBase) {
        this.wholeBase = wholeBase;
    }

    private SchoolQuery query(SortMeta sort, int first, int size) {
        String field = sort == null ? "name" : sort.getField();
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return new SchoolQuery(text, circonscription, kind, priority, state, field, ascending, first, size);
    }

    public LazyDataModel<SchoolSummary> getModel() {
        return model;
    }

    /**
     * The number of matching schools, counted once per filter: the line above the table and the
     * table's pager share it, and each page is then one select.
     */
    public long getTotal() {
        if (total < 0) {
            total = schools.count(query(null, 0, 1));
        }
        return total;
    }

    /** The line above the table: the number of matching schools, or "more than 1 000" beyond the counted bound. */
    public String getTotalText() {
        return ListTotal.text(getTotal());
    }

    /**
     * A filter changed: back to the first page, and count again (the count above the table is
     * rendered before the table loads its page).
     */
    public void filterChanged() {
        total = -1;
        org.primefaces.component.datatable.DataTable table = org.omnifaces.util.Components.findComponent("schools");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public List<CirconscriptionSummary> getCirconscriptions() {
        return circonscriptions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCirconscription() {
        return circonscription;
    }

    public void setCirconscription(String circonscription) {
        this.circonscription = circonscription;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public void setKind(SchoolKind kind) {
        this.kind = kind;
    }

    public PriorityEducation getPriority() {
        return priority;
    }

    public void setPriority(PriorityEducation priority) {
        this.priority = priority;
    }

    public SchoolState getState() {
        return state;
    }

    public void setState(SchoolState state) {
        this.state = state;
    }
}
