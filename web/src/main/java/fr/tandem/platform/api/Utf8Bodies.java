package fr.tandem.platform.api;

import fr.tandem.platform.RuleViolation;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a JSON body that is not valid UTF-8 (e.g. Latin-1 bytes sent as UTF-8) with a 400
 * problem+json, instead of letting the JSON reader replace the bad bytes and store the damaged text.
 */
@Provider
public class Utf8Bodies implements ContainerRequestFilter {

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity() || !JsonMediaType.matches(request.getMediaType())) {
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            request.abortWith(Problem.response(Response.Status.BAD_REQUEST,
                    RuleViolation.format(ApiLanguage.of(headers), "api.body.encoding"), "api.body.encoding", null));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }
}
