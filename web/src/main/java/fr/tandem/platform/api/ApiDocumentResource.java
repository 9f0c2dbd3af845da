package fr.tandem.platform.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's OpenAPI document exactly as the build wrote and validated it ({@code META-INF/openapi.json}). Payara
 * serves the same document at {@code /openapi} after reading it into its own model, with a member of its own
 * ({@code endpoints}) that OpenAPI 3.0 does not define: a strict validator or a client generator should read this
 * one.
 */
@Path("openapi.json")
@ApplicationScoped
public class ApiDocumentResource {

    static final String DOCUMENT = "/META-INF/openapi.json";

    private byte[] document;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public byte[] apiDocument() {
        if (document == null) {
            document = read();
        }
        return document;
    }

    private static byte[] read() {
        try (InputStream in = ApiDocumentResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new NotFoundException();
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
