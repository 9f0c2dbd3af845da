package fr.tandem.people.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashMatchesItsPasswordOnlyAndIsSaltedEachTime() {
        String cut = PasswordHashing.hash("Tandem-2026");
        assertThat(cut, startsWith("PBKDF2WithHmacSHA256:120000:"));
        assertThat(PasswordHashing.matches("Tandem-2026", cut), is(true));
        assertThat(PasswordHashing.matches("tandem-2026", cut), is(false));
        assertThat(PasswordHashing.hash("Tandem-2026"), not(cut));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertThat(PasswordHashing.matches("x", "plain-text"), is(false));
        assertThat(PasswordHashing.matches("x", "PBKDF2WithHmacSHA256:abc:%%:%%"), is(false));
        assertThat(PasswordHashing.matches(null, PasswordHashing.hash("Tandem-2026")), is(false));
    }

    @Test
    void tokenSecretsAreRandomAndFoundByTheirDigest() {
        String secret = TokenSecrets.newSecret();
        assertThat(secret, startsWith(TokenSecrets.PREFIX));
        assertThat(TokenSecrets.newSecret(), not(secret));
        assertThat(TokenSecrets.digest(secret).length(), is(64));
        assertThat(TokenSecrets.digest(secret), is(TokenSecrets.digest(secret)));
        assertThat(TokenSecrets.visiblePrefix(secret).length(), is(12));
    }
}
