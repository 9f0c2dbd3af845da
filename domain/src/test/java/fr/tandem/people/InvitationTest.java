package fr.tandem.people;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class InvitationTest {

    private static final Instant SENT = Instant.parse("2026-09-01T08:00:00Z");

    private final Account account = new Account("nouvelle.dsi", new AccountProfile("Nina", "Nouvelle",
            "nina@ville.test", EnumSet.of(Role.CITY_STAFF), null, null, null), "hash", false, SENT);

    @Test
    void expiresSevenDaysAfterItIsSent() {
        Invitation cut = new Invitation(account, SENT);
        assertThat(cut.expiresAt(), is(SENT.plus(Duration.ofDays(7))));
        assertThat(cut.usableAt(SENT.plus(Duration.ofDays(7)).minusSeconds(1)), is(true));
        assertThat(cut.usableAt(SENT.plus(Duration.ofDays(7))), is(false));
    }

    @Test
    void worksOnceAndGetsNoSecretOnceUsed() {
        Invitation cut = new Invitation(account, SENT);
        cut.issueSecret("first");
        cut.issueSecret("second attempt");
        cut.use(SENT.plus(Duration.ofHours(1)));
        assertThat(cut.usedAt(), is(SENT.plus(Duration.ofHours(1))));
        RuleViolation again = assertThrows(RuleViolation.class, () -> cut.use(SENT.plus(Duration.ofHours(2))));
        assertThat(again.key(), is("invitation.used"));
        assertThat(cut.awaitsSecret(), is(false));
        assertThrows(IllegalStateException.class, () -> cut.issueSecret("third"));
    }

    @Test
    void anExpiredInvitationIsRefused() {
        Invitation cut = new Invitation(account, SENT);
        RuleViolation expired = assertThrows(RuleViolation.class, () -> cut.use(SENT.plus(Duration.ofDays(8))));
        assertThat(expired.key(), is("invitation.expired"));
        assertThat(cut.usedAt() == null, is(true));
    }

    @Test
    void aDeactivatedAccountCanNeitherBeInvitedNorUseAnInvitation() {
        Invitation sent = new Invitation(account, SENT);
        account.deactivate(SENT.plusSeconds(60));
        assertThat(assertThrows(RuleViolation.class, () -> sent.use(SENT.plusSeconds(120))).key(),
                is("invitation.account.inactive"));
        assertThat(assertThrows(RuleViolation.class, () -> new Invitation(account, SENT.plusSeconds(180))).key(),
                is("invitation.account.inactive"));
    }
}
