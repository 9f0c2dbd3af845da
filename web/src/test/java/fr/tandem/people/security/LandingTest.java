package fr.tandem.people.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

class LandingTest {

    @Test
    void aLoginLandsOnThePageAskedForWhenItIsAPageOfTheApplication() {
        assertThat(TandemAuthentication.landing("/training/catalogue.xhtml?offer=3"), is("/training/catalogue.xhtml?offer=3"));
    }

    @Test
    void aLoginNeverLandsOnAnotherSiteTheApiOrSomethingThatIsNotAPath() {
        assertThat(TandemAuthentication.landing("//evil.example/x"), is("/index.xhtml"));
        assertThat(TandemAuthentication.landing("/\\evil.example/x"), is("/index.xhtml"));
        assertThat(TandemAuthentication.landing("https://evil.example/"), is("/index.xhtml"));
        assertThat(TandemAuthentication.landing("/api/me"), is("/index.xhtml"));
        assertThat(TandemAuthentication.landing(null), is("/index.xhtml"));
        assertThat(TandemAuthentication.landing(42), is("/index.xhtml"));
    }
}
