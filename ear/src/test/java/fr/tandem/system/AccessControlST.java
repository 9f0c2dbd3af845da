package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A teacher is refused the Annuaire import, in the browser and through the API, without internals shown. */
class AccessControlST extends SystemTestBase {

    @Test
    void teacherGetsTheForbiddenPageForTheImport() {
        login(DemoAccount.TEACHER);

        PageResponse page = fetchInBrowser("/schools/import.xhtml");
        assertThat(page.status(), is(403));
        assertNoStackTrace(page.text());

        open("/schools/import.xhtml");
        assertThat(browser().findElements(By.id("annuaire-file")), is(empty()));
        assertNoStackTrace(visibleText());
    }

    @Test
    void teacherCannotImportThroughTheApi() {
        HttpResponse<String> response = api.post("/api/schools/import", DemoAccount.TEACHER, "text/csv",
                Annuaire.bytes());

        assertThat(response.statusCode(), is(403));
        assertThat(response.headers().firstValue("Content-Type").orElse(""), startsWith("application/problem+json"));
        assertNoStackTrace(response.body());
    }
}
