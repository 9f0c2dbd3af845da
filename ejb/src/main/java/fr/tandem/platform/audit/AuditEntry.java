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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit event as admins read it. */
@Schema(description = "One change to one entity: who, when, what, and the attributes changed.")
public record AuditEntry(
        @Schema(required = true) long id,
        @Schema(required = true, description = "When the change was made (UTC)") Instant occurredAt,
        @Schema(required = true, description = "Who made it: a username, 'system' for timers and startup, or an "
                + "anonymised person's pseudonym") String username,
        @Schema(required = true, enumeration = {"INSERT", "UPDATE", "DELETE"}) String action,
        @Schema(required = true, description = "The entity's type", example = "School") String entityType,
        @Schema(required = true, description = "The entity's id") String entityId,
        @Schema(required = true, description = "The attributes changed (secrets masked)") List<AuditChange> changes) {

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
