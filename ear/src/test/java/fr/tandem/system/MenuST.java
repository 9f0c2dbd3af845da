package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The main menu groups its entries into labelled sections, a disclosure button each
 * ({@code aria-expanded}, {@code aria-controls}). For every demo account: each section shown holds at
 * least one entry, hidden until its button opens it (one section open at a time); the page each section's
 * first entry leads to marks that link {@code aria-current="page"} and its section; the keyboard alone
 * opens a section (Tab, Enter), reaches a link, closes the section with Escape and follows the link;
 * axe finds nothing on the menu, closed or with a section open. On a phone the menu folds behind the
 * menu button, its sections open in place, and nothing scrolls sideways.
 */
class MenuST extends SystemTestBase {

    /** More Tab presses than the page has focusable elements before the menu's last section. */
    private static final int MAX_TABS = 40;

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void eachSectionHoldsEntriesAndTheirPagesAreMarkedCurrent(DemoAccount account) {
        login(account);
        open("/index.xhtml");
        waitFor(By.id("main"));
        // home, or the dashboard where a councillor's home page sends them
        assertCurrentPageMarked();
        List<String> sections = sectionIds();
        assertThat(account + " sees sections", sections, not(empty()));
        assertThat("every role has its account's section, in French", textOf(By.id("menu-section-account")),
                is("Mon compte"));
        List<Axe.Violation> violations = new ArrayList<>(
                Axe.scan(browser(), account.username() + " the menu, closed", "#main-menu"));
        for (String section : sections) {
            WebElement button = waitFor(By.id(section));
            assertThat(section + " has a label", button.getText().strip(), not(is("")));
            assertThat(section + " has a label from the bundle", button.getText(), not(containsString("???")));
            assertThat(section + " starts closed", button.getAttribute("aria-expanded"), is("false"));
            List<WebElement> entries = entriesOf(button);
            assertThat(account + ": " + section + " holds at least one entry", entries, not(empty()));
            assertThat(section + " hides its entries while closed", entries.get(0).isDisplayed(), is(false));

            button.click();
            waiting().until(ExpectedConditions.attributeToBe(By.id(section), "aria-expanded", "true"));
            waiting().until(ExpectedConditions.visibilityOf(entries.get(0)));
            assertThat("one section is open at a time", openSections(), is(List.of(section)));
            violations.addAll(Axe.scan(browser(), account.username() + " the menu, " + section + " open", "#main-menu"));

            String entry = entries.get(0).getAttribute("id");
            entries.get(0).click();
            waiting().until(d -> "page".equals(d.findElement(By.id(entry)).getAttribute("aria-current")));
            assertCurrentPageMarked();
            assertThat("the section of the current page is marked", waitFor(By.id(section)).getAttribute("class"),
                    containsString("menu-current"));
        }
        assertThat(violations.toString(), violations, is(empty()));
    }

    @ParameterizedTest
    @EnumSource(DemoAccount.class)
    void theKeyboardAloneOpensASectionAndFollowsALink(DemoAccount account) {
        login(account);
        open("/index.xhtml");
        String section = sectionIds().get(0);
        tabTo(e -> section.equals(e.getAttribute("id")));
        press(Keys.ENTER);
        waiting().until(ExpectedConditions.attributeToBe(By.id(section), "aria-expanded", "true"));
        String controlled = waitFor(By.id(section)).getAttribute("aria-controls");
        WebElement link = tabTo(e -> "a".equals(e.getTagName()));
        assertThat("Tab goes from the section's button to its first entry",
                link.findElements(By.xpath("ancestor::ul[@id='" + controlled + "']")), hasSize(1));

        press(Keys.ESCAPE);
        waiting().until(ExpectedConditions.attributeToBe(By.id(section), "aria-expanded", "false"));
        assertThat("Escape gives the focus back to the section's button",
                browser().switchTo().activeElement().getAttribute("id"), is(section));

        press(Keys.ENTER);
        waiting().until(ExpectedConditions.attributeToBe(By.id(section), "aria-expanded", "true"));
        String entry = tabTo(e -> "a".equals(e.getTagName())).getAttribute("id");
        press(Keys.ENTER);
        waiting().until(d -> "page".equals(d.findElement(By.id(entry)).getAttribute("aria-current")));
    }

