package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Forms say which fields are required (a star, explained once above the form) and, when a field is
 * refused, by Faces or by a business rule, highlight that field and tie the reason to it: the
 * input is marked invalid ({@code aria-invalid}) and described by the message shown under it.
 */
class FormsST extends SystemTestBase {

    @Test
    void aRequiredFieldLeftEmptyIsMarkedAndHighlighted() {
        login(DemoAccount.CITY_STAFF);
        open("/schools/edit.xhtml");
        assertThat(textOf(By.cssSelector(".required-legend")), is("Les champs marqués d'une étoile (*) sont obligatoires."));
        assertThat(textOf(By.cssSelector("label[for='name']")), containsString("*"));
        assertThat("an optional field has no star", textOf(By.cssSelector("label[for='street']")), not(containsString("*")));

        browser().findElement(By.id("school-save")).click();
        assertRefused("name", "ce champ est obligatoire");
    }

    @Test
    void aFieldTheBoundaryRefusesIsHighlightedWithItsReasonBesideIt() {
        login(DemoAccount.CITY_STAFF);
        open("/schools/edit.xhtml");
        int digits = 348_000 + (int) (System.currentTimeMillis() % 1_000);
        char letter = "ABCDEFGHJKLMNPRSTUVWXYZ".charAt(digits % 23);
        char wrong = letter == 'A' ? 'B' : 'A';
        type(By.id("uai"), String.format("%07d", digits) + wrong);
        type(By.id("name"), "École des formulaires");
        type(By.id("postcode"), "34500");
        type(By.id("communeCode"), "34032");
        type(By.id("communeName"), "Béziers");
        new Select(waitFor(By.id("circonscription"))).selectByIndex(1);
        browser().findElement(By.id("school-save")).click();

        assertRefused("uai", "la lettre de contrôle attendue est " + letter);
        assertThat("a field that was accepted stays as it was",
                waitFor(By.id("name")).getAttribute("class"), not(containsString("ui-state-error")));
        assertThat(waitFor(By.id("name")).getAttribute("value"), is("École des formulaires"));
    }

    /** The field is drawn in error, says so to assistive technologies and is described by the reason shown under it. */
    private void assertRefused(String field, String reason) {
        WebElement input = waitFor(By.id(field));
        assertThat(input.getAttribute("class"), containsString("ui-state-error"));
        assertThat(input.getAttribute("aria-invalid"), is("true"));
        assertThat(textOf(By.id(field + "-error")), containsString(reason));
        String description = Arrays.stream(input.getAttribute("aria-describedby").split("\\s+"))
                .map(id -> browser().findElement(By.id(id)).getText()).collect(Collectors.joining(" "));
        assertThat("what the input is described by", description, containsString(reason));
        assertThat(waitFor(By.cssSelector("label[for='" + field + "']")).getAttribute("class"),
                containsString("ui-state-error"));
    }
}
