package fr.tandem.school;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UaiTest {

    @Test
    void acceptsAValidCodeAndNormalisesIt() {
        Uai cut = Uai.of(" 0940176f ");
        assertThat(cut.value(), is("0940176F"));
        assertThat(cut.departement(), is("094"));
        assertThat(cut, is(Uai.of("0940176F")));
    }

    @Test
    void circonscriptionCodesFollowTheSameRule() {
        assertThat(Uai.of("0940927X").value(), is("0940927X"));
    }

    @Test
    void aWrongCheckLetterSaysWhichLetterWasExpectedInBothLanguages() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Uai.of("0940176G"));
        assertThat(refused.key(), is("uai.checkLetter"));
        assertThat(refused.messageIn(Locale.FRENCH), is("Le code UAI 0940176G est invalide : la lettre de contrôle attendue est F."));
        assertThat(refused.messageIn(Locale.ENGLISH), containsString("the expected check letter is F"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"094017F", "09401766F", "A940176F", "0940176", "0940176I", "<script>", "0940176 F"})
    void refusesBadlyShapedCodes(String raw) {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> Uai.of(raw));
        assertThat(refused.key(), is(raw.equals("0940176I") ? "uai.checkLetter" : "uai.shape"));
    }

    @Test
    void requiresAValue() {
        assertThat(assertThrows(RuleViolation.class, () -> Uai.of("  ")).key(), is("uai.required"));
        assertThat(assertThrows(RuleViolation.class, () -> Uai.of(null)).key(), is("uai.required"));
    }

    @Test
    void theCheckLetterSkipsIAndOAndQ() {
        assertThat(Uai.expectedLetter("0000008"), is('J'));
        assertThat(Uai.expectedLetter("0000013"), is('P'));
        assertThat(Uai.expectedLetter("0000014"), is('R'));
        assertThat(Uai.expectedLetter("0000022"), is('Z'));
        assertThat(Uai.expectedLetter("0000023"), is('A'));
    }
}
