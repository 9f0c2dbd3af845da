package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.Conflict;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import jakarta.faces.application.FacesMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UiMessagesTest {

    @Test
    void anActionThatRunsThroughShowsNothingAndSaysSo() {
        List<String> done = new ArrayList<>();
        try (PageOfMessages page = new PageOfMessages(Locale.FRENCH)) {
            assertThat(UiMessages.attempt(() -> done.add("saved")), is(true));
            assertThat(UiMessages.attemptOrNull(() -> "/schools/list.xhtml?faces-redirect=true"),
                    is("/schools/list.xhtml?faces-redirect=true"));
            assertThat(page.shown, is(empty()));
        }
        assertThat(done, is(List.of("saved")));
    }

    @Test
    void aBrokenRuleIsAnErrorForTheWholePageInItsLanguageKeptAfterARedirect() {
        try (PageOfMessages page = new PageOfMessages(Locale.ENGLISH)) {
            boolean ran = UiMessages.attempt(() -> {
                throw new RuleViolation("api.file.tooLarge", 5);
            });

            assertThat(ran, is(false));
            assertThat(page.shown.size(), is(1));
            PageOfMessages.Shown shown = page.shown.get(0);
            assertThat(shown.clientId(), is(nullValue()));
            assertThat(shown.message().getSeverity(), is(FacesMessage.SEVERITY_ERROR));
            assertThat(shown.message().getSummary(), is("The file exceeds the maximum size of 5 MB."));
            assertThat(page.keepMessages, is(true));
        }
    }

    @Test
    void aConflictOrAnUnknownThingIsShownAndGivesNoResult() {
        try (PageOfMessages page = new PageOfMessages(Locale.FRENCH)) {
            String outcome = UiMessages.attemptOrNull(() -> {
                throw new Conflict("school.exists", "0750001A");
            });
            Object found = UiMessages.attemptOrNull(() -> {
                throw new NotFound("account.notFound", "jdupont");
            });

            assertThat(outcome, is(nullValue()));
            assertThat(found, is(nullValue()));
            assertThat(page.shown.stream().map(s -> s.message().getSummary()).toList(), is(List.of(
                    new Conflict("school.exists", "0750001A").messageIn(Locale.FRENCH),
                    "Aucun compte n'a l'identifiant jdupont.")));
        }
    }

    @Test
    void whatIsNotABrokenRuleIsNotCaught() {
        try (PageOfMessages page = new PageOfMessages(Locale.FRENCH)) {
            assertThrows(IllegalStateException.class, () -> UiMessages.attempt(() -> {
                throw new IllegalStateException("a bug");
            }));
            assertThat(page.shown, is(empty()));
        }
    }
}
