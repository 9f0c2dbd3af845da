package fr.tandem.support.ui;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import fr.tandem.support.ui.AnswerText.Piece;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTextTest {

    private final AnswerText cut = new AnswerText();

    @Test
    void linesAreKeptAndMarkupIsPlainText() {
        assertThat(cut.lines("<script>alert('x')</script>\n\n=cmd|\" & 1"), is(List.of(
                List.of(new Piece("<script>alert('x')</script>", false)), List.of(),
                List.of(new Piece("=cmd|\" & 1", false)))));
    }

    @Test
    void webAddressesAreLinksWithoutTheirClosingPunctuation() {
        assertThat(cut.lines("Voir https://ent.example.fr/aide?a=1&b=2. Merci"), is(List.of(List.of(
                new Piece("Voir ", false), new Piece("https://ent.example.fr/aide?a=1&b=2", true),
                new Piece(". Merci", false)))));
    }

    @Test
    void onlyWebAddressesBecomeLinksAndAQuoteEndsThem() {
        assertThat(cut.lines("javascript:alert(1) https://x.fr/\"onmouseover=alert(1)"), is(List.of(List.of(
                new Piece("javascript:alert(1) ", false), new Piece("https://x.fr/", true),
                new Piece("\"onmouseover=alert(1)", false)))));
    }

    @Test
    void noTextHasNoLines() {
        assertThat(cut.lines(null), is(List.of()));
    }
}
