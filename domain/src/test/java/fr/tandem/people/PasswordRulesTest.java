package fr.tandem.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static String refusal(String username, String password) {
        return assertThrows(RuleViolation.class, () -> PasswordRules.check(username, password)).key();
    }

    @Test
    void twelveCharactersAtLeast() {
        assertThat(refusal("zoe.essai", null), is("account.password.short"));
        assertThat(refusal("zoe.essai", "Tandem-2026"), is("account.password.short"));
        assertDoesNotThrow(() -> PasswordRules.check("zoe.essai", "Tandem-2026!x"));
        assertThat(refusal("zoe.essai", "x".repeat(150) + "y".repeat(51)), is("account.password.long"));
    }

    @Test
    void notTheUsername() {
        assertThat(refusal("enseignant01", "enseignant01"), is("account.password.username"));
        assertThat(refusal("enseignant01", "Enseignant01-Ecole"), is("account.password.username"));
        // a very short username found by chance inside a good password is no reason to refuse it
        assertDoesNotThrow(() -> PasswordRules.check("20", "Motdepasse-2026"));
        assertThat(refusal("ab", "AB"), is("account.password.short"));
    }

    @Test
    void notOneOfTheCommonPasswords() {
        assertThat(refusal("zoe.essai", "123456789012"), is("account.password.common"));
        assertThat(refusal("zoe.essai", "AzertyUIOP123"), is("account.password.common"));
        assertThat(refusal("zoe.essai", "abababababab"), is("account.password.common"));
        assertDoesNotThrow(() -> PasswordRules.check("zoe.essai", "Motdepasse-2026"));
    }

    @Test
    void theMessagesExistInFrenchAndEnglish() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> PasswordRules.check("zoe", "court"));
        assertThat(refused.messageIn(Locale.FRENCH), is("Le mot de passe doit comporter au moins 12 caractères."));
        assertThat(refused.messageIn(Locale.ENGLISH), is("The password must have at least 12 characters."));
    }
}
