package fr.tandem.people.ui;

import fr.tandem.people.Role;
import fr.tandem.people.boundary.Accounts;
import fr.tandem.people.model.AccountPage;
import fr.tandem.people.model.AccountSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

class AccountListViewTest {

    /** Counts the queries the view asks for: a search is a count and a select. */
    static final class CountingAccounts extends Accounts {
        int counts;
        int selects;

        @Override
        public AccountPage search(String text, Role role, boolean includeInactive, int first, int size) {
            counts++;
            selects++;
            return new AccountPage(45, List.of());
        }

        @Override
        public long count(String text, Role role, boolean includeInactive) {
            counts++;
            return 45;
        }

        @Override
        public List<AccountSummary> items(String text, Role role, boolean includeInactive, int first, int size) {
            selects++;
            return List.of();
        }
    }

    @Test
    void onePageRenderCountsOnceAndSelectsOnceAndAFilterCountsAgain() {
        AccountListView view = new AccountListView();
        CountingAccounts accounts = new CountingAccounts();
        view.accounts = accounts;

        assertThat(view.getTotal(), is(45L));
        assertThat(view.getModel().count(Map.of()), is(45));
        view.getModel().load(0, 20, Map.of(), Map.of());
        assertThat(accounts.counts + " counts, " + accounts.selects + " selects", is("1 counts, 1 selects"));

        view.setRole(Role.TEACHER);
        view.getTotal();
        view.getModel().count(Map.of());
        view.getModel().load(0, 20, Map.of(), Map.of());
        assertThat(accounts.counts + " counts, " + accounts.selects + " selects", is("2 counts, 2 selects"));
    }
}
