package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;

/**
 * Refuses a JSON body that holds more than one value (e.g. {@code {...}}}}}) with a 400
 * problem+json: the JSON-B reader stops after the first value and would silently ignore the rest.
 * A body whose first value is itself malformed is left to the JSON-B reader, which says so.
 */
@Provider
public class OneJsonValue implements ReaderInterceptor {

    /** Found once: each {@code Json.createX} call looks the provider up again through the service loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!JsonMediaType.matches(context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        refuseWhatFollowsTheFirstValue(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /** Throws {@code api.body.trailing} when anything but whitespace follows the body's first JSON value. */
    static void refuseWhatFollowsTheFirstValue(byte[] body) {
        try (JsonParser parser = JSON.createParser(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            if (!readFirstValue(parser)) {
                return;
            }
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException trailing) {
                more = true;
            }
            if (more) {
                throw new RuleViolation("api.body.trailing");
            }
        }
    }

    /** Reads the first value to its end; false when there is none or it is malformed. */
    private static boolean readFirstValue(JsonParser parser) {
        try {
            if (!parser.hasNext()) {
                return false;
            }
            int depth = 0;
            do {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                    }
                }
            } while (depth > 0);
            return true;
        } catch (JsonException | NoSuchElementException malformed) {
            return false;
        }
    }
}
