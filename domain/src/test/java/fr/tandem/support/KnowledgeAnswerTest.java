package fr.tandem.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An answer of the knowledge base: what it requires, its English fallback, its folded search texts and its score. */
class KnowledgeAnswerTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private final City city = new City("Béziers", List.of("34032"));

    private KnowledgeAnswer answer(String titleEn, String answerEn) {
        return new KnowledgeAnswer(city, new KnowledgeAnswer.Content(RequestCategory.HARDWARE, "  L'ÉCRAN  ne s'allume pas ",
                "Vérifiez la multiprise.\nPuis le câble.", titleEn, answerEn, "ENI, tableau", true), "Denis", NOW);
    }

    @Test
    void theFrenchIsRequiredAndTheEnglishWhollyOrNotAtAll() {
        assertThat(assertThrows(RuleViolation.class, () -> new KnowledgeAnswer(city, new KnowledgeAnswer.Content(
                RequestCategory.OTHER, " ", "x", null, null, null, true), "Denis", NOW)).key(),
                is("knowledge.titleFr.required"));
        assertThat(assertThrows(RuleViolation.class, () -> new KnowledgeAnswer(city, new KnowledgeAnswer.Content(
                null, "t", "x", null, null, null, true), "Denis", NOW)).key(), is("knowledge.category.required"));
        assertThat(assertThrows(RuleViolation.class, () -> answer("Title", " ")).key(),
                is("knowledge.english.incomplete"));
        assertThat(assertThrows(RuleViolation.class, () -> new KnowledgeAnswer(null, new KnowledgeAnswer.Content(
                RequestCategory.OTHER, "t", "x", null, null, null, true), "Denis", NOW)).key(),
                is("knowledge.city.required"));
    }

    @Test
    void englishReadersGetTheFrenchWhenNoEnglishWasWritten() {
        KnowledgeAnswer frenchOnly = answer(null, null);
        assertThat(frenchOnly.titleFr(), is("L'ÉCRAN ne s'allume pas"));
        assertThat(frenchOnly.title(true), is("L'ÉCRAN ne s'allume pas"));
        assertThat(frenchOnly.answer(true), is("Vérifiez la multiprise.\nPuis le câble."));
        KnowledgeAnswer both = answer("The screen does not turn on", "Check the power strip.");
        assertThat(both.title(true), is("The screen does not turn on"));
        assertThat(both.title(false), is("L'ÉCRAN ne s'allume pas"));
    }

    @Test
    void aWordCountsMoreInTheTitleThanInTheKeywordsThanInTheAnswerAccentsAndCaseAside() {
        KnowledgeAnswer cut = answer("The screen does not turn on", "Check the power strip.");
        assertThat(cut.score(KnowledgeSearch.words("écran"), false), is(3));
        assertThat(cut.score(KnowledgeSearch.words("TABLEAU"), false), is(2));
        assertThat(cut.score(KnowledgeSearch.words("cable"), false), is(1));
        assertThat(cut.score(KnowledgeSearch.words("ecran cable"), false), is(4));
        assertThat(cut.score(KnowledgeSearch.words("screen"), true), is(3));
        assertThat(cut.score(KnowledgeSearch.words("screen"), false), is(0));
        assertThat(cut.score(KnowledgeSearch.words("cable"), true), is(0));
    }

    @Test
    void shortAndCommonWordsAreNotSearched() {
        assertThat(KnowledgeSearch.words("Mon ÉCRAN ne s'allume pas, le voyant est éteint"),
                is(List.of("ecran", "allume", "voyant", "eteint")));
    }
}
