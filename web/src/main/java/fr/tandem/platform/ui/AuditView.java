package fr.tandem.platform.ui;

import fr.tandem.platform.audit.AuditEntry;
import fr.tandem.platform.audit.AuditTrail;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.LazyDataModel;

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
    private final LazyDataModel<AuditEntry> model = new PagedDataModel<>(this::getTotal,
            (sort, first, size) -> getTotal() == 0 ? List.of() : trail.items(type, entityId, username, from, to, first, size),
            entry -> Long.toString(entry.id()));

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

    /**
     * How many events match, counted once per search: the line above the table and the table's
     * pager share it, and each page is then one select. Filters the trail refuses (a period that
     * ends before it starts) say why and match nothing.
     */
    public long getTotal() {
        if (total == null) {
            Long counted = UiMessages.attemptOrNull(() -> trail.count(type, entityId, username, from, to));
            total = counted == null ? 0L : counted;
        }
        return total;
    }

    /** The line above the table: the number of matching events, or "more than 1 000" beyond the counted bound. */
    public String getTotalText() {
        return ListTotal.text(getTotal());
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
