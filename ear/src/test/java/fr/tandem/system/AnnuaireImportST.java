package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator imports the real Annuaire file (Val-de-Marne's schools belong to none of the demo's
 * cities, whose staff would see these lines skipped). The database may already hold these schools (the tests do not depend on their order): each line is then counted as unchanged.
 */
class AnnuaireImportST extends SystemTestBase {

    private static final Duration IMPORT_TIME = Duration.ofMinutes(3);

    @Test
    void theAdministratorImportsTheAnnuaireOnTheImportPage() {
        login(DemoAccount.ADMIN);
        open("/schools/import.xhtml");

        waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("annuaire-file")))
                .sendKeys(Annuaire.file().toString());
        waitFor(By.id("import-start")).click();
        waitFor(By.id("import-report"), IMPORT_TIME);

        int created = numberIn(By.id("import-created"));
        int updated = numberIn(By.id("import-updated"));
        int unchanged = numberIn(By.id("import-unchanged"));
        assertThat(created + updated + unchanged, is(Annuaire.SCHOOLS));
        assertThat(numberIn(By.id("import-skipped")), is(0));

        open("/schools/list.xhtml");
        assertThat(numberIn(By.id("schools-total")), greaterThanOrEqualTo(Annuaire.SCHOOLS));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        HttpResponse<String> first = importThroughApi();
        assertThat(first.statusCode(), is(200));

        HttpResponse<String> second = importThroughApi();

        assertThat(second.statusCode(), is(200));
        JsonObject report = Api.json(second);
        assertThat(report.getInt("created"), is(0));
        assertThat(report.getInt("updated"), is(0));
        assertThat(report.getInt("unchanged"), is(Annuaire.SCHOOLS));
    }

    private HttpResponse<String> importThroughApi() {
        return api.post("/api/schools/import", DemoAccount.ADMIN, "text/csv", Annuaire.bytes());
    }
}
