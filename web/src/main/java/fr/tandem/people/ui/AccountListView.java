package fr.tandem.people.ui;

import fr.tandem.people.Role;
import fr.tandem.people.boundary.Accounts;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.platform.ui.PagedDataModel;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** The admin's list of accounts: search, filter by role, deactivate and reactivate. */
@Named
@ViewScoped
public class AccountListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Accounts accounts;

    private String text;
    private Role role;
    private boolean includeInactive;
    private long total = -1;
    private final LazyDataModel<AccountSummary> model = new PagedDataModel<>(this::getTotal,
            (sort, first, size) -> getTotal() == 0 ? List.of() : accounts.items(text, role, includeInactive, first, size),
            AccountSummary::username, username -> accounts.find(username));

    public void deactivate(String username) {
        UiMessages.attempt(() -> {
            AccountSummary account = accounts.deactivate(username);
            total = -1;
            UiMessages.info("account.deactivated", account.displayName());
        });
    }

    public void reactivate(String username) {
        UiMessages.attempt(() -> {
            AccountSummary account = accounts.reactivate(username);
            total = -1;
            UiMessages.info("account.reactivated", account.displayName());
        });
    }

    public LazyDataModel<AccountSummary> getModel() {
        return model;
    }

    /**
     * The number of matching accounts, counted once per filter or change of an account: the line
     * above the table and the table's pager share it, and each page is then one select.
     */
    public long getTotal() {
        if (total < 0) {
            total = accounts.count(text, role, includeInactive);
        }
        return total;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
        total = -1;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
        total = -1;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
        total = -1;
    }
}
