package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.TextDecoding;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads a JSON body once, within a bound, before anything else does: a body over
 * {@code tandem.api.maxBodyBytes} (default 1 MiB) is refused with a 413 problem+json, without
 * keeping it: when its {@code Content-Length} says so, or (chunked) as soon as the bound is passed
 * while reading. The refused body is read to its end and dropped when it is at most 8 times the
 * bound, so that the client, still sending, gets the answer; a larger one is cut off (the
 * connection is closed). A body that is not valid UTF-8 (e.g. Latin-1 bytes sent as UTF-8) is refused with a 400, instead
 * of letting the JSON reader replace the bad bytes and store the damaged text. Files (imports,
 * documents, attachments) are not JSON: their resources read them within their own limits.
 */
@Provider
public class Utf8Bodies implements ContainerRequestFilter {

    /** The setting that bounds JSON bodies, in bytes. */
    static final String MAX_BODY_BYTES = "tandem.api.maxBodyBytes";
    static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** How many times the bound a refused body may be to be read and dropped rather than cut off. */
    private static final int DISCARDED_BOUNDS = 8;

    @Context
    HttpHeaders headers;

    private volatile Integer maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !JsonMediaType.matches(request.getMediaType())) {
            return;
        }
        int max = maxBodyBytes();
        long discarded = DISCARDED_BOUNDS * (long) max;
        if (request.getLength() > discarded) {
            // refused unread; the connection is closed rather than read to its end
            request.abortWith(Response.fromResponse(tooLarge(max)).header("Connection", "close").build());
            return;
        }
        if (request.getLength() > max) {
            discard(request.getEntityStream(), discarded);
            request.abortWith(tooLarge(max));
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(max + 1);
        if (body.length > max) {
            discard(request.getEntityStream(), discarded);
            request.abortWith(tooLarge(max));
            return;
        }
        if (!TextDecoding.isUtf8(body)) {
            request.abortWith(Problem.response(Response.Status.BAD_REQUEST,
                    RuleViolation.format(ApiLanguage.of(headers), "api.body.encoding"), "api.body.encoding"));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /**
     * Reads and drops a refused body, up to {@code most} bytes, never keeping more than a small
     * buffer: the server does not always skip an unread body by itself, and a client still sending
     * one would never read the answer.
     */
    private static void discard(InputStream rest, long most) throws IOException {
        byte[] buffer = new byte[8192];
        long left = most;
        int read;
        while (left > 0 && (read = rest.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
            left -= read;
        }
    }

    private Response tooLarge(int max) {
        // the number as text: no thousands separator in the message
        return Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                RuleViolation.format(ApiLanguage.of(headers), "api.body.tooLarge", Integer.toString(max / 1024)),
                "api.body.tooLarge");
    }

    private int maxBodyBytes() {
        Integer max = maxBodyBytes;
        if (max == null) {
            max = ConfigProvider.getConfig(Utf8Bodies.class.getClassLoader())
                    .getOptionalValue(MAX_BODY_BYTES, Integer.class).filter(v -> v > 0).orElse(DEFAULT_MAX_BODY_BYTES);
            maxBodyBytes = max;
        }
        return max;
    }
}
