package fr.tandem.people.ui;

import fr.tandem.people.Role;
import fr.tandem.people.boundary.AccountPage;
import fr.tandem.people.boundary.AccountSummary;
import fr.tandem.people.boundary.Accounts;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

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
    private long total;
    private final LazyDataModel<AccountSummary> model = new AccountModel();

    /** Feeds the data table one page at a time. */
    private final class AccountModel extends LazyDataModel<AccountSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.search(text, role, includeInactive, 0, 1).total();
        }

        @Override
        public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            AccountPage page = accounts.search(text, role, includeInactive, first, pageSize);
            total = page.total();
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(AccountSummary account) {
            return account.username();
        }

        @Override
        public AccountSummary getRowData(String rowKey) {
            return accounts.find(rowKey);
        }
    }

    public void deactivate(String username) {
        try {
            AccountSummary account = accounts.deactivate(username);
            UiMessages.info("account.deactivated", account.displayName());
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
    }

    public void reactivate(String username) {
        try {
            AccountSummary account = accounts.reactivate(username);
            UiMessages.info("account.reactivated", account.displayName());
        } catch (RuleViolation refused) {
            UiMessages.error(refused);
        }
    }

    public LazyDataModel<AccountSummary> getModel() {
        return model;
    }

    public long getTotal() {
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
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
