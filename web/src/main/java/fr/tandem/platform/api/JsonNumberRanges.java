package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Refuses a JSON body holding a number too large for the whole-number property it binds to
 * (e.g. {@code 1e12} for an {@code int}) with a 400 problem+json that quotes the number as sent:
 * the JSON-B reader would wrap it into another number without a word. The body is walked
 * alongside the Java type it is read into (records, classes, lists, arrays and maps); anything
 * malformed is left to the JSON-B reader, which says so.
 */
@Provider
public class JsonNumberRanges implements ReaderInterceptor {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final Map<Type, long[]> RANGES = Map.of(
            int.class, new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE},
            Integer.class, new long[]{Integer.MIN_VALUE, Integer.MAX_VALUE},
            long.class, new long[]{Long.MIN_VALUE, Long.MAX_VALUE},
            Long.class, new long[]{Long.MIN_VALUE, Long.MAX_VALUE},
            short.class, new long[]{Short.MIN_VALUE, Short.MAX_VALUE},
            Short.class, new long[]{Short.MIN_VALUE, Short.MAX_VALUE},
            byte.class, new long[]{Byte.MIN_VALUE, Byte.MAX_VALUE},
            Byte.class, new long[]{Byte.MIN_VALUE, Byte.MAX_VALUE});

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!JsonMediaType.matches(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        refuseNumbersOutOfRange(body, context.getGenericType());
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Throws {@code api.body.numberTooLarge} for the first number that does not fit its property's type. */
    static void refuseNumbersOutOfRange(byte[] body, Type target) {
        try (JsonParser parser = JSON.createParser(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            if (parser.hasNext()) {
                value(parser, parser.next(), target, "");
            }
        } catch (JsonException | NoSuchElementException malformed) {
            // the JSON-B reader refuses it with its own 400
        }
    }

    private static void value(JsonParser parser, JsonParser.Event event, Type type, String name) {
        switch (event) {
            case START_OBJECT -> {
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String property = parser.getString();
                    value(parser, parser.next(), propertyType(type, property), property);
                }
            }
            case START_ARRAY -> {
                Type element = elementType(type);
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    value(parser, next, element, name);
                }
            }
            case VALUE_NUMBER -> {
                long[] range = type == null ? null : RANGES.get(type);
                BigDecimal number = parser.getBigDecimal();
                if (range != null && (number.compareTo(BigDecimal.valueOf(range[0])) < 0
                        || number.compareTo(BigDecimal.valueOf(range[1])) > 0)) {
                    throw new RuleViolation("api.body.numberTooLarge", parser.getString(), name, range[0], range[1]);
                }
            }
            default -> {
            }
        }
    }

    private static Type propertyType(Type owner, String property) {
        Class<?> raw = rawClass(owner);
        if (raw == null) {
            return null;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return owner instanceof ParameterizedType map ? map.getActualTypeArguments()[1] : null;
        }
        if (raw.isPrimitive() || raw.getName().startsWith("java.")) {
            return null;
        }
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return component.getGenericType();
                }
            }
            return null;
        }
        for (Class<?> type = raw; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getName().equals(property) && !Modifier.isStatic(field.getModifiers())) {
                    return field.getGenericType();
                }
            }
        }
        return null;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> array && array.isArray()) {
            return array.getComponentType();
        }
        if (type instanceof ParameterizedType generic && Collection.class.isAssignableFrom(rawClass(generic))) {
            return generic.getActualTypeArguments()[0];
        }
        return null;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return null;
    }
}
