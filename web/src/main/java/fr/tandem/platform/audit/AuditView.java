package fr.tandem.platform.audit;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The admins' page of the audit trail: filters and a lazy table, newest first. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditTrail trail;

    private String type;
    private String entityId;
    private String username;
    private LocalDate from;
    private LocalDate to;
    private Long total;
    private List<String> types;
    private final LazyDataModel<AuditEntry> model = new AuditModel();

    /** Feeds the data table one page at a time. */
    private final class AuditModel extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            AuditPage page = page(first, pageSize);
            total = page.total();
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return Long.toString(entry.id());
        }
    }

    private AuditPage page(int first, int size) {
        try {
            return trail.search(type, entityId, username, from, to, first, size);
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
            return new AuditPage(0, List.of());
        }
    }

    public List<String> getTypes() {
        if (types == null) {
            types = trail.types();
        }
        return types;
    }

    public LazyDataModel<AuditEntry> getModel() {
        return model;
    }

    /** Applies the filters: the count is taken afresh (it is drawn before the table reloads). */
    public void search() {
        total = null;
    }

    /** How many events match (counted when the page is first drawn, then by each page load). */
    public long getTotal() {
        if (total == null) {
            total = page(0, 1).total();
        }
        return total;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