    @Test
    void onAPhoneTheMenuFoldsBehindItsButtonAndItsSectionsOpenInPlace() {
        login(DemoAccount.ADMIN);
        onPhone(() -> {
            open("/index.xhtml");
            WebElement toggle = waitFor(By.id("menu-toggle"));
            List<String> sections = sectionIds();
            assertThat("the sections are folded", browser().findElement(By.id(sections.get(0))).isDisplayed(), is(false));
            toggle.click();
            List<Axe.Violation> violations = new ArrayList<>();
            for (String section : sections) {
                waitFor(By.id(section)).click();
                WebElement first = entriesOf(browser().findElement(By.id(section))).get(0);
                waiting().until(ExpectedConditions.visibilityOf(first));
                assertNoSidewaysScroll("the phone menu, " + section + " open");
                violations.addAll(Axe.scan(browser(), "admin the phone menu, " + section + " open", "#main-menu"));
            }
            assertThat(violations.toString(), violations, is(empty()));

            // Escape closes the open section first, then the menu
            press(Keys.ESCAPE);
            waiting().until(d -> openSections().isEmpty());
            press(Keys.ESCAPE);
            waiting().until(ExpectedConditions.attributeToBe(By.id("menu-toggle"), "aria-expanded", "false"));
            assertThat("the menu is folded again", browser().findElement(By.id(sections.get(0))).isDisplayed(), is(false));
            return null;
        });
    }

    @Test
    void aClickOutsideTheMenuClosesTheOpenSection() {
        login(DemoAccount.CITY_STAFF);
        open("/index.xhtml");
        waitFor(By.id("menu-section-schools")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("menu-contracts")));
        waitFor(By.tagName("h1")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("menu-contracts")));
        assertThat(waitFor(By.id("menu-section-schools")).getAttribute("aria-expanded"), is("false"));
    }

    /** One link of the menu, the one to the page shown, is marked as the current page. */
    private void assertCurrentPageMarked() {
        List<WebElement> current = browser().findElements(By.cssSelector("#main-menu [aria-current='page']"));
        assertThat("one link of the menu is the current page", current, hasSize(1));
        assertThat("the current link leads to the page shown", current.get(0).getAttribute("href").replaceFirst("[?#].*", ""),
                is(browser().getCurrentUrl().replaceFirst("[?#].*", "")));
    }

    /** The ids of the section buttons of the menu, in their order. */
    private List<String> sectionIds() {
        return browser().findElements(By.cssSelector("#main-menu .menu-section-button")).stream()
                .map(b -> b.getAttribute("id")).toList();
    }

    /** The ids of the sections whose button says they are open. */
    private List<String> openSections() {
        return browser().findElements(By.cssSelector("#main-menu .menu-section-button[aria-expanded='true']")).stream()
                .map(b -> b.getAttribute("id")).toList();
    }

    /** The links of the list a section's button controls. */
    private List<WebElement> entriesOf(WebElement button) {
        return browser().findElements(By.cssSelector("#" + button.getAttribute("aria-controls") + " a[href]"));
    }

    private void press(CharSequence key) {
        new Actions(browser()).sendKeys(key).perform();
    }

    /** Presses Tab, sending it to whatever has the focus, until the focused element matches. */
    private WebElement tabTo(Predicate<WebElement> wanted) {
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            WebElement focused = browser().switchTo().activeElement();
            if (wanted.test(focused)) {
                return focused;
            }
        }
        throw new AssertionError("no element matched after " + MAX_TABS + " Tab presses");
    }
}
