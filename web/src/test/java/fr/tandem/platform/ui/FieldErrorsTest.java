package fr.tandem.platform.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private final FieldErrors cut = FieldErrors.of("account.password", "new-password",
            "account.password.wrong", "current-password", "account.exists", "username");

    @Test
    void aRuleKeyFindsTheFieldOfItsLongestKnownStart() {
        assertThat(cut.fieldOf("account.password.short"), is(Optional.of("new-password")));
        assertThat(cut.fieldOf("account.password.wrong"), is(Optional.of("current-password")));
        assertThat(cut.fieldOf("account.exists"), is(Optional.of("username")));
    }

    @Test
    void aKeyThatOnlySharesLettersWithAFieldConcernsNoField() {
        assertThat(cut.fieldOf("account.passwordless"), is(Optional.empty()));
        assertThat(cut.fieldOf("account.existsNot"), is(Optional.empty()));
        assertThat(FieldErrors.NONE.fieldOf("account.password.short"), is(Optional.empty()));
    }

    @Test
    void keysAndClientIdsComeInPairs() {
        assertThrows(IllegalArgumentException.class, () -> FieldErrors.of("account.email"));
    }
}
