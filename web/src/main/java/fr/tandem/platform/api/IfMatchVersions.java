package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule B of the API's optimistic concurrency: a write whose JSON body carries a {@code version}
 * (the body's type has that member, e.g. {@code SchoolForm}) may send the entity tag it read
 * ({@link VersionETags}) as {@code If-Match: "<version>"}. That version then replaces the body's
 * before the body is read, so that the boundary's usual check applies, and a stale version answers
 * {@code 412 Precondition Failed} ({@code concurrent.stale}) instead of {@code 409}
 * ({@code concurrent.change}). {@code If-Match: *} leaves the body's version as sent; a malformed
 * {@code If-Match} (a weak tag, a list, anything but {@code *} or a quoted whole number) is refused
 * with a 400 ({@code api.ifMatch.invalid}); on a body without a version the header is ignored.
 * Runs after the other JSON body checks ({@link OneJsonValue}, {@link JsonNumberRanges}).
 */
@Provider
@Priority(Priorities.USER + 100)
public class IfMatchVersions implements ReaderInterceptor, ContainerResponseFilter {

    /** The request property set when the body's version was replaced by the one of {@code If-Match}. */
    static final String APPLIED = IfMatchVersions.class.getName() + ".applied";

    private static final String MEMBER = "version";
    private static final Pattern STRONG_TAG = Pattern.compile("\"([0-9]{1,18})\"");
    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Context
    HttpHeaders headers;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String ifMatch = context.getHeaders().getFirst(HttpHeaders.IF_MATCH);
        if (ifMatch == null || !JsonMediaType.matches(context.getMediaType())
                || !hasVersionMember(context.getGenericType())) {
            return context.proceed();
        }
        Long version = version(ifMatch, context.getHeaders().get(HttpHeaders.IF_MATCH).size());
        if (version == null) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        byte[] replaced = withVersion(body, version);
        if (replaced != null) {
            context.setProperty(APPLIED, Boolean.TRUE);
        }
        context.setInputStream(new ByteArrayInputStream(replaced == null ? body : replaced));
        return context.proceed();
    }

    /** A stale version the client named in {@code If-Match}: 412 rather than the body's 409. */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()
                && Boolean.TRUE.equals(request.getProperty(APPLIED))
                && response.getEntity() instanceof Problem problem && "concurrent.change".equals(problem.code())) {
            Response stale = Problem.response(Response.Status.PRECONDITION_FAILED,
                    RuleViolation.format(ApiLanguage.of(headers), "concurrent.stale"), "concurrent.stale");
            Problem replaced = (Problem) stale.getEntity();
            response.setStatusInfo(stale.getStatusInfo());
            response.setEntity(problem.instance() == null ? replaced : replaced.at(problem.instance()),
                    response.getEntityAnnotations(), Problem.MEDIA_TYPE);
        }
    }

    /**
     * The version an {@code If-Match} value names; null for {@code *} (any version). Throws
     * {@code api.ifMatch.invalid} for anything else than {@code *} or one quoted whole number.
     */
    static Long version(String ifMatch, int headerLines) {
        String value = ifMatch.strip();
        if (headerLines == 1 && value.equals("*")) {
            return null;
        }
        Matcher tag = STRONG_TAG.matcher(value);
        if (headerLines != 1 || !tag.matches()) {
            throw new RuleViolation("api.ifMatch.invalid", value.length() > 40 ? value.substring(0, 40) + "…" : value);
        }
        return Long.valueOf(tag.group(1));
    }

    /** The body, a JSON object, with its {@code version} member set; null when the body is not a JSON object. */
    static byte[] withVersion(byte[] body, long version) {
        JsonStructure read;
        try (JsonReader reader = JSON.createReader(new InputStreamReader(new ByteArrayInputStream(body),
                StandardCharsets.UTF_8))) {
            read = reader.read();
        } catch (JsonException malformed) {
            return null; // the JSON-B reader refuses it with its own 400
        }
        if (!(read instanceof JsonObject object)) {
            return null;
        }
        JsonObjectBuilder replaced = JSON.createObjectBuilder(object).add(MEMBER, version);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 24);
        try (JsonWriter writer = JSON.createWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
            writer.writeObject(replaced.build());
        }
        return out.toByteArray();
    }

    /** Whether the type a body is read into has a whole-number {@code version} member. */
    static boolean hasVersionMember(Type target) {
        Class<?> raw = target instanceof Class<?> plain ? plain
                : target instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> c ? c : null;
        if (raw == null || raw.isPrimitive() || raw.isArray() || raw.getName().startsWith("java.")
                || Map.class.isAssignableFrom(raw)) {
            return false;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().equals(MEMBER)) {
                    return wholeNumber(component.getType());
                }
            }
            return false;
        }
        for (Class<?> type = raw; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(MEMBER) && !Modifier.isStatic(field.getModifiers())) {
                    return wholeNumber(field.getType());
                }
            }
        }
        return false;
    }

    private static boolean wholeNumber(Class<?> type) {
        return type == long.class || type == Long.class;
    }
}
