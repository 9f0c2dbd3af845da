package fr.tandem.people.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import fr.tandem.people.model.Caller;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The owners of recently recognised API tokens: how long they are kept, when they are forgotten, how many. */
class RecentTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant NEXT_YEAR = NOW.plusSeconds(365L * 24 * 3600);
    private static final Caller ANNE = new Caller("anne", Set.of("TEACHER"));
    private static final Caller BRUNO = new Caller("bruno", Set.of("TEACHER"));

    private final RecentTokens recent = new RecentTokens();

    @Test
    void keepsTheOwnerForAFewSecondsOnly() {
        recent.put("d1", ANNE, NOW, NEXT_YEAR);

        assertThat(recent.get("d1", NOW.plus(RecentTokens.KEPT).minusMillis(1)), is(Optional.of(ANNE)));
        assertThat(recent.get("d1", NOW.plus(RecentTokens.KEPT)), is(Optional.empty()));
        assertThat(recent.get("d2", NOW), is(Optional.empty()));
    }

    @Test
    void neverKeepsATokenBeyondItsExpiry() {
        recent.put("d1", ANNE, NOW, NOW.plusSeconds(1));

        assertThat(recent.get("d1", NOW.plusSeconds(1)), is(Optional.empty()));
    }

    @Test
    void forgetsAnOwnerKeptBeforeTheClockWentBack() {
        recent.put("d1", ANNE, NOW, NEXT_YEAR);

        assertThat(recent.get("d1", NOW.minusSeconds(1)), is(Optional.empty()));
    }

    @Test
    void forgetsEveryTokenOfOnePersonAndOnlyTheirs() {
        recent.put("d1", ANNE, NOW, NEXT_YEAR);
        recent.put("d2", ANNE, NOW, NEXT_YEAR);
        recent.put("d3", BRUNO, NOW, NEXT_YEAR);

        recent.forget("anne");

        assertThat(recent.get("d1", NOW), is(Optional.empty()));
        assertThat(recent.get("d2", NOW), is(Optional.empty()));
        assertThat(recent.get("d3", NOW), is(Optional.of(BRUNO)));
    }

    @Test
    void forgetsTheOwnersOfAnAccountThatChanged() {
        recent.put("d1", ANNE, NOW, NEXT_YEAR);

        recent.accountChanged(new SessionCutoffChanged("anne"));

        assertThat(recent.get("d1", NOW), is(Optional.empty()));
    }

    @Test
    void holdsABoundedNumberOfTokens() {
        for (int i = 0; i < RecentTokens.MOST; i++) {
            recent.put("d" + i, ANNE, NOW, NEXT_YEAR);
        }
        assertThat(recent.get("d0", NOW), is(Optional.of(ANNE)));

        recent.put("one more", BRUNO, NOW, NEXT_YEAR);

        assertThat(recent.get("d0", NOW), is(Optional.empty()));
        assertThat(recent.get("one more", NOW), is(Optional.of(BRUNO)));
    }
}
