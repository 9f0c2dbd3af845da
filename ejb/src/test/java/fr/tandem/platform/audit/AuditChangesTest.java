package fr.tandem.platform.audit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditChangesTest {

    private enum Kind { PRIMAIRE, MATERNELLE }

    @Test
    void keepsOldAndNewValuesOfChangedAttributesOnly() {
        String json = new AuditChanges()
                .changed("name", "École A", "École B")
                .changed("capacity", 12, 14)
                .changed("kind", Kind.MATERNELLE, Kind.PRIMAIRE)
                .changed("closedAt", null, Instant.parse("2026-11-30T08:00:00Z"))
                .changed("city", "Béziers", "Béziers")
                .toJson();
        assertThat(json, is("{\"name\":{\"old\":\"École A\",\"new\":\"École B\"},\"capacity\":{\"old\":12,\"new\":14},"
                + "\"kind\":{\"old\":\"MATERNELLE\",\"new\":\"PRIMAIRE\"},"
                + "\"closedAt\":{\"old\":null,\"new\":\"2026-11-30T08:00:00Z\"}}"));
    }

    @Test
    void masksPasswordsHashesTokensAndSecrets() {
        String hash = "PBKDF2WithHmacSHA256:120000:c2FsdA==:aGFzaA==";
        String json = new AuditChanges()
                .changed("passwordHash", hash, hash + "x")
                .changed("secretDigest", null, "abc123")
                .changed("calendarToken", "t0ken", null)
                .changed("email", "a@b.fr", "c@d.fr")
                .toJson();
        assertThat(json, not(containsString("PBKDF2")));
        assertThat(json, not(containsString("abc123")));
        assertThat(json, not(containsString("t0ken")));
        assertThat(json, containsString("\"passwordHash\":{\"old\":\"***\",\"new\":\"***\"}"));
        assertThat(json, containsString("\"secretDigest\":{\"old\":null,\"new\":\"***\"}"));
        assertThat(json, containsString("\"calendarToken\":{\"old\":\"***\",\"new\":null}"));
        assertThat(json, containsString("\"email\":{\"old\":\"a@b.fr\",\"new\":\"c@d.fr\"}"));
        assertThat(AuditChanges.isSecret("visiblePrefix"), is(false));
        assertThat(AuditChanges.isSecret("PASSWORD"), is(true));
    }

    @Test
    void collectionsListWhatWasAddedAndRemoved() {
        String json = new AuditChanges().collection("roles", List.of(Kind.PRIMAIRE), Set.of())
                .collection("trainers", List.of(), List.of()).toJson();
        assertThat(json, is("{\"roles\":{\"added\":[\"PRIMAIRE\"],\"removed\":[]}}"));
    }

    @Test
    void longValuesAreCutAndAHugeChangeSaysItIsTruncated() {
        String json = new AuditChanges().changed("description", null, "x".repeat(1000)).toJson();
        assertThat(json.length() < 400, is(true));
        AuditChanges many = new AuditChanges();
        for (int i = 0; i < 100; i++) {
            many.changed("field" + i, "y".repeat(300), "z".repeat(300));
        }
        String big = many.toJson();
        assertThat(big.length() <= AuditChanges.MAX_TOTAL + 30, is(true));
        assertThat(big, containsString("\"truncated\":true"));
    }

    @Test
    void theStoredJsonReadsBackAttributeByAttribute() {
        String json = new AuditChanges().changed("name", "A", "B").changed("passwordHash", "h1", "h2")
                .collection("roles", List.of("ADMIN"), List.of("TEACHER")).toJson();
        assertThat(AuditEntry.changes(json), is(List.of(new AuditChange("name", "A", "B"),
                new AuditChange("passwordHash", "***", "***"), new AuditChange("roles", "TEACHER", "ADMIN"))));
    }
}
