package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import java.io.IOException;
import java.io.InputStream;

/** Checks on what a client sent before a resource hands it to a boundary. */
public final class RequestBody {

    private RequestBody() {
    }

    /** The body itself, or a 400 that says it is missing. */
    public static <T> T required(T body) {
        if (body == null) {
            throw new RuleViolation("api.body.required");
        }
        return body;
    }

    /** An uploaded file's bytes, or a 400 that says it is missing or larger than the limit. */
    public static byte[] file(InputStream body, int maxMegabytes) throws IOException {
        int max = maxMegabytes * 1024 * 1024;
        byte[] content = body.readNBytes(max + 1);
        if (content.length > max) {
            throw new RuleViolation("api.file.tooLarge", maxMegabytes);
        }
        if (content.length == 0) {
            throw new RuleViolation("api.body.required");
        }
        return content;
    }
}
