package fr.tandem.platform.api.contract;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the API's contract, checked on the document the build generated (the one the WAR carries and Payara
 * serves) before any server starts. The generator of the test client has already validated it against OpenAPI 3.0
 * (swagger-parser); these are the rules a valid document may still break. Each failure lists every offender.
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final List<String> ERRORS = List.of("400", "401", "403", "404", "409", "413", "429");
    private static final Set<String> ROOT = Set.of("openapi", "info", "servers", "paths", "components", "security",
            "tags", "externalDocs");
    /** An operationId says what it does: a verb and what it acts on, in lower camel case. */
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");

    static JsonObject document;

    @BeforeAll
    static void readTheGeneratedDocument() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.json");
             JsonReader reader = Json.createReader(in)) {
            document = reader.readObject();
        }
    }

    @Test
    void itIsOpenApi30WithOnlyTheMembersOpenApiDefines() {
        assertThat(document.getString("openapi"), startsWith("3.0."));
        List<String> unknown = document.keySet().stream().filter(k -> !ROOT.contains(k) && !k.startsWith("x-")).toList();
        assertThat(unknown, is(empty()));
    }

    @Test
    void everyOperationHasAUniqueOperationIdThatSaysWhatItDoes() {
        Map<String, List<String>> byId = new HashMap<>();
        List<String> vague = new ArrayList<>();
        operations().forEach(op -> {
            String id = op.operation().getString("operationId", "");
            byId.computeIfAbsent(id, k -> new ArrayList<>()).add(op.toString());
            if (!OPERATION_ID.matcher(id).matches()) {
                vague.add(op + " " + id);
            }
        });
        List<String> repeated = byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        assertThat("operationIds used more than once", repeated, is(empty()));
        assertThat("operationIds that are not a verb and a noun", vague, is(empty()));
    }

    @Test
    void tagsAreDeclaredOnceWithADescriptionAndEachOperationHasOne() {
        Set<String> declared = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (JsonValue value : document.getJsonArray("tags")) {
            JsonObject tag = value.asJsonObject();
            if (!declared.add(tag.getString("name"))) {
                problems.add("declared twice: " + tag.getString("name"));
            }
            if (tag.getString("description", "").isBlank()) {
                problems.add("no description: " + tag.getString("name"));
            }
        }
        operations().forEach(op -> {
            JsonArray tags = op.operation().getJsonArray("tags");
            if (tags == null || tags.size() != 1 || !declared.contains(tags.getString(0))) {
                problems.add(op + " tags " + tags);
            }
        });
        assertThat(problems, is(empty()));
    }

    @Test
    void everyOperationDocumentsItsSuccessAndItsErrorsAsProblems() {
        List<String> problems = new ArrayList<>();
        operations().forEach(op -> {
            JsonObject responses = op.operation().getJsonObject("responses");
            if (responses.containsKey("default")) {
                problems.add(op + " documents a default answer");
            }
            List<String> successes = responses.keySet().stream().filter(s -> s.startsWith("2")).toList();
            if (successes.isEmpty()) {
                problems.add(op + " documents no success");
            }
            for (String status : successes) {
                JsonObject answer = responses.getJsonObject(status);
                boolean content = answer.containsKey("content") && !answer.getJsonObject("content").isEmpty();
                if ("204".equals(status) == content) {
                    problems.add(op + " " + status + (content ? " has a body" : " has no body"));
                }
                if ("201".equals(status) && !answer.getJsonObject("headers").containsKey("Location")) {
                    problems.add(op + " 201 without Location");
                }
            }
            for (String status : ERRORS) {
                JsonObject answer = responses.getJsonObject(status);
                if (answer == null || !answer.getString("$ref", "").startsWith("#/components/responses/")) {
                    problems.add(op + " does not document " + status);
                }
            }
        });
        assertThat(problems, is(empty()));
        JsonObject problem = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Problem");
        assertThat(problem.getJsonObject("properties").keySet(),
                hasItems("type", "title", "status", "detail", "code", "instance"));
        for (JsonValue answer : document.getJsonObject("components").getJsonObject("responses").values()) {
            assertThat(answer.asJsonObject().getJsonObject("content").getJsonObject("application/problem+json")
                    .getJsonObject("schema").getString("$ref"), is("#/components/schemas/Problem"));
        }
    }

    @Test
    void noSchemaIsAnEmptyObjectAndEveryReferenceResolves() {
        List<String> problems = new ArrayList<>();
        walk(document, "#", problems);
        assertThat(problems, is(empty()));
    }

    @Test
    void everyBodyIsDescribed() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<String> undescribed = new ArrayList<>();
        schemas.forEach((name, value) -> {
            JsonObject schema = value.asJsonObject();
            if (!schema.containsKey("enum") && schema.getString("description", "").isBlank()) {
                undescribed.add(name);
            }
        });
        assertThat("schemas without a description", undescribed, is(empty()));
    }

    private static void walk(JsonValue value, String where, List<String> problems) {
        if (value instanceof JsonObject object) {
            if (object.containsKey("$ref")) {
                String ref = object.getString("$ref");
                if (!resolves(ref)) {
                    problems.add(where + " refers to " + ref + ", which does not exist");
                }
            } else if ("object".equals(object.getString("type", null)) && !object.containsKey("properties")
                    && !object.containsKey("additionalProperties") && !object.containsKey("allOf")
                    && !where.contains("/example")) {
                problems.add(where + " is an object with no members");
            }
            object.forEach((key, child) -> walk(child, where + "/" + key, problems));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), where + "/" + i, problems);
            }
        }
    }

    private static boolean resolves(String ref) {
        JsonValue current = document;
        for (String part : ref.substring(2).split("/")) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (!(current instanceof JsonObject object) || !object.containsKey(key)) {
                return false;
            }
            current = object.get(key);
        }
        return true;
    }

    static List<Op> operations() {
        List<Op> all = new ArrayList<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                all.add(new Op(method.toUpperCase(), path, operation.asJsonObject()));
            }
        }));
        return all;
    }

    /** One operation of the document. */
    record Op(String method, String path, JsonObject operation) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
