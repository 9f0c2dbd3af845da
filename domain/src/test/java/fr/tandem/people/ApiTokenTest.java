package fr.tandem.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import fr.tandem.school.Circonscription;
import fr.tandem.school.Uai;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final Account owner = new Account("ien", new AccountProfile("Ines", "Essai", "ien@example.org",
            EnumSet.of(Role.INSPECTOR), null, new Circonscription(Uai.of("0940927X"), "Fresnes"), null), "hash", false, NOW);

    @Test
    void theLastUseIsNotedToTheMinuteSoThatABurstOfCallsWritesItOnce() {
        ApiToken cut = new ApiToken(owner, "bench", "digest", "tdm_abc", NOW);
        cut.markUsed(NOW);
        assertThat(cut.lastUsedAt(), is(NOW));
        cut.markUsed(NOW.plusSeconds(59));
        assertThat(cut.lastUsedAt(), is(NOW));
        cut.markUsed(NOW.plusSeconds(60));
        assertThat(cut.lastUsedAt(), is(NOW.plusSeconds(60)));
    }
}
