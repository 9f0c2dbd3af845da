package fr.tandem.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.Circonscription;
import fr.tandem.school.Uai;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final Account owner = new Account("ien", new AccountProfile("Ines", "Essai", "ien@example.org",
            EnumSet.of(Role.INSPECTOR), null, new Circonscription(Uai.of("0940927X"), "Fresnes"), null), "hash", false, NOW);

    @Test
    void theLastUseIsNotedToTheMinuteSoThatABurstOfCallsWritesItOnce() {
        ApiToken cut = new ApiToken(owner, "bench", "digest", "tdm_abc", NOW, null);
        cut.markUsed(NOW);
        assertThat(cut.lastUsedAt(), is(NOW));
        cut.markUsed(NOW.plusSeconds(59));
        assertThat(cut.lastUsedAt(), is(NOW));
        cut.markUsed(NOW.plusSeconds(60));
        assertThat(cut.lastUsedAt(), is(NOW.plusSeconds(60)));
    }

    @Test
    void aTokenLivesAYearUnlessShorterIsChosenAndNoLongerAuthenticatesOnceExpired() {
        ApiToken year = new ApiToken(owner, "year", "d1", "tdm_abc", NOW, null);
        assertThat(year.expiresAt(), is(NOW.plus(Duration.ofDays(365))));
        ApiToken week = new ApiToken(owner, "week", "d2", "tdm_abc", NOW, 7);
        assertThat(week.expiresAt(), is(NOW.plus(Duration.ofDays(7))));
        assertThat(week.usable(NOW.plus(Duration.ofDays(7)).minusSeconds(1)), is(true));
        ApiToken precise = new ApiToken(owner, "precise", "d4", "tdm_abc", NOW.plusNanos(1_234_567), 7);
        assertThat(precise.expiresAt(), is(NOW.plus(Duration.ofDays(7)).plusNanos(1_234_000)));
        assertThat(week.usable(NOW.plus(Duration.ofDays(7))), is(false));
        assertThat(week.expired(NOW.plus(Duration.ofDays(8))), is(true));
        assertThat(assertThrows(RuleViolation.class, () -> new ApiToken(owner, "x", "d3", "tdm_abc", NOW, 0)).key(),
                is("token.expiry.range"));
        assertThat(assertThrows(RuleViolation.class, () -> new ApiToken(owner, "x", "d3", "tdm_abc", NOW, 366)).key(),
                is("token.expiry.range"));
    }

    @Test
    void aRevokedTokenOrOneOfADeactivatedAccountDoesNotAuthenticate() {
        ApiToken revoked = new ApiToken(owner, "revoked", "d1", "tdm_abc", NOW, 30);
        revoked.revoke(NOW);
        assertThat(revoked.usable(NOW.plusSeconds(1)), is(false));
        ApiToken kept = new ApiToken(owner, "kept", "d2", "tdm_abc", NOW, 30);
        assertThat(kept.usable(NOW.plusSeconds(1)), is(true));
        owner.deactivate(NOW);
        assertThat(kept.usable(NOW.plusSeconds(1)), is(false));
    }
}
