package fr.tandem.platform.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** An audit event as admins read it. */
public record AuditEntry(long id, Instant occurredAt, String username, String action, String entityType,
                         String entityId, List<AuditChange> changes) {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.id(), event.occurredAt(), event.username(), event.action(), event.entityType(),
                event.entityId(), changes(event.changes()));
    }

    /** The stored JSON read back attribute by attribute. */
    static List<AuditChange> changes(String json) {
        JsonObject object = JSON.createReader(new StringReader(json)).readObject();
        List<AuditChange> changes = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            if (entry.getValue() instanceof JsonObject change) {
                if (change.containsKey("added")) {
                    changes.add(new AuditChange(entry.getKey(), text(change.get("removed")), text(change.get("added"))));
                } else {
                    changes.add(new AuditChange(entry.getKey(), text(change.get("old")), text(change.get("new"))));
                }
            } else {
                changes.add(new AuditChange(entry.getKey(), null, text(entry.getValue())));
            }
        }
        return changes;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray().stream().map(AuditEntry::text).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return value.toString();
    }
}
