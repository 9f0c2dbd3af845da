package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Cross-site request forgery against the pages: a form post that does not carry the view state
 * of a view this session rendered changes nothing, even sent with the logged-in person's cookies.
 * The same post with the page's own view state does change the school (so the forged posts are
 * refused for their view state, not for a mistake in the test).
 */
class FacesCsrfST extends SystemTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    /** Posts the school form of the current page from inside the browser (its cookies), the name changed. */
    private int postSchoolForm(String name, String viewState) {
        Map<?, ?> result = (Map<?, ?>) ((JavascriptExecutor) browser()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = new URLSearchParams(new FormData(document.getElementById('school-form')));
                form.set('name', arguments[0]);
                form.set('school-save', 'school-save');
                if (arguments[1] === null) { form.delete('jakarta.faces.ViewState'); }
                else if (arguments[1] !== 'page') { form.set('jakarta.faces.ViewState', arguments[1]); }
                fetch(document.getElementById('school-form').action, {method: 'POST', credentials: 'same-origin',
                      headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body: form.toString()})
                  .then(r => done({status: r.status})).catch(e => done({status: -1}));""", name, viewState);
        return ((Number) result.get("status")).intValue();
    }

    private String nameOf(String uai) {
        return Api.json(api.get("/api/schools/" + uai, DemoAccount.CITY_STAFF)).getString("name");
    }

    @Test
    void aFormPostWithoutThePagesViewStateChangesNothing() {
        int digits = 348_000 + (int) (System.currentTimeMillis() % 1_000);
        String uai = String.format("%07d", digits) + LETTERS.charAt(digits % 23);
        byte[] school = """
                {"uai":"%s","name":"École de la falsification","kind":"PRIMAIRE","street":"1 rue du Jeton",
                 "postcode":"34500","communeCode":"34032","communeName":"Béziers","priority":"NONE","state":"OPEN",
                 "circonscriptionCode":"0341101M"}""".formatted(uai).getBytes(StandardCharsets.UTF_8);
        assertThat(api.post("/api/schools", DemoAccount.CITY_STAFF, "application/json", school).statusCode(), is(201));

        login(DemoAccount.CITY_STAFF);
        open("/schools/edit.xhtml?uai=" + uai);
        waitFor(By.id("school-save"));

        postSchoolForm("Sans état de vue", null);
        assertThat(nameOf(uai), is("École de la falsification"));
        postSchoolForm("État de vue inventé", "-4211234567890123456:1234567890123456789");
        assertThat(nameOf(uai), is("École de la falsification"));
        postSchoolForm("État de vue vide", "");
        assertThat(nameOf(uai), is("École de la falsification"));

        postSchoolForm("École renommée par son formulaire", "page");
        assertThat(nameOf(uai), is("École renommée par son formulaire"));
    }
}
