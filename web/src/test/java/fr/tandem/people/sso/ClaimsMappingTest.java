package fr.tandem.people.sso;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import fr.tandem.people.model.DirectoryPerson;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims read as a directory person, with the claim names the settings give. */
class ClaimsMappingTest {

    private static final SsoSettings.ClaimNames CUSTOM = new SsoSettings.ClaimNames("uid", "mail", "prenom", "nom",
            "rne", "fonction", "groupes", "quotite");

    @Test
    void customClaimNamesAndAUaiAsAString() {
        DirectoryPerson person = ClaimsMapping.person(Map.of("uid", "cessai", "mail", "camille.essai@ac-montpellier.fr",
                "prenom", "Camille", "nom", "Essai", "rne", "0341234A", "fonction", "ENS", "quotite", 75,
                "preferred_username", "not-this-one"), CUSTOM);
        assertThat(person, is(new DirectoryPerson("cessai", "camille.essai@ac-montpellier.fr", "Camille", "Essai",
                List.of("0341234A"), "ENS", Set.of(), 75)));
    }

    @Test
    void uaisAsAnArrayKeepTheirOrderAndGroupsAreKeptAsWritten() {
        DirectoryPerson person = ClaimsMapping.person(Map.of("uid", "dsi1", "rne", List.of("0341234A", " 0345678B "),
                "groupes", List.of("/dsi-ville", "elus-ville", "/ville/agents"), "quotite", "50,0 %"), CUSTOM);
        assertThat(person.schoolUais(), is(List.of("0341234A", "0345678B")));
        assertThat(person.groups(), is(Set.of("/dsi-ville", "elus-ville", "/ville/agents")));
        assertThat(person.workingTimePercent(), is(50));
    }

    @Test
    void missingOrBlankClaimsAreNull() {
        DirectoryPerson person = ClaimsMapping.person(Map.of("mail", "  ", "quotite", "plein temps"), CUSTOM);
        assertThat(person.username(), nullValue());
        assertThat(person.email(), nullValue());
        assertThat(person.workingTimePercent(), nullValue());
        assertThat(person.schoolUais(), is(List.of()));
        assertThat(person.groups(), is(Set.of()));
    }
}
