package fr.tandem.platform.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a pseudonym in place of a person in the audit trail when the retention rule anonymises them:
 * the one exception to the trail being append-only, written with plain SQL (the mapping stays
 * read-only). Rows the person made carry the pseudonym as their actor; in the recorded changes, a
 * value that is one of the person's identifiers or names becomes the pseudonym, and an identifier
 * (username, e-mail) inside a longer value is replaced where it stands. In the rows of the person's
 * own record, the attributes that named them are replaced whatever value they held then.
 */
@Dependent
public class AuditPseudonyms {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    /** Who is replaced, and by what. */
    public record Person(String entityType, String entityId, String username, List<String> identifiers,
                         List<String> names, Map<String, String> ownAttributes, String pseudonym) {

        /**
         * @param entityType    and {@code entityId}: the person's own record (e.g. {@code Account}, its id)
         * @param username      the name the person acted under
         * @param identifiers   values that name the person wherever they stand (username, e-mail)
         * @param names         values that name the person when they are a whole value (first and last name)
         * @param ownAttributes the attributes of the own record that named the person, with the value each
         *                      holds now that it names nobody (kept as it is where the row already shows it)
         */
        public Person {
            Objects.requireNonNull(pseudonym);
        }
    }

    /** Rewrites every row that names the person; answers how many rows changed. */
    public int replace(Person person) {
        StringBuilder where = new StringBuilder(" where username = ?1 or (entity_type = ?2 and entity_id = ?3)");
        List<String> identifiers = person.identifiers().stream().filter(i -> !i.isBlank()).toList();
        for (int i = 0; i < identifiers.size(); i++) {
            where.append(" or lower(changes) like ?").append(i + 4);
        }
        Query query = em.createNativeQuery("select id, username, entity_type, entity_id, changes from audit_event" + where)
                .setParameter(1, person.username()).setParameter(2, person.entityType())
                .setParameter(3, person.entityId());
        for (int i = 0; i < identifiers.size(); i++) {
            // LIKE's own wildcards in an identifier (_) only widen the search: values are compared one by one below
            query.setParameter(i + 4, "%" + identifiers.get(i).toLowerCase(Locale.ROOT) + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        int changed = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            String actor = (String) row[1];
            boolean own = person.entityType().equals(row[2]) && person.entityId().equals(row[3]);
            String changes = (String) row[4];
            String newActor = person.username().equals(actor) ? person.pseudonym() : actor;
            String newChanges = rewrite(changes, person, own);
            if (!newActor.equals(actor) || !newChanges.equals(changes)) {
                em.createNativeQuery("update audit_event set username = ?1, changes = ?2 where id = ?3")
                        .setParameter(1, newActor).setParameter(2, newChanges).setParameter(3, id).executeUpdate();
                changed++;
            }
        }
        return changed;
    }

    static String rewrite(String changes, Person person, boolean own) {
        JsonObject object = JSON.createReader(new StringReader(changes)).readObject();
        JsonObjectBuilder result = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String attribute = entry.getKey();
            boolean named = own && person.ownAttributes().containsKey(attribute);
            result.add(attribute, value(entry.getValue(), person, named ? person.ownAttributes().get(attribute) : null));
        }
        return result.build().toString();
    }

    /** The value with the person replaced; {@code keep}: non-null for an own attribute, the value it may keep. */
    private static JsonValue value(JsonValue value, Person person, String keep) {
        if (value instanceof JsonString string) {
            return JSON.createValue(text(string.getString(), person, keep));
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObjectBuilder object = JSON.createObjectBuilder();
            value.asJsonObject().forEach((key, member) -> object.add(key, value(member, person, keep)));
            return object.build();
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            value.asJsonArray().forEach(element -> array.add(value(element, person, keep)));
            return array.build();
        }
        return value;
    }

    private static String text(String text, Person person, String keep) {
        if (keep != null) {
            return text.equals(keep) || AuditChanges.MASK.equals(text) ? text : person.pseudonym();
        }
        for (String whole : person.names()) {
            if (text.strip().equalsIgnoreCase(whole)) {
                return person.pseudonym();
            }
        }
        String result = text;
        for (String identifier : person.identifiers()) {
            if (!identifier.isBlank()) {
                // a whole identifier only: "ab" is replaced in "ab, cd" but not in "table"
                result = Pattern.compile("(?<![\\w.@-])" + Pattern.quote(identifier) + "(?![\\w.@-])",
                        Pattern.CASE_INSENSITIVE).matcher(result).replaceAll(Matcher.quoteReplacement(person.pseudonym()));
            }
        }
        return result;
    }
}
