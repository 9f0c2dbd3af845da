package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.blankOrNullString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * Each demo account logs in (on its home page, a councillor on the dashboard), sees its name and exactly the menu
 * entries of its role, and logs out.
 */
class LoginST extends SystemTestBase {

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void menuShowsWhatTheRoleMayUse(DemoAccount account) {
        login(account);

        // the councillor's work is the dashboard: the home page sends them there
        assertThat(browser().getCurrentUrl(), endsWith(account.role().equals("COUNCILLOR") ? "/dashboard.xhtml"
                : "/index.xhtml"));
        assertThat(textOf(By.id("current-user")), not(blankOrNullString()));
        Set<String> shown = DemoAccount.MENU_ENTRIES.stream()
                .filter(id -> !browser().findElements(By.cssSelector("#main-menu #" + id)).isEmpty())
                .collect(Collectors.toSet());
        assertThat(shown, is(account.menuEntries()));
    }

    @Test
    void logoutEndsTheSession() {
        login(DemoAccount.TEACHER);

        logout();
        open("/index.xhtml");

        waitFor(By.id("username"));
        assertThat(browser().findElements(By.id("current-user")), is(empty()));
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void apiKnowsTheCaller(DemoAccount account) {
        HttpResponse<String> response = api.get("/api/me", account);

        assertThat(response.statusCode(), is(200));
        JsonObject me = Api.json(response);
        assertThat(me.getString("username"), is(account.username()));
        assertThat(me.getJsonArray("roles").getValuesAs(JsonString::getString), hasItem(account.role()));
    }
}
