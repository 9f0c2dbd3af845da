package fr.tandem.platform.audit;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The attributes one change touched, with old and new values, as the JSON stored in the audit
 * trail. Secrets never get in: an attribute whose name speaks of a password, a hash, a digest,
 * a secret or a token keeps only the fact that it changed ({@value #MASK}).
 */
public final class AuditChanges {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** What is stored instead of a secret value. */
    public static final String MASK = "***";
    /** The longest text kept of one value, and of the whole change. */
    static final int MAX_VALUE = 300;
    static final int MAX_TOTAL = 15_000;
    private static final String[] SECRET_WORDS = {"password", "hash", "digest", "secret", "token"};

    private final Map<String, JsonObject> changes = new LinkedHashMap<>();
    private int length = 2;
    private boolean truncated;

    /** Whether values of this attribute must never be stored. */
    public static boolean isSecret(String attribute) {
        String lower = attribute.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** An attribute that went from {@code before} to {@code after}; unchanged values are left out. */
    public AuditChanges changed(String attribute, Object before, Object after) {
        if (Objects.equals(before, after)) {
            return this;
        }
        boolean secret = isSecret(attribute);
        return put(attribute, JSON.createObjectBuilder()
                .add("old", secret && before != null ? JSON.createValue(MASK) : value(before))
                .add("new", secret && after != null ? JSON.createValue(MASK) : value(after)).build());
    }

    /** A collection attribute that gained and lost elements. */
    public AuditChanges collection(String attribute, Collection<?> added, Collection<?> removed) {
        if (added.isEmpty() && removed.isEmpty()) {
            return this;
        }
        boolean secret = isSecret(attribute);
        return put(attribute, JSON.createObjectBuilder()
                .add("added", secret ? JSON.createValue(MASK) : array(added))
                .add("removed", secret ? JSON.createValue(MASK) : array(removed)).build());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public String toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder();
        changes.forEach(json::add);
        if (truncated) {
            json.add("truncated", JsonValue.TRUE);
        }
        return json.build().toString();
    }

    private AuditChanges put(String attribute, JsonObject change) {
        int size = attribute.length() + change.toString().length() + 4;
        if (length + size > MAX_TOTAL) {
            truncated = true;
        } else {
            changes.put(attribute, change);
            length += size;
        }
        return this;
    }

    private static JsonValue array(Collection<?> values) {
        var array = JSON.createArrayBuilder();
        values.stream().map(AuditChanges::value).forEach(array::add);
        return array.build();
    }

    /** Numbers and booleans as such, everything else as its text (ISO instants, enum names), cut if long. */
    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return JSON.createValue(decimal);
        }
        String text = value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
        return JSON.createValue(text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text);
    }
}
