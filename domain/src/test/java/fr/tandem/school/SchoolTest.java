package fr.tandem.school;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.SearchText;
import java.time.Instant;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SchoolTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final Circonscription circonscription = new Circonscription(Uai.of("0940927X"), "Fresnes");

    private static SchoolDetails details(String name, String postcode) {
        return new SchoolDetails(name, SchoolKind.ELEMENTAIRE, "151", "ECOLE DE NIVEAU ELEMENTAIRE", "Allée du Puits",
                postcode, "94034", "Fresnes", PriorityEducation.REP, SchoolState.OPEN, "ce.0940176F@ac-creteil.fr", null);
    }

    @Test
    void updateTellsWhetherAnythingChanged() {
        School cut = new School(Uai.of("0940176F"), details("Ecole Robert Doisneau", "94260"), circonscription, false, NOW);
        assertThat(cut.update(details("Ecole Robert Doisneau", "94260"), circonscription, NOW), is(false));
        assertThat(cut.update(details("  Ecole   Robert Doisneau ", "94260"), circonscription, NOW), is(false));
        assertThat(cut.update(details("École Robert-Doisneau", "94260"), circonscription, NOW), is(true));
        assertThat(cut.name(), is("École Robert-Doisneau"));
    }

    @Test
    void refusesWhatIsMissingOrMalformedWithoutChangingAnything() {
        School cut = new School(Uai.of("0940176F"), details("Ecole Robert Doisneau", "94260"), circonscription, false, NOW);
        assertThat(assertThrows(RuleViolation.class,
                () -> cut.update(details(" ", "94260"), circonscription, NOW)).key(), is("school.name.required"));
        assertThat(assertThrows(RuleViolation.class,
                () -> cut.update(details("X", "9426"), circonscription, NOW)).key(), is("school.postcode.shape"));
        assertThat(assertThrows(RuleViolation.class,
                () -> cut.update(details("X", "94260"), null, NOW)).key(), is("school.circonscription.required"));
        assertThat(assertThrows(RuleViolation.class,
                () -> cut.update(details("x".repeat(10_000), "94260"), circonscription, NOW)).key(), is("text.tooLong"));
        assertThat(cut.name(), is("Ecole Robert Doisneau"));
        assertThat(cut.postcode(), is("94260"));
    }

    @Test
    void kindsFollowTheAnnuaireCodesAndFlags() {
        assertThat(SchoolKind.of("101", true, false), is(SchoolKind.MATERNELLE));
        assertThat(SchoolKind.of("151", false, true), is(SchoolKind.ELEMENTAIRE));
        assertThat(SchoolKind.of("151", true, true), is(SchoolKind.PRIMAIRE));
        assertThat(SchoolKind.of("153", true, true), is(SchoolKind.PRIMAIRE_APPLICATION));
        assertThat(SchoolKind.of("103", true, false), is(SchoolKind.MATERNELLE_APPLICATION));
        assertThat(SchoolKind.of("162", false, true), is(SchoolKind.ELEMENTAIRE_SPECIALISEE));
    }

    @Test
    void searchTextIgnoresCaseAndAccents() {
        assertThat(SearchText.of("École Jean-Jaurès", "BÉZIERS"), is("ecole jean jaures beziers"));
        assertThat(SearchText.words("  jaurès  Béziers "), is(java.util.List.of("jaures", "beziers")));
    }
}
