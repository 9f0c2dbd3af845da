package fr.tandem.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The answer to a POST that created something: {@code 201 Created}, its address in {@code Location}, and itself. */
public final class Created {

    private Created() {
    }

    /** 201 with {@code Location} = the request's address followed by the new object's id, and the object as the body. */
    public static Response at(UriInfo uri, Object id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(entity).build();
    }
}
