package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The administration journeys through the pages: an admin creates a teacher's account with a
 * school found by typing, the new teacher logs in and sees only their school; city staff are told
 * which check letter a mistyped UAI needed, then create and rename a school.
 */
class AdministrationST extends SystemTestBase {

    @Test
    void anAdminCreatesATeacherWhoThenLogsIn() {
        String username = "st.prof" + System.currentTimeMillis() % 1_000_000;
        login(DemoAccount.ADMIN);
        open("/admin/account.xhtml");
        type(By.id("username"), username);
        type(By.id("firstName"), "Léa");
        type(By.id("lastName"), "Système");
        type(By.id("email"), username + "@example.org");
        browser().findElement(By.xpath("//input[@id='roles:4']/../following-sibling::div[contains(@class,'ui-chkbox-box')]")).click();
        type(By.id("school_input"), "Jean Moulin");
        waitFor(By.xpath("//li[contains(@class,'ui-autocomplete-item')]")).click();
        type(By.id("workingTime"), "50");
        type(By.id("password"), "Motdepasse-2026");
        browser().findElement(By.id("account-save")).click();
        waitFor(By.id("accounts"));
        assertThat(textOf(By.id("messages")), containsString("Léa Système"));

        logout();
        type(By.id("username"), username);
        type(By.id("password"), "Motdepasse-2026");
        browser().findElement(By.id("login")).click();
        assertThat(textOf(By.id("current-user")), is("Léa Système"));
        open("/schools/list.xhtml");
        assertThat(numberIn(By.id("schools-total")), is(1));
        assertThat(textOf(By.id("schools")), containsString("Jean Moulin"));
    }

    @Test
    void cityStaffAreToldTheExpectedCheckLetterThenCreateAndRenameASchool() {
        login(DemoAccount.CITY_STAFF);
        open("/schools/edit.xhtml");
        int digits = 347_000 + (int) (System.currentTimeMillis() % 1_000);
        char letter = "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(digits % 23);
        char wrong = letter == 'A' ? 'B' : 'A';
        String uai = String.format("%07d", digits);
        fillSchool(uai + wrong, "École du système");
        browser().findElement(By.id("school-save")).click();
        assertThat(textOf(By.id("messages")), containsString("la lettre de contrôle attendue est " + letter));

        WebElement uaiInput = waitFor(By.id("uai"));
        uaiInput.clear();
        uaiInput.sendKeys(uai + letter);
        browser().findElement(By.id("school-save")).click();
        waitFor(By.id("schools"));
        assertThat(textOf(By.id("messages")), containsString("École du système"));

        open("/schools/edit.xhtml?uai=" + uai + letter);
        type(By.id("name"), "École du système renommée");
        browser().findElement(By.id("school-save")).click();
        waitFor(By.id("schools"));
        type(By.id("search"), uai + letter);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("schools-total"), "1"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("schools"), "renommée"));
    }

    private void fillSchool(String uai, String name) {
        type(By.id("uai"), uai);
        type(By.id("name"), name);
        type(By.id("postcode"), "34500");
        type(By.id("communeCode"), "34032");
        type(By.id("communeName"), "Béziers");
        new Select(waitFor(By.id("circonscription"))).selectByIndex(1);
    }
}
